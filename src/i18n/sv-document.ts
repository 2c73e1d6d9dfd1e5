import type { DocumentTexts } from './document-texts';
import { plural } from './plural';

export const svDocument: DocumentTexts = {
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
};
