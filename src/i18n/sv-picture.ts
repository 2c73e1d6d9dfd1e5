import type { PictureTexts, LongReportTexts } from './picture-texts';
import { plural } from './plural';

export const svPicture: PictureTexts = {
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
};

export const svLongReport: LongReportTexts = {
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
};
