import { DateTime } from 'luxon';
import { TIME_ZONE } from '../domain/periods';
import { enCommands } from './en-commands';
import { enDocument } from './en-document';
import { enInsatser } from './en-insatser';
import { enPolice } from './en-police';
import { enReview } from './en-review';
import { enTrends } from './en-trends';
import { plural } from './plural';
import type { Texts } from './texts';

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

const PERSONAL_DATA = {
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

export const en: Texts = {
  language: 'en',
  periodLabel: ({ firstWeek, lastWeek }) =>
    firstWeek.year === lastWeek.year
      ? firstWeek.week === lastWeek.week
        ? `week ${firstWeek.week} ${firstWeek.year}`
        : `weeks ${firstWeek.week}–${lastWeek.week} ${firstWeek.year}`
      : `week ${firstWeek.week} ${firstWeek.year}–week ${lastWeek.week} ${lastWeek.year}`,
  clockTime: (instant) => DateTime.fromJSDate(instant, { zone: TIME_ZONE }).toFormat('HH:mm'),
  dateTime: (instant) =>
    DateTime.fromJSDate(instant, { zone: TIME_ZONE }).setLocale('en-GB').toFormat("cccc d LLLL 'at' HH:mm"),
  shortDate: (isoDate) => DateTime.fromISO(isoDate, { zone: TIME_ZONE }).setLocale('en-GB').toFormat('d LLL'),

  choices: {
    timeOfDay: { morgon: 'Morning', dag: 'Day', kvall: 'Evening', natt: 'Night' },
    assessment: { lag: 'Low', medel: 'Medium', hog: 'High' },
    trend: { okar: 'Increasing', oforandrat: 'Unchanged', minskar: 'Decreasing', 'vet-ej': "Don't know" },
    policeReported: { ja: 'Yes', nej: 'No', 'vet-ej': "Don't know" },
    otherOmrade: 'Other (type below)',
  },
  personalData: PERSONAL_DATA,

  unknownCommand:
    "I didn't understand that. Type **report** to give your situation picture, or **help** to see what I can do.",
  welcomePersonal:
    "Hello! I collect the EST group's situation picture. Type **report** to give yours, or **help** to see what I can do.",
  welcomeTeam: (teamName, samordnare) =>
    `The Lägesbild bot is now installed in **${teamName}**. ${samordnare} is the coordinator. Members report in a chat with me: type **report** there.`,
  notInAnyGroup:
    "You are not in an EST group yet. Ask the coordinator to add the app to the group's team in Teams, and you can report here.",
  notAMember: 'You are not a member of this EST group and cannot report for it.',
  somethingWentWrong: 'Something went wrong on my side. Please try again in a moment.',
  storageUnavailable:
    'I cannot reach my storage right now, so nothing was saved. The card stays as you filled it in: send it again in a while.',
  storageSlow:
    'Saving is taking unusually long right now. It is not certain that anything was saved: open the card again in a while (with report, say) and look before you send again.',
  busyTryAgain: 'The report was changed from somewhere else at the same time. Please try again.',
  invalidCard: 'This card can no longer be used. Type **report** to get a new one.',
  monthNames: [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ],
  inputProblem: (problem) => {
    switch (problem.code) {
      case 'missing':
        return 'missing';
      case 'tooLong':
        return `at most ${problem.max ?? ''} characters`;
      case 'personalData':
        return 'contains personal data, e.g. a name, a personal identity number, phone number or e-mail';
      case 'notADate':
        return 'must be a date YYYY-MM-DD';
      case 'endBeforeStart':
        return 'is before the start';
      case 'startAfterDue':
        return 'is after the due date';
      case 'noParty':
        return 'at least one party';
      case 'noFocusArea':
        return 'at least one focus area';
      case 'noActivity':
        return 'at least one activity';
      case 'chooseFocusArea':
        return 'choose a focus area';
      case 'notAMember':
        return 'is not a member of the group';
      case 'gone':
        return 'no longer exists';
      case 'invalidChoice':
        return 'choose one of the options';
      case 'notJson':
        return 'is not valid JSON';
      case 'notCsv':
        return 'cannot be read as CSV';
      case 'noRows':
        return 'has no rows';
      case 'differsFromFirstRow':
        return 'differs from the first row';
      case 'unknownPerson':
        return `no member of the group is called "${problem.name}"`;
      case 'columnsMissing':
        return `columns missing: ${problem.columns.join(', ')}`;
    }
  },
  cardNotSupported: (title) =>
    `${title}: this card cannot be shown in this version of Teams. Update the Teams app, or open the chat in Teams on a computer or the web.`,
  adminInPersonalChat:
    "You do this in the chat with me, so that only you see the group's details. Open the chat with the Lägesbild bot.",
  reportInPersonalChat:
    'The situation picture is given in a personal chat with me, so only you and the coordinator see your report. Open the chat with the Lägesbild bot and type **report** there.',

  report: {
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
  },
  cycle: {
    promptNotice: (label) => `Time to give your situation picture for ${label}. What have you seen during the period?`,
    reminderTitle: (label) => `Reminder: situation picture ${label}`,
    reminderBody: (deadline) => `You have not given your situation picture yet. It is due ${deadline}.`,
    reportNow: 'Report now',
    undelivered: (kind, label, group, count, names) =>
      `The ${{ prompt: 'prompt', reminder: 'reminder', review: 'compiled situation picture', pledges: 'reminder of the citizen pledges and actions', feedbackNew: 'feedback about a new action', feedbackDone: 'feedback about a completed action' }[kind]} for the situation picture ${label} in ${group} ${names ? `could not be delivered to ${count === 1 ? '1 person' : `${count} people`}: ${names.join(', ')}. They may have removed the app or blocked the bot; ask them to open the chat with the Lägesbild bot.` : `could not be delivered. Not reached: ${count}. Who is not shown, as that would tell who reported what.`}`,
  },
  admin: {
    onlySamordnare: "Only the group's coordinator can do this.",
    unknownOrganisation: 'Organisation not set',
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    statusTitle: (label, group) => `Status ${label} · ${group}`,
    promptAt: 'Prompt',
    reminderAt: 'Reminder',
    deadline: 'Due',
    answered: 'Answered',
    answeredValue: (answered, total, nothing) =>
      `${answered} of ${total}${nothing > 0 ? ` (${nothing} nothing to report)` : ''}`,
    ofTotal: (answered, total) => `${answered} of ${total}`,
    byOrganisation: 'By organisation',
    missing: (count) => `Not answered (${count})`,
    nobodyMissing: 'Everyone has answered.',
    unreachable: (count) => `Could not be reached (${count})`,
    remind: 'Send a reminder',
    refresh: 'Refresh',
    reminderStarted: (label) => `A reminder about ${label} is being sent to those who have not answered.`,
    promptStarted: (label) => `The prompt for ${label} is being sent to all members.`,
    promptAlreadySent: (label) =>
      `The prompt for ${label} has already gone out. Type **remind** to remind those who have not answered.`,
    settingsTitle: (group) => `Settings for ${group}`,
    settingsIntro:
      'Members report what they see during the period. Prompt, reminder and due date fall in the week after the period, Swedish time.',
    lengthLabel: 'Length of a period',
    lengthChoices: { '7': 'One week', '14': 'Two weeks', '21': 'Three weeks', '28': 'Four weeks' },
    anchorLabel: 'Start of the first period (a Monday)',
    promptLabel: 'The prompt is sent',
    reminderLabel: 'The reminder is sent',
    deadlineLabel: 'Last day to report',
    timeLabel: 'Time',
    omradenLabel: 'Areas of the municipality (one per line)',
    omradenPlaceholder: 'Centrum',
    eventTypesLabel: 'Types of event (one per line)',
    eventTypesPlaceholder: 'Graffiti',
    policeLocationsLabel: 'The police’s published events are fetched for (kommun names, one per line)',
    policeLocationsPlaceholder: 'Fagersta',
    policeTypesLabel: 'Police event type = the group’s type of event or template area (one per line)',
    policeTypesPlaceholder: 'Inbrott = Burglary',
    retiredEventTypes: (labels) =>
      labels.length > 0
        ? `Removed types of event stay in the reports that use them: ${labels.join(', ')}. Type one in again to bring it back.`
        : 'A type of event you remove stays in the reports that already use it.',
    save: 'Save',
    saved: 'The settings are saved.',
    settingsError: (code) =>
      ({
        date: 'Enter a valid date.',
        monday: 'The start must be a Monday.',
        length: 'Choose one of the lengths.',
        weekday: 'Choose a weekday.',
        time: 'Enter a time as HH:MM.',
        reminderAfterPrompt: 'The reminder must come after the prompt.',
        deadlineAfterReminder: 'The due date must come after the reminder.',
        omradenEmpty: 'Enter at least one area.',
        omradenTooMany: 'At most 60 areas.',
        omradeTooLong: 'An area name may be at most 60 characters.',
        eventTypesEmpty: 'Give at least one type of event.',
        eventTypesTooMany: 'At most 40 types of event.',
        eventTypeTooLong: 'A type of event may be at most 60 characters.',
        policeLocationsTooMany: 'At most 10 kommun names.',
        policeLocationTooLong: 'A kommun name may be at most 60 characters.',
        policeTypeLine: 'Write each line as police type = the group’s type of event, e.g. Inbrott = Burglary.',
        personalData:
          'Contains personal data (a name, a number or an address). The settings are about places and events.',
        policeTypesTooMany: 'At most 150 lines.',
        policeTypeUnknown: 'After = write one of the group’s types of event or template areas.',
      })[code] ?? 'Check the value.',
    fixSettings: 'Something needs fixing before the settings can be saved.',
    nextCycle: (label, prompt, reminder, deadline) =>
      `For ${label}: prompt ${prompt}, reminder ${reminder}, due ${deadline}.`,
    membersTitle: (group, count) => `Members of ${group} (${count})`,
    membersIntro:
      "Set each member's organisation (it appears in the situation picture; names do not). Excluded members get no prompts and are not counted in the status.",
    organisationLabel: 'Organisation',
    noOrganisation: 'Not set',
    samordnareLabel: 'Coordinator',
    excludedLabel: 'Excluded (e.g. a guest)',
    membersSaved: 'The changes are saved.',
    lastSamordnare: 'The group must keep at least one coordinator. Nothing was saved.',
    previous: 'Previous',
    next: 'Next',
  },
  picture: {
    title: (label, group) => `Joint situation picture ${label} · ${group}`,
    compiledAt: (date) => `Compiled ${date}`,
    summary: 'Summary',
    participation: 'Answered',
    participationValue: (answered, total, missing) =>
      `${answered} of ${total}${missing.length > 0 ? ` (missing: ${missing.join(', ')})` : ''}`,
    participationByOrganisation: (answered, total, byOrganisation) => {
      const missing = byOrganisation
        .filter((row) => row.answered < row.total)
        .map((row) =>
          row.answered === 0 ? row.organisation : `${row.organisation} (${row.total - row.answered} of ${row.total})`,
        );
      return `${answered} of ${total} answered${missing.length > 0 ? `; missing: ${missing.join(', ')}` : ''}`;
    },
    observations: 'Observations',
    observationsValue: (count, previous) => `${count} (previous period ${previous})`,
    mainChanges: 'Largest changes',
    noChanges: 'No changes against the previous period.',
    change: (label, previous, count) => `${label}: ${previous} → ${count}`,
    hotSpots: 'Hot spots',
    noHotSpots: 'No place was named by several organisations or in several periods in a row.',
    eventTypes: 'Types of event',
    trendTitle: (periods) => `Per template area, the last ${periods} periods`,
    eventTypeCount: (label, count, previous) => `${label}: ${count} (previous period ${previous})`,
    hotSpot: (where, organisations, recurring) =>
      `${where}: ${organisations.join(', ')}${recurring ? ' (recurring)' : ''}`,
    chartTitle: 'Observations per area, against the previous period',
    countText: (count, previous) => `${count} (previous ${previous})`,
    show: 'Show',
    headline: (count, previous, high, share) =>
      `${plural(count, 'observation', 'observations')} (previous period ${previous}) · ${high} assessed high · ${Math.round(share * 100)} % reported to the police`,
    trends: ({ okar, oforandrat, minskar }) =>
      `Members' view of the trend: increasing ${okar}, unchanged ${oforandrat}, decreasing ${minskar}`,
    observationLine: (description, assessment, when, organisation, police) =>
      `${description} (${assessment}${when ? `, ${when}` : ''}${organisation ? `; ${organisation}` : ''}${police ? '; reported to the police' : ''})`,
    analysis: "The group's analysis",
    insatser: 'Proposed interventions',
    leftOut: (count) =>
      `${count} ${count === 1 ? 'observation does' : 'observations do'} not fit here. The whole situation picture is in the archive: type **archive** in the chat with the Lägesbild bot.`,
    footerReview: 'Preview: only you see it. Nothing is published until you choose Publish.',
    footerPublished: (by, at, channel) =>
      `Published by ${by} ${at} in ${channel}. Who reported what is not included; organisations are.`,
    reviewIntro: "Add the group's analysis and proposed interventions, and publish to the council's channel.",
    analysisLabel: 'Analysis',
    analysisPlaceholder: 'What does the situation picture say? What has changed and why?',
    insatserLabel: 'Proposed interventions',
    insatserPlaceholder: 'E.g. a safety walk in Centrum, more lighting in Kolarbyn',
    publish: 'Publish',
    noChannel:
      "No channel is chosen for the council. Type @Lägesbild publicera här in the council's channel in Teams, then publish again. Your text stays on the card.",
    published: (channel) => `The situation picture is published in ${channel}.`,
    alreadyPublished: (at) =>
      `The situation picture for the period was already published ${at}. It is not published again.`,
    textHasPersonalData: (field, kinds) =>
      `${field} contained ${kinds.join(' and ')}. It has been removed; check the text and publish again.`,
    choosePublishGroup: (groups) =>
      `You coordinate several EST groups. Which one is it? ${groups.map((group) => `**publish here ${group}**`).join(', ')}`,
    channelChosen: (channel, group) => `The situation picture for ${group} will be published here in ${channel}.`,
    reviewReady: (label) =>
      `The situation picture for ${label} is compiled. Review it, add analysis and interventions, and publish.`,
    archiveTitle: (group) => `Published situation pictures for ${group}`,
    archiveEmpty: 'No situation picture has been published yet.',
    archiveShow: 'Show',
    archiveLine: (label, at, by) => `${label}: published ${at} by ${by}`,
  },
  longReport: {
    title: (kind, year, index, group) =>
      `${
        kind === 'manad'
          ? `Monthly report ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][index - 1]} ${year}`
          : kind === 'tertial'
            ? `Four-month analysis T${index} ${year}`
            : `Yearly follow-up ${year}`
      } · ${group}`,
    subtitle: (periods, observations) =>
      `${plural(periods, 'period', 'periods')}, ${plural(observations, 'observation', 'observations')}`,
    periods: 'Periods',
    periodValue: (answered, total, observations) =>
      `answered ${answered} of ${total}, ${plural(observations, 'observation', 'observations')}`,
    areas: 'Per template area (per period, total, direction)',
    omraden: 'Per area of the municipality',
    eventTypes: 'Types of event',
    series: (counts, total, direction) =>
      `${counts.join(' · ')} = ${total} (${{ okar: 'increasing', minskar: 'decreasing', oforandrat: 'unchanged' }[direction]})`,
    recurring: 'Recurring hot spots',
    recurringLine: (where, periods, organisations) => `- ${where}: ${periods} periods (${organisations.join(', ')})`,
    noRecurring: 'No place was a hot spot in more than one period.',
    footer: 'Compiled from the fortnightly situation pictures. Who reported what is not included.',
    unknownSpan:
      "I didn't understand that. Type for example **report month november 2026**, **report tertial T3 2026** or **report year 2026**.",
  },
  pledges: {
    listTitle: (group) => `Citizen pledges · ${group}`,
    none: 'No citizen pledge is registered yet. The coordinator can import one with npm run pledges:import.',
    period: (start, end) => `${start} – ${end}`,
    parties: 'Parties',
    owner: (party) => ({ polisen: 'The police', kommunen: 'The municipality', gemensamt: 'Joint' })[party] ?? party,
    status: {
      'ej-paborjad': 'Not started',
      pagar: 'In progress',
      genomford: 'Done',
      forsenad: 'Late',
      installd: 'Cancelled',
    },
    activityLine: (description, owner, due, status, target) =>
      `${description} (${owner}, due ${due}${target ? `, target: ${target}` : ''}) · **${status}**`,
    update: 'Update',
    statusTitle: 'Update the status',
    statusLabel: 'Status',
    commentLabel: 'What has been done?',
    commentPlaceholder: 'E.g. two dialogue meetings held in Centrum',
    measuredLabel: 'Measured value (if the target is measurable)',
    measuredPlaceholder: 'E.g. about 450 pupils',
    save: 'Save',
    saved: 'The status is saved.',
    onlyOwner: "Only the activity's responsible person or the coordinator can change its status.",
    hasPersonalData: (field, kinds) =>
      `${field} contained ${kinds.join(' and ')}. Nothing was saved; write about the activity, not about people.`,
    followUpTitle: (title) => `Follow-up of citizen pledges: ${title}`,
    counts: (counts) =>
      `Done ${counts.genomford}, in progress ${counts.pagar}, not started ${counts['ej-paborjad']}, late ${counts.forsenad}, cancelled ${counts.installd}`,
    doneLine: (comment, measured, by, date) => `${comment}${measured ? ` (${measured})` : ''} — ${by}, ${date}`,
    noUpdates: 'No follow-up recorded.',
    newPledge: 'New citizen pledge',
    edit: 'Edit',
    create: 'Create',
    titleLabel: 'Title',
    startLabel: 'Valid from',
    endLabel: 'Valid until',
    partiesLabel: 'Parties',
    otherPartyLabel: 'Other parties (optional, separated by commas)',
    editorTitle: (title) => `Edit: ${title}`,
    focusAreasHeading: 'Focus areas',
    activitiesHeading: 'Activities',
    nothingYet: 'None yet.',
    newFocusArea: 'New focus area',
    focusAreaNameLabel: 'Focus area',
    problemLabel: 'Problem description',
    addFocusArea: 'Add focus area',
    newActivity: 'New activity',
    focusAreaLabel: 'Focus area',
    descriptionLabel: 'Activity',
    ownerPartyLabel: 'Responsible party',
    ownerPersonLabel: 'Responsible person in the team (updates the status)',
    noOwnerPerson: 'Nobody in particular',
    dueLabel: 'Due',
    targetLabel: 'Measurable target',
    targetPlaceholder: 'E.g. at least two dialogue meetings',
    addActivity: 'Add activity',
    created: 'The pledge is created. Add focus areas and activities.',
    focusAreaAdded: 'The focus area was added.',
    activityAdded: 'The activity was added.',
    change: 'Change',
    editPledge: 'Change title, period and parties',
    pledgeChanged: 'The pledge was changed.',
    remove: 'Remove',
    cancel: 'Cancel',
    saveChanges: 'Save changes',
    editFocusArea: 'Change focus area',
    editActivity: 'Change activity',
    activityStartLabel: 'Starts',
    startsLine: (date) => `starts ${date}`,
    editing: (what) => `You are changing “${what}”. Save or cancel in the form below.`,
    focusAreaChanged: 'The focus area was changed.',
    focusAreaRemoved: 'The focus area was removed.',
    activityChanged: 'The activity was changed.',
    activityRemoved: 'The activity was removed.',
    focusAreaNotEmpty:
      'The focus area has activities and was not removed. Move its activities to another focus area or remove them first.',
    activityHasFollowUp:
      'The activity has follow-up and is part of the public pledge, so it is not removed. Set its status to Cancelled instead.',
    activityFieldNames: { start: 'starts' },
    problems: (fields) => `Please fix: ${fields}.`,
    fieldNames: {
      title: 'title',
      start: 'valid from',
      end: 'valid until',
      parties: 'parties',
      name: 'focus area',
      problem: 'problem description',
      focusAreaId: 'focus area',
      description: 'activity',
      ownerParty: 'responsible party',
      ownerMemberKey: 'responsible person',
      due: 'due',
      target: 'target',
      form: 'the pledge',
    },
    statusHeading: 'Citizen pledges',
    recentlyChanged: (description, status) => `${status}: ${description}`,
    dueTitle: 'Citizen pledges: activities to follow up',
    dueLine: (description, owner, due, overdue) =>
      `${description} (${owner}) ${overdue ? `**late**, due ${due}` : `due ${due}`}`,
  },
  insatser: enInsatser,
  review: enReview,
  trends: enTrends,
  commands: enCommands,
  police: enPolice,
  document: enDocument,
  receipt: {
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
  },
};
