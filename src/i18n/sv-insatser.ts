import type { InsatsTexts } from './insats-texts';
import { plural } from './plural';

export const svInsatser: InsatsTexts = {
  heading: 'Insatser',
  status: {
    planerad: 'Planerad',
    pagar: 'Pågår',
    genomford: 'Genomförd',
    forsenad: 'Försenad',
    installd: 'Inställd',
  },
  name: (number, what, where) => `Insats ${number}: ${what} (${where})`,
  line: (name, owner, due, status) => `${name}. Ansvarig: ${owner}, klart senast ${due}. **${status}**`,
  newHeading: 'Nya insatser',
  changedHeading: 'Ändrad status sedan förra lägesbilden',
  overdueHeading: 'Försenade',
  effectHeading: 'Effekt på platsen (genomförda insatser)',
  effect: (effect) => {
    const span = plural(effect.periods, 'period', 'perioder');
    if (effect.kind === 'tooFew') {
      return effect.periods === 0
        ? 'för tidigt att säga: ingen hel period efter insatsen ännu'
        : `för få observationer för att säga något (${effect.before} före, ${effect.after} efter, ${span} på var sida)`;
    }
    const direction = { minskar: 'färre', okar: 'fler', oforandrat: 'ungefär lika många' }[effect.direction];
    return `${plural(effect.before, 'observation', 'observationer')} under ${span} före, ${effect.after} under ${span} efter: ${direction}`;
  },
  none: 'Inga insatser är registrerade ännu.',
  listTitle: (group) => `Insatser i ${group}`,
  listIntro: 'Insatserna gruppen har beslutat, med ansvarig och status. Ansvarig person eller samordnaren uppdaterar.',
  newInsats: 'Ny insats',
  formTitle: (label) => `Ny insats (${label})`,
  formIntro:
    'Vad ska göras, var och varför. Koppla insatsen till de hot spots eller observationer den bygger på; vem som rapporterade visas aldrig.',
  whatLabel: 'Vad ska göras',
  whatPlaceholder: 'T.ex. trygghetsvandring, bättre belysning, ökad närvaro kvällstid',
  omradeLabel: 'Område',
  placeLabel: 'Plats',
  placePlaceholder: 'T.ex. Stationsparken (en plats, inte en adress)',
  eventTypeLabel: 'Händelsetyp (om insatsen gäller en)',
  anyEventType: 'Alla händelsetyper',
  linksLabel: 'Bygger på (hot spots och observationer i perioden)',
  hotSpotOption: (where, organisations) =>
    `Hot spot: ${where} (${plural(organisations, 'organisation', 'organisationer')})`,
  observationOption: (where, excerpt, organisation) => `${where}: ${excerpt} (${organisation})`,
  ownerOrganisationLabel: 'Ansvarig organisation',
  ownerPersonLabel: 'Ansvarig person (får påminnelser och uppdaterar status)',
  noOwnerPerson: 'Ingen person',
  startLabel: 'Start',
  dueLabel: 'Klart senast',
  targetLabel: 'Mätbart mål',
  targetPlaceholder: 'T.ex. minst två kvällar i veckan under december',
  create: 'Spara insatsen',
  created: (number) => `Insats ${number} är sparad.`,
  fieldNames: {
    what: 'Vad ska göras',
    omrade: 'Område',
    place: 'Plats',
    eventTypeId: 'Händelsetyp',
    links: 'Bygger på',
    ownerOrganisation: 'Ansvarig organisation',
    ownerMemberKey: 'Ansvarig person',
    start: 'Start',
    due: 'Klart senast',
    target: 'Mätbart mål',
  },
  problems: (list) => `Rätta det här innan insatsen kan sparas: ${list}.`,
  update: 'Uppdatera',
  statusTitle: (name) => `Status: ${name}`,
  statusLabel: 'Status',
  commentLabel: 'Kommentar',
  commentPlaceholder: 'Vad har gjorts? Skriv om platser och situationer, aldrig om personer.',
  save: 'Spara status',
  saved: 'Statusen är sparad.',
  historyHeading: 'Historik',
  historyLine: (status, by, date, comment) => `${date}: ${status} (${by})${comment ? `: ${comment}` : ''}`,
  onlyOwner: 'Bara insatsens ansvariga person eller en samordnare kan ändra statusen.',
  commentHasPersonalData: (kinds) =>
    `Kommentaren innehöll ${kinds.join(' och ')}. Inget sparades. EST handlar om platser och situationer, inte personer.`,
  target: (target) => `Mål: ${target}`,
  dueTitle: 'Insatser att följa upp',
  feedbackNew: (places, what, owner, due) =>
    `Din rapport om ${places} ledde till en insats: ${what}. Ansvarig: ${owner}, klart senast ${due}. Tack för att du rapporterar!`,
  feedbackDone: (places, what) => `Insatsen som din rapport om ${places} ledde till är genomförd: ${what}.`,
  feedbackFooter: 'Vill du inte få sådana meddelanden? Skriv **återkoppling av**.',
  feedbackOff:
    'Du får inte längre besked om insatser som dina rapporter leder till. Skriv **återkoppling på** för att få dem igen.',
  feedbackOn: 'Du får besked när en insats bygger på din rapport, och när den är genomförd.',
  myReportsTitle: 'Mina rapporter',
  myReportsNone: 'Du har inte lämnat några rapporter de senaste perioderna.',
  myReportsPeriod: (label, group, count, nothing) =>
    `**${label}** · ${group}: ${nothing ? 'inget att rapportera' : plural(count, 'observation', 'observationer')}`,
  myObservation: (where, area, ledTo) =>
    `${where} (${area})${ledTo.length > 0 ? ` → ledde till ${ledTo.join('; ')}` : ''}`,
};
