import type { DocumentTexts } from './document-texts';
import { plural } from './plural';

const listOf = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
const decimal = (value: number) => String(value).replace('.', ',');
/** Each export as a noun in the definite form: "Word-dokumentet är klart", "CSV-filen är klar". */
const SV_FILES = { docx: 'Word-dokumentet', csv: 'CSV-filen', md: 'Markdown-filen' } as const;

export const svDocument: DocumentTexts = {
  basisFor: (council) => `Underlag till ${council}`,
  defaultCouncil: 'det brottsförebyggande rådet',
  compiledBy: (organisation) => `Sammanställd av samordnaren, ${organisation}`,
  contents: 'Innehåll',
  page: 'Sida',
  pageOf: 'av',
  summaryHeading: 'Sammanfattning',
  summary: (summary, where) => {
    const sentences = [
      `Rapporten bygger på ${plural(summary.periods, 'period', 'perioder')} med ${plural(summary.observations, 'observation', 'observationer')}; i snitt svarade ${summary.answered} av ${summary.members} medlemmar.`,
    ];
    const overall = summary.overall;
    if (!overall) sentences.push('Det är för få observationer för att säga något om utvecklingen.');
    else if (overall.direction === 'oforandrat')
      sentences.push(
        `Antalet observationer låg på ungefär samma nivå, i snitt ${decimal(overall.from)} per period i början och ${decimal(overall.to)} i slutet.`,
      );
    else
      sentences.push(
        `Observationerna ${overall.direction === 'okar' ? 'ökade' : 'minskade'}, från i snitt ${decimal(overall.from)} till ${decimal(overall.to)} per period.`,
      );
    const moved = [
      ...(summary.increased.length > 0 ? [`ökade mest inom ${listOf(summary.increased)}`] : []),
      ...(summary.decreased.length > 0 ? [`minskade inom ${listOf(summary.decreased)}`] : []),
    ];
    if (moved.length > 0) sentences.push(`De ${listOf(moved)}.`);
    const [first, second] = summary.busiest;
    if (first)
      sentences.push(
        `Flest observationer gällde ${first.omrade} (${first.total})${second ? `, följt av ${second.omrade} (${second.total})` : ''}.`,
      );
    sentences.push(
      summary.recurring
        ? `${where(summary.recurring.omrade, summary.recurring.place)} var hot spot i ${summary.recurring.periods} perioder.`
        : 'Ingen plats var hot spot i mer än en period.',
    );
    const { done, fewer, more } = summary.insatser;
    sentences.push(
      done === 0
        ? 'Inga insatser avslutades under perioden.'
        : fewer + more === 0
          ? `${plural(done, 'insats', 'insatser')} genomfördes; det är ännu för tidigt, eller för få observationer, för att säga något om effekten.`
          : `${plural(done, 'insats', 'insatser')} genomfördes; efteråt minskade observationerna på platsen vid ${fewer} och ökade vid ${more}.`,
    );
    if (summary.police)
      sentences.push(
        `Polisen publicerade ${plural(summary.police.total, 'händelse', 'händelser')} i kommunen under samma perioder${summary.police.top ? `, flest av typen ${summary.police.top.type} (${summary.police.top.total})` : ''}.`,
      );
    sentences.push(
      'Siffrorna gäller perioder vars rapportering har stängt; en period som pågår räknas in när den stänger.',
    );
    return sentences;
  },
  analysesHeading: 'Gruppens analyser',
  noAnalyses: 'Ingen publicerad lägesbild under perioden har en analys.',
  notPublished: (period) =>
    `Lägesbilden för ${period} publicerades inte, så dess texter är inte med; siffrorna är det.`,
  covers: (from, to, periods) =>
    `${from} – ${to}` +
    (periods.length === 0
      ? ', inga perioder'
      : `: ${plural(periods.length, 'period', 'perioder')}, ${periods[0]}${periods.length > 1 ? ` – ${periods[periods.length - 1]}` : ''}`),
  generated: (date) => `Sammanställd ${date} ur EST-gruppens lägesbilder.`,
  privacy: 'Vem som rapporterade vad ingår inte; organisationerna gör det.',
  participation: 'Deltagande',
  period: 'Period',
  answered: 'Svarade',
  observations: 'Observationer',
  total: 'Totalt',
  trend: 'Trend',
  direction: { okar: 'ökar', minskar: 'minskar', oforandrat: 'oförändrat' },
  recurring: (where, periods, organisations) =>
    `${where}: ${plural(periods, 'period', 'perioder')} (${organisations.join(', ')})`,
  noInsatser: 'Inga insatser genomfördes under perioden.',
  observationsHeading: 'Observationer per period',
  noObservations: 'Inga observationer.',
  pledgesHeading: 'Uppföljning av medborgarlöften',
  policeType: 'Polisens händelsetyp',
  download: { docx: 'Ladda ner som Word', csv: 'Ladda ner som CSV', md: 'Ladda ner som Markdown' },
  downloadReady: (format, title) => `${SV_FILES[format]} är klar${format === 'docx' ? 't' : ''}: ${title}`,
  downloadExpires: (time) =>
    `Länken är bara din och fungerar till klockan ${time}. Be om en ny på rapportkortet om den har gått ut.`,
  downloadOpen: 'Öppna dokumentet',
  downloadSent: (format) => `${SV_FILES[format]} är klar${format === 'docx' ? 't' : ''}; länken ligger i chatten.`,
  downloadOnlyInPersonalChat: 'Filen skickas bara i din chatt med boten. Skriv **rapport tertial** där.',
};
