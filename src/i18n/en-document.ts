import type { DocumentTexts } from './document-texts';
import { plural } from './plural';

export const enDocument: DocumentTexts = {
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
  download: 'Download as Word',
  downloadReady: (title) => `The Word document is ready: ${title}`,
  downloadExpires: (time) =>
    `The link is yours alone and works until ${time}. Ask for a new one on the report card once it has expired.`,
  downloadOpen: 'Open the document',
  downloadSent: 'The Word document is ready; the link is in the chat.',
  downloadOnlyInPersonalChat:
    'The Word document is sent only in your chat with the bot. Type **report tertial** there.',
};
