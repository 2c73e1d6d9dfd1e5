import type { ReportTexts, ReceiptTexts } from './report-texts';

const FIELD_NAMES = {
  area: 'Område i mallen',
  omrade: 'Var (område)',
  omradeAnnat: 'Annat område (om du valde Annat)',
  plats: 'Plats',
  datum: 'Datum',
  tidpunkt: 'Tid på dygnet',
  beskrivning: 'Beskrivning',
  bedomning: 'Bedömning',
  trend: 'Trend sedan förra perioden',
  polisanmalt: 'Polisanmält',
  handelsetyp: 'Händelsetyp',
  forslag: 'Förslag på insats',
} as const;

export const PERSONAL_DATA = {
  personnummer: 'ett personnummer',
  samordningsnummer: 'ett samordningsnummer',
  telefonnummer: 'ett telefonnummer',
  epost: 'en e-postadress',
  registreringsnummer: 'ett registreringsnummer',
  adress: 'en gatuadress',
  namn: 'ett namn på en person',
} as const;

function listOf(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

export const svReport: ReportTexts = {
  title: (label) => `Lägesbild ${label}`,
  subtitle: (group, deadline) => `${group} · lämnas senast ${deadline}`,
  intro:
    'Berätta vad du har sett under perioden: en observation per sak. Skriv om platser och situationer, aldrig om personer.',
  observationsHeading: (count) => (count === 1 ? 'Din observation (1)' : `Dina observationer (${count})`),
  noObservationsYet: 'Inga observationer ännu. Lägg till en nedan, eller svara att du inte har något att rapportera.',
  nothingToReport: 'Inget att rapportera',
  newObservation: 'Ny observation',
  editObservation: (number) => `Ändra observation ${number}`,
  fieldLabels: FIELD_NAMES,
  placeholders: {
    area: 'Välj område i mallen',
    omrade: 'Välj var',
    omradeAnnat: 'Vilket område?',
    plats: 'T.ex. Stationsparken (en plats, inte en adress)',
    datum: 'Datum',
    tidpunkt: 'Tid på dygnet',
    beskrivning: 'Vad har du sett? (högst 1 000 tecken)',
    bedomning: 'Hur allvarligt?',
    trend: 'Trend',
    polisanmalt: 'Polisanmält?',
    handelsetyp: 'Välj händelsetyp (frivilligt)',
    forslag: 'Vad skulle kunna göras? (frivilligt, högst 300 tecken)',
  },
  requiredMark: ' (obligatoriskt)',
  whenRequired: 'När (obligatoriskt): ett datum, en tid på dygnet, eller båda',
  chooseArea: 'Välj område i mallen',
  chooseOmrade: 'Välj var',
  chooseTimeOfDay: 'Välj tid på dygnet',
  chooseAssessment: 'Välj bedömning',
  add: 'Lägg till observation',
  saveChange: 'Spara ändringen',
  cancelEdit: 'Avbryt ändringen',
  send: 'Skicka rapporten',
  edit: 'Ändra',
  remove: 'Ta bort',
  observationAdded: 'Observationen är tillagd. Lägg till fler, eller skicka rapporten.',
  observationUpdated: 'Observationen är ändrad.',
  observationRemoved: 'Observationen är borttagen.',
  fixErrors: (count) =>
    count === 1
      ? 'Ett fält behöver rättas innan observationen kan sparas.'
      : `${count} fält behöver rättas innan observationen kan sparas.`,
  fieldError: (error) => {
    switch (error.code) {
      case 'required':
        return `${FIELD_NAMES[error.field]} måste fyllas i.`;
      case 'invalidChoice':
        return `Välj ett av alternativen för ${FIELD_NAMES[error.field].toLowerCase()}.`;
      case 'tooLong':
        return `${FIELD_NAMES[error.field]} får vara högst ${error.max ?? ''} tecken.`;
      case 'invalidDate':
        return 'Datumet är inte giltigt.';
      case 'futureDate':
        return 'Datumet ligger i framtiden.';
      case 'dateTooEarly':
        return 'Datumet ligger långt före perioden. Kontrollera året.';
      case 'whenRequired':
        return 'Ange när: ett datum, en tid på dygnet eller båda.';
      case 'personalData':
        return `${FIELD_NAMES[error.field]} innehöll ${listOf((error.kinds ?? []).map((kind) => PERSONAL_DATA[kind]))}. Det har tagits bort och sparas inte: EST handlar om platser och situationer, inte om personer. Kontrollera texten och försök igen.`;
      case 'personName':
        return `${FIELD_NAMES[error.field]} ser ut att nämna en person: ${(error.names ?? []).map((name) => `”${name}”`).join(', ')}. Beskriv platsen och vad som hände, inte vem, till exempel ”en grupp ungdomar klottrade på gaveln”. Inget har sparats.`;
    }
  },
  notAPersonHint:
    'Är det inte en person, utan till exempel en plats, en verksamhet eller en offentlig funktion? Då kan du gå vidare: samordnaren ser att texten har markerats.',
  notAPerson: 'Det är inte en person',
  messageAction: {
    title: 'Lägg till i lägesbilden',
    intro: (group) =>
      `Observationen läggs i din rapport för perioden i ${group}. Kontrollera texten: den handlar om platser och situationer, aldrig om enskilda personer. Vem som skrev meddelandet sparas inte.`,
    groupLabel: 'Grupp',
    add: 'Lägg till',
    added: (period) =>
      `Observationen är tillagd i din rapport för ${period}. Skriv **rapportera** i chatten med boten för att se den och skicka rapporten.`,
    notMember: 'Du är inte med i någon EST-grupp som använder Lägesbild, så det finns ingen rapport att lägga till i.',
    namesFound: (names) =>
      `Texten verkar nämna en person (${names}). Ta bort namnet, eller välj **Det är inte en person** om det är en plats eller en funktion.`,
  },
  tooManyObservations: (max) =>
    `En rapport kan ha högst ${max} observationer. Skicka rapporten, eller slå ihop liknande observationer.`,
  emptyReport: 'Rapporten är tom. Lägg till en observation, eller välj "Inget att rapportera".',
  draftNotEmpty: (count) =>
    `Du har ${count} ${count === 1 ? 'observation' : 'observationer'} i rapporten. Ta bort ${count === 1 ? 'den' : 'dem'} först om du inte har något att rapportera.`,
  periodClosed: (label, deadline) =>
    `Rapporteringen för ${label} stängde ${deadline}. Rapporten kan inte längre lämnas eller ändras. Kontakta samordnaren om något viktigt saknas.`,
  observationSummary: ({ area, where, when }) => `**${area}**: ${where}${when ? `, ${when}` : ''}`,
  assessmentLine: (assessment, trend, police) => `Bedömning: ${assessment} · Trend: ${trend} · Polisanmält: ${police}`,
};

export const svReceipt: ReceiptTexts = {
  title: 'Tack! Din lägesbild är mottagen',
  body: (label, group) => `Din rapport för ${label} till ${group} är sparad.`,
  submittedAt: 'Mottagen',
  version: 'Version',
  period: 'Period',
  group: 'Grupp',
  nothingToReport: 'Du har inget att rapportera den här perioden.',
  observations: (count) => (count === 1 ? '1 observation' : `${count} observationer`),
  changeUntil: (deadline) => `Du kan ändra rapporten fram till ${deadline}.`,
  closed: 'Perioden är stängd och rapporten kan inte längre ändras.',
  edit: 'Ändra',
};
