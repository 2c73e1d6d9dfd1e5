import type { DocumentTexts } from './document-texts';
import { plural } from './plural';

export const svDocument: DocumentTexts = {
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
  download: 'Ladda ner som Word',
  downloadReady: (title) => `Word-dokumentet är klart: ${title}`,
  downloadExpires: (time) =>
    `Länken är bara din och fungerar till klockan ${time}. Be om en ny på rapportkortet om den har gått ut.`,
  downloadOpen: 'Öppna dokumentet',
  downloadSent: 'Word-dokumentet är klart; länken ligger i chatten.',
  downloadOnlyInPersonalChat: 'Word-dokumentet skickas bara i din chatt med boten. Skriv **rapport tertial** där.',
};
