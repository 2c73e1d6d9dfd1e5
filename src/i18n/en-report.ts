import type { ReportTexts, ReceiptTexts } from './report-texts';

const FIELD_NAMES = {
  area: 'Template area',
  omrade: 'Where (area of town)',
  omradeAnnat: 'Other area (if you chose Other)',
  plats: 'Place',
  datum: 'Date',
  tidpunkt: 'Time of day',
  beskrivning: 'Description',
  bedomning: 'Assessment',
  trend: 'Trend since last period',
  polisanmalt: 'Reported to the police',
  handelsetyp: 'Type of event',
  forslag: 'Suggested action',
} as const;

export const PERSONAL_DATA = {
  personnummer: 'a personal identity number',
  samordningsnummer: 'a coordination number',
  telefonnummer: 'a phone number',
  epost: 'an e-mail address',
  registreringsnummer: 'a vehicle registration number',
  adress: 'a street address',
  namn: "a person's name",
} as const;

function listOf(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const enReport: ReportTexts = {
  title: (label) => `Situation picture ${label}`,
  subtitle: (group, deadline) => `${group} · due ${deadline}`,
  intro:
    'Tell us what you have seen during the period, one observation per thing. Write about places and situations, never about people.',
  observationsHeading: (count) => (count === 1 ? 'Your observation (1)' : `Your observations (${count})`),
  noObservationsYet: 'No observations yet. Add one below, or answer that you have nothing to report.',
  nothingToReport: 'Nothing to report',
  newObservation: 'New observation',
  editObservation: (number) => `Edit observation ${number}`,
  fieldLabels: FIELD_NAMES,
  placeholders: {
    area: 'Choose a template area',
    omrade: 'Choose where',
    omradeAnnat: 'Which area?',
    plats: 'E.g. Stationsparken (a place, not an address)',
    datum: 'Date',
    tidpunkt: 'Time of day',
    beskrivning: 'What have you seen? (at most 1,000 characters)',
    bedomning: 'How serious?',
    trend: 'Trend',
    polisanmalt: 'Reported to the police?',
    handelsetyp: 'Choose a type of event (optional)',
    forslag: 'What could be done? (optional, at most 300 characters)',
  },
  requiredMark: ' (required)',
  whenRequired: 'When (required): a date, a time of day, or both',
  chooseArea: 'Choose a template area',
  chooseOmrade: 'Choose where',
  chooseTimeOfDay: 'Choose time of day',
  chooseAssessment: 'Choose an assessment',
  add: 'Add observation',
  saveChange: 'Save the change',
  cancelEdit: 'Cancel the change',
  send: 'Send the report',
  edit: 'Edit',
  remove: 'Remove',
  observationAdded: 'The observation was added. Add more, or send the report.',
  observationUpdated: 'The observation was changed.',
  observationRemoved: 'The observation was removed.',
  fixErrors: (count) =>
    count === 1
      ? 'One field needs fixing before the observation can be saved.'
      : `${count} fields need fixing before the observation can be saved.`,
  fieldError: (error) => {
    switch (error.code) {
      case 'required':
        return `${FIELD_NAMES[error.field]} is required.`;
      case 'invalidChoice':
        return `Choose one of the options for ${FIELD_NAMES[error.field].toLowerCase()}.`;
      case 'tooLong':
        return `${FIELD_NAMES[error.field]} may be at most ${error.max ?? ''} characters.`;
      case 'invalidDate':
        return 'The date is not valid.';
      case 'futureDate':
        return 'The date is in the future.';
      case 'dateTooEarly':
        return 'The date is long before the period. Check the year.';
      case 'whenRequired':
        return 'Say when: a date, a time of day, or both.';
      case 'personalData':
        return `${FIELD_NAMES[error.field]} contained ${listOf((error.kinds ?? []).map((kind) => PERSONAL_DATA[kind]))}. It has been removed and is not stored: EST is about places and situations, not people. Check the text and try again.`;
      case 'personName':
        return `${FIELD_NAMES[error.field]} seems to name a person: ${(error.names ?? []).map((name) => `"${name}"`).join(', ')}. Describe the place and what happened, not who, for example "a group of young people sprayed graffiti on the gable". Nothing has been saved.`;
    }
  },
  notAPersonHint:
    'Is it not a person but, say, a place, a business or a public function? Then you may go on: the samordnare will see that the text was marked.',
  notAPerson: 'It is not a person',
  messageAction: {
    title: 'Add to the situation picture',
    intro: (group) =>
      `The observation goes into your report for the period in ${group}. Check the text: it is about places and situations, never individuals. Who wrote the message is not kept.`,
    groupLabel: 'Group',
    add: 'Add',
    added: (period) =>
      `The observation is added to your report for ${period}. Type **report** in the chat with the bot to see it and send the report.`,
    notMember: 'You are not in an EST group that uses Lägesbild, so there is no report to add to.',
    namesFound: (names) =>
      `The text seems to name a person (${names}). Remove the name, or choose **It is not a person** if it is a place or a role.`,
  },
  tooManyObservations: (max) =>
    `A report can have at most ${max} observations. Send the report, or merge similar observations.`,
  emptyReport: 'The report is empty. Add an observation, or choose "Nothing to report".',
  draftNotEmpty: (count) =>
    `You have ${count} ${count === 1 ? 'observation' : 'observations'} in the report. Remove ${count === 1 ? 'it' : 'them'} first if you have nothing to report.`,
  periodClosed: (label, deadline) =>
    `Reporting for ${label} closed ${deadline}. The report can no longer be given or changed. Contact the coordinator if something important is missing.`,
  observationSummary: ({ area, where, when }) => `**${area}**: ${where}${when ? `, ${when}` : ''}`,
  assessmentLine: (assessment, trend, police) =>
    `Assessment: ${assessment} · Trend: ${trend} · Reported to police: ${police}`,
};

export const enReceipt: ReceiptTexts = {
  title: 'Thank you! Your situation picture was received',
  body: (label, group) => `Your report for ${label} to ${group} is saved.`,
  submittedAt: 'Received',
  version: 'Version',
  period: 'Period',
  group: 'Group',
  nothingToReport: 'You have nothing to report this period.',
  observations: (count) => (count === 1 ? '1 observation' : `${count} observations`),
  changeUntil: (deadline) => `You can change the report until ${deadline}.`,
  closed: 'The period is closed and the report can no longer be changed.',
  edit: 'Edit',
};
