/** What the Word document of a report says (see `texts.ts`). */
export interface DocumentTexts {
  generated(date: string): string;
  privacy: string;
  participation: string;
  period: string;
  answered: string;
  observations: string;
  total: string;
  trend: string;
  direction: Record<'okar' | 'minskar' | 'oforandrat', string>;
  recurring(where: string, periods: number, organisations: string[]): string;
  noInsatser: string;
  observationsHeading: string;
  noObservations: string;
  pledgesHeading: string;
}
