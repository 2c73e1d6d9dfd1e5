import type { DocumentTexts } from './document-texts';
import { plural } from './plural';

const listOf = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const EN_FILES = { docx: 'Word document', csv: 'CSV file', md: 'Markdown file' } as const;

export const enDocument: DocumentTexts = {
  basisFor: (council) => `Prepared for ${council}`,
  defaultCouncil: 'the crime prevention council',
  compiledBy: (organisation) => `Compiled by the coordinator, ${organisation}`,
  contents: 'Contents',
  page: 'Page',
  pageOf: 'of',
  summaryHeading: 'Summary',
  summary: (summary, where) => {
    const sentences = [
      `The report covers ${plural(summary.periods, 'period', 'periods')} with ${plural(summary.observations, 'observation', 'observations')}; on average ${summary.answered} of ${summary.members} members answered.`,
    ];
    const overall = summary.overall;
    if (!overall) sentences.push('There are too few observations to say anything about the development.');
    else if (overall.direction === 'oforandrat')
      sentences.push(
        `The number of observations stayed about the same, on average ${overall.from} per period at the start and ${overall.to} at the end.`,
      );
    else
      sentences.push(
        `Observations ${overall.direction === 'okar' ? 'increased' : 'decreased'}, from ${overall.from} to ${overall.to} per period on average.`,
      );
    const moved = [
      ...(summary.increased.length > 0 ? [`increased most in ${listOf(summary.increased)}`] : []),
      ...(summary.decreased.length > 0 ? [`decreased in ${listOf(summary.decreased)}`] : []),
    ];
    if (moved.length > 0) sentences.push(`They ${listOf(moved)}.`);
    const [first, second] = summary.busiest;
    if (first)
      sentences.push(
        `Most observations concerned ${first.omrade} (${first.total})${second ? `, followed by ${second.omrade} (${second.total})` : ''}.`,
      );
    sentences.push(
      summary.recurring
        ? `${where(summary.recurring.omrade, summary.recurring.place)} was a hot spot in ${summary.recurring.periods} periods.`
        : 'No place was a hot spot in more than one period.',
    );
    const { done, fewer, more } = summary.insatser;
    sentences.push(
      done === 0
        ? 'No actions were finished in the period.'
        : fewer + more === 0
          ? `${plural(done, 'action was', 'actions were')} finished; it is too early, or there are too few observations, to say anything about the effect.`
          : `${plural(done, 'action was', 'actions were')} finished; afterwards observations at the place decreased at ${fewer} and increased at ${more}.`,
    );
    if (summary.police)
      sentences.push(
        `The police published ${plural(summary.police.total, 'event', 'events')} in the municipality in the same periods${summary.police.top ? `, most of them of the type ${summary.police.top.type} (${summary.police.top.total})` : ''}.`,
      );
    sentences.push('The figures are of periods whose reporting has closed; a running period counts once it closes.');
    return sentences;
  },
  analysesHeading: "The group's analyses",
  noAnalyses: 'No published situation picture in the period has an analysis.',
  notPublished: (period) =>
    `The situation picture for ${period} was not published, so its texts are left out; its figures are in.`,
  covers: (from, to, periods) =>
    `${from} – ${to}` +
    (periods.length === 0
      ? ', no periods'
      : `: ${plural(periods.length, 'period', 'periods')}, ${periods[0]}${periods.length > 1 ? ` – ${periods[periods.length - 1]}` : ''}`),
  generated: (date) => `Compiled ${date} from the EST group's situation pictures.`,
  privacy: 'Who reported what is not included; the organisations are.',
  participation: 'Participation',
  period: 'Period',
  answered: 'Answered',
  observations: 'Observations',
  total: 'Total',
  trend: 'Trend',
  direction: { okar: 'rising', minskar: 'falling', oforandrat: 'unchanged' },
  recurring: (where, periods, organisations) =>
    `${where}: ${plural(periods, 'period', 'periods')} (${organisations.join(', ')})`,
  noInsatser: 'No actions were completed in the span.',
  observationsHeading: 'Observations per period',
  noObservations: 'No observations.',
  pledgesHeading: 'Follow-up of the citizen pledges',
  policeType: 'Police event type',
  download: { docx: 'Download as Word', csv: 'Download as CSV', md: 'Download as Markdown' },
  downloadReady: (format, title) => `The ${EN_FILES[format]} is ready: ${title}`,
  downloadExpires: (time) =>
    `The link is yours alone and works until ${time}. Ask for a new one on the report card once it has expired.`,
  downloadOpen: 'Open the document',
  downloadSent: (format) => `The ${EN_FILES[format]} is ready; the link is in the chat.`,
  downloadOnlyInPersonalChat: 'The file is sent only in your chat with the bot. Type **report tertial** there.',
};
