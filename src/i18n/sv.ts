import { DateTime } from 'luxon';
import { TIME_ZONE } from '../domain/periods';

import { svAdmin } from './sv-admin';
import { svCommands } from './sv-commands';
import { svDocument } from './sv-document';
import { svInsatser } from './sv-insatser';
import { svPicture, svLongReport } from './sv-picture';
import { svPledges } from './sv-pledges';
import { svPolice } from './sv-police';
import { svReport, svReceipt, PERSONAL_DATA } from './sv-report';
import { svReview } from './sv-review';
import { svTrends } from './sv-trends';
import type { Texts } from './texts';

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
  periodRunning: (label, answered, total, deadline) =>
    `${label} pågår: ${answered} av ${total} har svarat hittills. Perioden räknas in när rapporteringen stänger ${deadline}.`,
  noClosedPeriod: 'Ingen period i det här spannet har stängt ännu, så det finns inga siffror att visa.',

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

  report: svReport,
  cycle: {
    promptNotice: (label) => `Dags att lämna din lägesbild för ${label}. Vad har du sett under perioden?`,
    reminderTitle: (label) => `Påminnelse: lägesbild ${label}`,
    reminderBody: (deadline) => `Du har inte lämnat din lägesbild ännu. Den ska vara inne senast ${deadline}.`,
    reportNow: 'Rapportera nu',
    undelivered: (kind, label, group, count, names) =>
      `${{ prompt: 'Uppmaningen', reminder: 'Påminnelsen', review: 'Den sammanställda lägesbilden', pledges: 'Påminnelsen om medborgarlöftena och insatserna', feedbackNew: 'Återkopplingen om en ny insats', feedbackDone: 'Återkopplingen om en genomförd insats' }[kind]} om lägesbilden för ${label} i ${group} ${names ? `kunde inte levereras till ${count === 1 ? '1 person' : `${count} personer`}: ${names.join(', ')}. De kan ha tagit bort appen eller blockerat boten; be dem öppna chatten med Lägesbild-boten.` : `kunde inte levereras. Kunde inte nås: ${count}. Vem det gäller visas inte, eftersom det skulle säga vem som rapporterade vad.`}`,
  },
  admin: svAdmin,
  picture: svPicture,
  longReport: svLongReport,
  pledges: svPledges,
  insatser: svInsatser,
  review: svReview,
  trends: svTrends,
  commands: svCommands,
  police: svPolice,
  document: svDocument,
  receipt: svReceipt,
};
