import { DateTime } from 'luxon';
import { TIME_ZONE } from '../domain/periods';
import { plural } from './plural';
import { svCommands } from './sv-commands';
import { svDocument } from './sv-document';
import { svInsatser } from './sv-insatser';
import { svPolice } from './sv-police';
import { svReview } from './sv-review';
import { svTrends } from './sv-trends';
import type { Texts } from './texts';

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

const PERSONAL_DATA = {
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

export const sv: Texts = {
  language: 'sv',
  periodLabel: ({ firstWeek, lastWeek }) =>
    firstWeek.year === lastWeek.year
      ? firstWeek.week === lastWeek.week
        ? `v${firstWeek.week} ${firstWeek.year}`
        : `v${firstWeek.week}–${lastWeek.week} ${firstWeek.year}`
      : `v${firstWeek.week} ${firstWeek.year}–v${lastWeek.week} ${lastWeek.year}`,
  clockTime: (instant) => DateTime.fromJSDate(instant, { zone: TIME_ZONE }).toFormat('HH:mm'),
  dateTime: (instant) =>
    DateTime.fromJSDate(instant, { zone: TIME_ZONE }).setLocale('sv').toFormat("cccc d LLLL 'kl.' HH:mm"),
  shortDate: (isoDate) => DateTime.fromISO(isoDate, { zone: TIME_ZONE }).setLocale('sv').toFormat('d LLL'),

  choices: {
    timeOfDay: { morgon: 'Morgon', dag: 'Dag', kvall: 'Kväll', natt: 'Natt' },
    assessment: { lag: 'Låg', medel: 'Medel', hog: 'Hög' },
    trend: { okar: 'Ökar', oforandrat: 'Oförändrat', minskar: 'Minskar', 'vet-ej': 'Vet ej' },
    policeReported: { ja: 'Ja', nej: 'Nej', 'vet-ej': 'Vet ej' },
    otherOmrade: 'Annat (skriv nedan)',
  },
  personalData: PERSONAL_DATA,

  unknownCommand:
    'Det förstod jag inte. Skriv **rapportera** för att lämna din lägesbild, eller **hjälp** för att se vad jag kan.',
  welcomePersonal:
    'Hej! Jag samlar in EST-gruppens lägesbild. Skriv **rapportera** för att lämna din, eller **hjälp** för att se vad jag kan.',
  welcomeTeam: (teamName, samordnare) =>
    `Lägesbild-boten är nu installerad i **${teamName}**. ${samordnare} är samordnare. Medlemmarna lämnar sin lägesbild i en chatt med mig: skriv **rapportera** där.`,
  notInAnyGroup:
    'Du är inte med i någon EST-grupp ännu. Be samordnaren att lägga till appen i gruppens team i Teams, så kan du rapportera här.',
  notAMember: 'Du är inte medlem i den här EST-gruppen och kan inte rapportera för den.',
  somethingWentWrong: 'Något gick fel hos mig. Försök igen om en stund.',
  storageUnavailable:
    'Jag når inte min lagring just nu, så inget sparades. Kortet är kvar som du fyllde i det: skicka igen om en stund.',
  storageSlow:
    'Det tar ovanligt lång tid att spara just nu. Det är inte säkert att något sparades: öppna kortet igen om en stund (till exempel med rapportera) och se efter innan du skickar igen.',
  busyTryAgain: 'Rapporten ändrades samtidigt från ett annat ställe. Försök igen.',
  invalidCard: 'Det här kortet går inte längre att använda. Skriv **rapportera** för att få ett nytt.',
  monthNames: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  inputProblem: (problem) => {
    switch (problem.code) {
      case 'missing':
        return 'saknas';
      case 'tooLong':
        return `högst ${problem.max ?? ''} tecken`;
      case 'personalData':
        return 'innehåller personuppgifter, t.ex. ett namn, personnummer, telefonnummer eller e-post';
      case 'notADate':
        return 'ska vara ett datum ÅÅÅÅ-MM-DD';
      case 'endBeforeStart':
        return 'ligger före start';
      case 'startAfterDue':
        return 'ligger efter klart senast';
      case 'noParty':
        return 'minst en part';
      case 'noFocusArea':
        return 'minst ett fokusområde';
      case 'noActivity':
        return 'minst en aktivitet';
      case 'chooseFocusArea':
        return 'välj ett fokusområde';
      case 'notAMember':
        return 'är inte medlem i gruppen';
      case 'gone':
        return 'finns inte längre';
      case 'invalidChoice':
        return 'välj ett av alternativen';
      case 'notJson':
        return 'är ingen giltig JSON';
      case 'notCsv':
        return 'kan inte läsas som CSV';
      case 'noRows':
        return 'har inga rader';
      case 'differsFromFirstRow':
        return 'skiljer sig från första raden';
      case 'unknownPerson':
        return `ingen medlem i gruppen heter "${problem.name}"`;
      case 'columnsMissing':
        return `kolumner saknas: ${problem.columns.join(', ')}`;
    }
  },
  cardNotSupported: (title) =>
    `${title}: kortet kan inte visas i den här versionen av Teams. Uppdatera Teams-appen, eller öppna chatten i Teams på datorn eller webben.`,
  adminInPersonalChat:
    'Det här gör du i chatten med mig, så att bara du ser gruppens uppgifter. Öppna chatten med Lägesbild-boten.',
  reportInPersonalChat:
    'Lägesbilden lämnas i en personlig chatt med mig, så att bara du och samordnaren ser din rapport. Öppna chatten med Lägesbild-boten och skriv **rapportera** där.',

  report: {
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
    tooManyObservations: (max) =>
      `En rapport kan ha högst ${max} observationer. Skicka rapporten, eller slå ihop liknande observationer.`,
    emptyReport: 'Rapporten är tom. Lägg till en observation, eller välj "Inget att rapportera".',
    draftNotEmpty: (count) =>
      `Du har ${count} ${count === 1 ? 'observation' : 'observationer'} i rapporten. Ta bort ${count === 1 ? 'den' : 'dem'} först om du inte har något att rapportera.`,
    periodClosed: (label, deadline) =>
      `Rapporteringen för ${label} stängde ${deadline}. Rapporten kan inte längre lämnas eller ändras. Kontakta samordnaren om något viktigt saknas.`,
    observationSummary: ({ area, where, when }) => `**${area}**: ${where}${when ? `, ${when}` : ''}`,
    assessmentLine: (assessment, trend, police) =>
      `Bedömning: ${assessment} · Trend: ${trend} · Polisanmält: ${police}`,
  },
  cycle: {
    promptNotice: (label) => `Dags att lämna din lägesbild för ${label}. Vad har du sett under perioden?`,
    reminderTitle: (label) => `Påminnelse: lägesbild ${label}`,
    reminderBody: (deadline) => `Du har inte lämnat din lägesbild ännu. Den ska vara inne senast ${deadline}.`,
    reportNow: 'Rapportera nu',
    undelivered: (kind, label, group, count, names) =>
      `${{ prompt: 'Uppmaningen', reminder: 'Påminnelsen', review: 'Den sammanställda lägesbilden', pledges: 'Påminnelsen om medborgarlöftena och insatserna', feedbackNew: 'Återkopplingen om en ny insats', feedbackDone: 'Återkopplingen om en genomförd insats' }[kind]} om lägesbilden för ${label} i ${group} ${names ? `kunde inte levereras till ${count === 1 ? '1 person' : `${count} personer`}: ${names.join(', ')}. De kan ha tagit bort appen eller blockerat boten; be dem öppna chatten med Lägesbild-boten.` : `kunde inte levereras. Kunde inte nås: ${count}. Vem det gäller visas inte, eftersom det skulle säga vem som rapporterade vad.`}`,
  },
  admin: {
    onlySamordnare: 'Det här kan bara gruppens samordnare göra.',
    unknownOrganisation: 'Organisation ej angiven',
    weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
    statusTitle: (label, group) => `Status ${label} · ${group}`,
    promptAt: 'Uppmaning',
    reminderAt: 'Påminnelse',
    deadline: 'Sista dag',
    answered: 'Svarat',
    answeredValue: (answered, total, nothing) =>
      `${answered} av ${total}${nothing > 0 ? ` (${nothing} inget att rapportera)` : ''}`,
    ofTotal: (answered, total) => `${answered} av ${total}`,
    byOrganisation: 'Per organisation',
    missing: (count) => `Har inte svarat (${count})`,
    nobodyMissing: 'Alla har svarat.',
    unreachable: (count) => `Kunde inte nås (${count})`,
    remind: 'Skicka en påminnelse',
    refresh: 'Uppdatera',
    reminderStarted: (label) => `En påminnelse om ${label} skickas nu till dem som inte har svarat.`,
    promptStarted: (label) => `Uppmaningen om lägesbilden för ${label} skickas nu till alla medlemmar.`,
    promptAlreadySent: (label) =>
      `Uppmaningen för ${label} har redan gått ut. Skriv **påminn** för att påminna dem som inte har svarat.`,
    settingsTitle: (group) => `Inställningar för ${group}`,
    settingsIntro:
      'Medlemmarna rapporterar vad de ser under perioden. Uppmaning, påminnelse och sista dag ligger i veckan efter perioden, svensk tid.',
    lengthLabel: 'Periodens längd',
    lengthChoices: { '7': 'En vecka', '14': 'Två veckor (varannan vecka)', '21': 'Tre veckor', '28': 'Fyra veckor' },
    anchorLabel: 'Första periodens startdag (en måndag)',
    promptLabel: 'Uppmaningen skickas',
    reminderLabel: 'Påminnelsen skickas',
    deadlineLabel: 'Sista dag att rapportera',
    timeLabel: 'Klockan',
    omradenLabel: 'Områden i kommunen (ett per rad)',
    omradenPlaceholder: 'Centrum',
    eventTypesLabel: 'Händelsetyper (en per rad)',
    eventTypesPlaceholder: 'Klotter',
    policeLocationsLabel: 'Polisens publicerade händelser hämtas för (kommunnamn, ett per rad)',
    policeLocationsPlaceholder: 'Fagersta',
    policeTypesLabel: 'Polisens händelsetyp = gruppens händelsetyp eller område i mallen (en per rad)',
    policeTypesPlaceholder: 'Inbrott = Inbrott',
    retiredEventTypes: (labels) =>
      labels.length > 0
        ? `Borttagna händelsetyper finns kvar i de rapporter som använder dem: ${labels.join(', ')}. Skriv in en igen för att ta tillbaka den.`
        : 'En händelsetyp du tar bort finns kvar i de rapporter som redan använder den.',
    save: 'Spara',
    saved: 'Inställningarna är sparade.',
    settingsError: (code) =>
      ({
        date: 'Ange ett giltigt datum.',
        monday: 'Startdagen ska vara en måndag.',
        length: 'Välj en av periodlängderna.',
        weekday: 'Välj en veckodag.',
        time: 'Ange en tid som TT:MM.',
        reminderAfterPrompt: 'Påminnelsen ska skickas efter uppmaningen.',
        deadlineAfterReminder: 'Sista dagen ska komma efter påminnelsen.',
        omradenEmpty: 'Ange minst ett område.',
        omradenTooMany: 'Högst 60 områden.',
        omradeTooLong: 'Ett områdesnamn får vara högst 60 tecken.',
        eventTypesEmpty: 'Ange minst en händelsetyp.',
        eventTypesTooMany: 'Högst 40 händelsetyper.',
        eventTypeTooLong: 'En händelsetyp får vara högst 60 tecken.',
        policeLocationsTooMany: 'Högst 10 kommunnamn.',
        policeLocationTooLong: 'Ett kommunnamn får vara högst 60 tecken.',
        policeTypeLine: 'Skriv varje rad som Polisens typ = gruppens händelsetyp, till exempel Inbrott = Inbrott.',
        personalData:
          'Innehåller en personuppgift (ett namn, ett nummer eller en adress). Inställningarna handlar om platser och händelser.',
        policeTypesTooMany: 'Högst 150 rader.',
        policeTypeUnknown: 'Efter = ska det stå en av gruppens händelsetyper eller ett område i mallen.',
      })[code] ?? 'Kontrollera värdet.',
    fixSettings: 'Något behöver rättas innan inställningarna kan sparas.',
    nextCycle: (label, prompt, reminder, deadline) =>
      `För ${label}: uppmaning ${prompt}, påminnelse ${reminder}, sista dag ${deadline}.`,
    membersTitle: (group, count) => `Medlemmar i ${group} (${count})`,
    membersIntro:
      'Ange varje medlems organisation (den syns i lägesbilden, namnen gör det inte). Uteslutna får inga uppmaningar och räknas inte i statusen.',
    organisationLabel: 'Organisation',
    noOrganisation: 'Ej angiven',
    samordnareLabel: 'Samordnare',
    excludedLabel: 'Utesluten (t.ex. gäst)',
    membersSaved: 'Ändringarna är sparade.',
    lastSamordnare: 'Gruppen måste ha minst en samordnare. Inget sparades.',
    previous: 'Föregående',
    next: 'Nästa',
  },
  picture: {
    title: (label, group) => `Gemensam lägesbild ${label} · ${group}`,
    compiledAt: (date) => `Sammanställd ${date}`,
    summary: 'Sammanfattning',
    participation: 'Svarat',
    participationValue: (answered, total, missing) =>
      `${answered} av ${total}${missing.length > 0 ? ` (saknas: ${missing.join(', ')})` : ''}`,
    participationByOrganisation: (answered, total, byOrganisation) => {
      const missing = byOrganisation
        .filter((row) => row.answered < row.total)
        .map((row) =>
          row.answered === 0 ? row.organisation : `${row.organisation} (${row.total - row.answered} av ${row.total})`,
        );
      return `${answered} av ${total} svarade${missing.length > 0 ? `; saknas: ${missing.join(', ')}` : ''}`;
    },
    observations: 'Observationer',
    observationsValue: (count, previous) => `${count} (förra perioden ${previous})`,
    mainChanges: 'Största förändringarna',
    noChanges: 'Inga förändringar mot förra perioden.',
    change: (label, previous, count) => `${label}: ${previous} → ${count}`,
    hotSpots: 'Hot spots',
    noHotSpots: 'Inga platser nämndes av flera organisationer eller flera perioder i rad.',
    eventTypes: 'Händelsetyper',
    trendTitle: (periods) => `Per område i mallen, de senaste ${periods} perioderna`,
    eventTypeCount: (label, count, previous) => `${label}: ${count} (förra perioden ${previous})`,
    hotSpot: (where, organisations, recurring) =>
      `${where}: ${organisations.join(', ')}${recurring ? ' (återkommande)' : ''}`,
    chartTitle: 'Observationer per område, mot förra perioden',
    countText: (count, previous) => `${count} (förra ${previous})`,
    show: 'Visa',
    headline: (count, previous, high, share) =>
      `${plural(count, 'observation', 'observationer')} (förra perioden ${previous}) · ${high} med hög bedömning · ${Math.round(share * 100)} % polisanmälda`,
    trends: ({ okar, oforandrat, minskar }) =>
      `Medlemmarnas bedömning av trenden: ökar ${okar}, oförändrat ${oforandrat}, minskar ${minskar}`,
    observationLine: (description, assessment, when, organisation, police) =>
      `${description} (${assessment}${when ? `, ${when}` : ''}${organisation ? `; ${organisation}` : ''}${police ? '; polisanmält' : ''})`,
    analysis: 'Gruppens analys',
    insatser: 'Föreslagna insatser',
    leftOut: (count) =>
      `${count} ${count === 1 ? 'observation' : 'observationer'} får inte plats här. Hela lägesbilden finns i arkivet: skriv **arkiv** i chatten med Lägesbild-boten.`,
    footerReview: 'Förhandsgranskning: bara du ser den. Inget publiceras förrän du väljer Publicera.',
    footerPublished: (by, at, channel) =>
      `Publicerad av ${by} ${at} i ${channel}. Vem som rapporterat vad ingår inte; organisationerna gör det.`,
    reviewIntro: 'Lägg till gruppens analys och föreslagna insatser, och publicera till rådets kanal.',
    analysisLabel: 'Analys',
    analysisPlaceholder: 'Vad säger lägesbilden? Vad har ändrats och varför?',
    insatserLabel: 'Föreslagna insatser',
    insatserPlaceholder: 'T.ex. trygghetsvandring i Centrum, ökad belysning i Kolarbyn',
    publish: 'Publicera',
    noChannel:
      'Ingen kanal för rådet är vald. Skriv @Lägesbild publicera här i rådets kanal i Teams, och publicera sedan igen. Din text finns kvar på kortet.',
    published: (channel) => `Lägesbilden är publicerad i ${channel}.`,
    alreadyPublished: (at) => `Lägesbilden för perioden publicerades redan ${at}. Den publiceras inte igen.`,
    textHasPersonalData: (field, kinds) =>
      `${field} innehöll ${kinds.join(' och ')}. Det har tagits bort; kontrollera texten och publicera igen.`,
    choosePublishGroup: (groups) =>
      `Du är samordnare för flera EST-grupper. Vilken grupp gäller det? ${groups.map((group) => `**publicera här ${group}**`).join(', ')}`,
    channelChosen: (channel, group) => `Lägesbilden för ${group} publiceras hädanefter här i ${channel}.`,
    reviewReady: (label) =>
      `Lägesbilden för ${label} är sammanställd. Granska den, lägg till analys och insatser, och publicera.`,
    archiveTitle: (group) => `Publicerade lägesbilder för ${group}`,
    archiveEmpty: 'Inga lägesbilder är publicerade ännu.',
    archiveShow: 'Visa',
    archiveLine: (label, at, by) => `${label}: publicerad ${at} av ${by}`,
  },
  longReport: {
    title: (kind, year, index, group) =>
      `${
        kind === 'manad'
          ? `Månadsrapport ${['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'][index - 1]} ${year}`
          : kind === 'tertial'
            ? `Tertialanalys T${index} ${year}`
            : `Årsuppföljning ${year}`
      } · ${group}`,
    subtitle: (periods, observations) =>
      `${plural(periods, 'period', 'perioder')}, ${plural(observations, 'observation', 'observationer')}`,
    periods: 'Perioder',
    periodValue: (answered, total, observations) =>
      `svarat ${answered} av ${total}, ${plural(observations, 'observation', 'observationer')}`,
    areas: 'Per område i mallen (per period, totalt, riktning)',
    omraden: 'Per område i kommunen',
    eventTypes: 'Händelsetyper',
    series: (counts, total, direction) =>
      `${counts.join(' · ')} = ${total} (${{ okar: 'ökar', minskar: 'minskar', oforandrat: 'oförändrat' }[direction]})`,
    recurring: 'Återkommande hot spots',
    recurringLine: (where, periods, organisations) => `- ${where}: ${periods} perioder (${organisations.join(', ')})`,
    noRecurring: 'Ingen plats var hot spot i mer än en period.',
    footer: 'Sammanställt ur de fortlöpande lägesbilderna. Vem som rapporterat vad ingår inte.',
    unknownSpan:
      'Det förstod jag inte. Skriv till exempel **rapport månad november 2026**, **rapport tertial T3 2026** eller **rapport år 2026**.',
  },
  pledges: {
    listTitle: (group) => `Medborgarlöften · ${group}`,
    none: 'Inga medborgarlöften är registrerade ännu. Samordnaren kan importera ett med npm run pledges:import.',
    period: (start, end) => `${start} – ${end}`,
    parties: 'Parter',
    owner: (party) => ({ polisen: 'Polisen', kommunen: 'Kommunen', gemensamt: 'Gemensamt' })[party] ?? party,
    status: {
      'ej-paborjad': 'Ej påbörjad',
      pagar: 'Pågår',
      genomford: 'Genomförd',
      forsenad: 'Försenad',
      installd: 'Inställd',
    },
    activityLine: (description, owner, due, status, target) =>
      `${description} (${owner}, klart senast ${due}${target ? `, mål: ${target}` : ''}) · **${status}**`,
    update: 'Uppdatera',
    statusTitle: 'Uppdatera status',
    statusLabel: 'Status',
    commentLabel: 'Vad har gjorts?',
    commentPlaceholder: 'T.ex. två dialogtillfällen genomförda i Centrum',
    measuredLabel: 'Mätt värde (om målet är mätbart)',
    measuredPlaceholder: 'T.ex. cirka 450 elever',
    save: 'Spara',
    saved: 'Statusen är sparad.',
    onlyOwner: 'Bara aktivitetens ansvariga eller samordnaren kan ändra statusen.',
    hasPersonalData: (field, kinds) =>
      `${field} innehöll ${kinds.join(' och ')}. Inget sparades; skriv om aktiviteten, inte om personer.`,
    followUpTitle: (title) => `Uppföljning av medborgarlöften: ${title}`,
    counts: (counts) =>
      `Genomförda ${counts.genomford}, pågår ${counts.pagar}, ej påbörjade ${counts['ej-paborjad']}, försenade ${counts.forsenad}, inställda ${counts.installd}`,
    doneLine: (comment, measured, by, date) => `${comment}${measured ? ` (${measured})` : ''} — ${by}, ${date}`,
    noUpdates: 'Ingen uppföljning registrerad.',
    newPledge: 'Nytt medborgarlöfte',
    edit: 'Redigera',
    create: 'Skapa',
    titleLabel: 'Rubrik',
    startLabel: 'Gäller från',
    endLabel: 'Gäller till',
    partiesLabel: 'Parter',
    otherPartyLabel: 'Andra parter (valfritt, skilj med komma)',
    editorTitle: (title) => `Redigera: ${title}`,
    focusAreasHeading: 'Fokusområden',
    activitiesHeading: 'Aktiviteter',
    nothingYet: 'Inga ännu.',
    newFocusArea: 'Nytt fokusområde',
    focusAreaNameLabel: 'Fokusområde',
    problemLabel: 'Problembeskrivning',
    addFocusArea: 'Lägg till fokusområde',
    newActivity: 'Ny aktivitet',
    focusAreaLabel: 'Fokusområde',
    descriptionLabel: 'Aktivitet',
    ownerPartyLabel: 'Ansvarig part',
    ownerPersonLabel: 'Ansvarig person i teamet (uppdaterar statusen)',
    noOwnerPerson: 'Ingen särskild',
    dueLabel: 'Klart senast',
    targetLabel: 'Mätbart mål',
    targetPlaceholder: 'T.ex. minst två dialogtillfällen',
    addActivity: 'Lägg till aktivitet',
    created: 'Löftet är skapat. Lägg till fokusområden och aktiviteter.',
    focusAreaAdded: 'Fokusområdet är tillagt.',
    activityAdded: 'Aktiviteten är tillagd.',
    change: 'Ändra',
    editPledge: 'Ändra rubrik, period och parter',
    pledgeChanged: 'Löftet är ändrat.',
    remove: 'Ta bort',
    cancel: 'Avbryt',
    saveChanges: 'Spara ändringarna',
    editFocusArea: 'Ändra fokusområde',
    editActivity: 'Ändra aktivitet',
    activityStartLabel: 'Påbörjas',
    startsLine: (date) => `påbörjas ${date}`,
    editing: (what) => `Du ändrar ”${what}”. Spara eller avbryt i formuläret nedan.`,
    focusAreaChanged: 'Fokusområdet är ändrat.',
    focusAreaRemoved: 'Fokusområdet är borttaget.',
    activityChanged: 'Aktiviteten är ändrad.',
    activityRemoved: 'Aktiviteten är borttagen.',
    focusAreaNotEmpty:
      'Fokusområdet har aktiviteter och togs inte bort. Flytta aktiviteterna till ett annat fokusområde eller ta bort dem först.',
    activityHasFollowUp:
      'Aktiviteten har uppföljning och är en del av det offentliga löftet, så den tas inte bort. Sätt status Inställd i stället.',
    activityFieldNames: { start: 'påbörjas' },
    problems: (fields) => `Rätta: ${fields}.`,
    fieldNames: {
      title: 'rubrik',
      start: 'gäller från',
      end: 'gäller till',
      parties: 'parter',
      name: 'fokusområde',
      problem: 'problembeskrivning',
      focusAreaId: 'fokusområde',
      description: 'aktivitet',
      ownerParty: 'ansvarig part',
      ownerMemberKey: 'ansvarig person',
      due: 'klart senast',
      target: 'mål',
      form: 'löftet',
    },
    statusHeading: 'Medborgarlöften',
    recentlyChanged: (description, status) => `${status}: ${description}`,
    dueTitle: 'Medborgarlöften: aktiviteter att följa upp',
    dueLine: (description, owner, due, overdue) =>
      `${description} (${owner}) ${overdue ? `**försenad**, skulle vara klar ${due}` : `klar senast ${due}`}`,
  },
  insatser: svInsatser,
  review: svReview,
  trends: svTrends,
  commands: svCommands,
  police: svPolice,
  document: svDocument,
  receipt: {
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
  },
};
