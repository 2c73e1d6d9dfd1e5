import type { CommandTexts } from './command-texts';

export const svCommands: CommandTexts = {
  byName: {
    report: {
      title: 'rapportera',
      does: 'lämna din lägesbild för perioden (observationer eller "inget att rapportera")',
    },
    pledges: { title: 'löften', does: 'medborgarlöftena och hur det går med aktiviteterna' },
    insatser: { title: 'insatser', does: 'gruppens insatser, med ansvarig och status' },
    myReports: { title: 'mina rapporter', does: 'dina rapporter de senaste perioderna och vad de ledde till' },
    feedback: {
      title: 'återkoppling av',
      forms: ['återkoppling av', 'återkoppling på'],
      does: 'besked när en insats bygger på din rapport, av eller på',
    },
    help: { title: 'hjälp', does: 'visar vad boten kan göra' },
    status: { title: 'status', does: 'vem som har svarat den här perioden' },
    remind: { title: 'påminn', does: 'en påminnelse till dem som inte har svarat' },
    start: { title: 'starta period', does: 'skicka periodens uppmaning nu' },
    members: { title: 'medlemmar', does: 'organisation, samordnare och uteslutna' },
    settings: { title: 'inställningar', does: 'schema, områden, händelsetyper och Polisens händelser' },
    newInsats: { title: 'insats ny', does: 'en ny insats, kopplad till periodens hot spots och observationer' },
    compile: { title: 'sammanställ', does: 'den gemensamma lägesbilden, för granskning och publicering' },
    archive: { title: 'arkiv', does: 'publicerade lägesbilder' },
    pledgesFollowUp: { title: 'löften uppföljning', does: 'uppföljningen av medborgarlöftet per fokusområde' },
    longReport: {
      title: 'rapport månad',
      forms: ['rapport månad|tertial|år'],
      does: 'rapport över en längre tid, också som Word-dokument',
    },
    trends: { title: 'trender', does: 'diagram över de senaste perioderna' },
    policeFetch: {
      title: 'polishändelser hämta',
      does: 'hämta Polisens publicerade händelser nu (annars var 15:e minut)',
    },
    publishHere: {
      title: 'publicera här',
      forms: ['@Lägesbild publicera här'],
      does: 'skriv det i rådets kanal, så publiceras lägesbilden där',
    },
  },
  helpIntro: '**Lägesbild-boten** samlar in EST-gruppens lägesbild varannan vecka.',
  helpSamordnare: 'För samordnaren:',
  helpPrivacy:
    'Skriv om platser och situationer, aldrig om enskilda personer: inga namn, personnummer, telefonnummer, e-postadresser eller registreringsnummer.',
  forSamordnare: (does) => `Samordnaren: ${does}`,
  chooseGroup: {
    member: 'Du är med i flera EST-grupper. Vilken grupp vill du rapportera för?',
    samordnare: 'Du är samordnare för flera EST-grupper. Vilken grupp gäller det?',
  },
  onlyInChannel: 'Skriv det i den kanal där rådet ska läsa lägesbilden.',
};
