/** What the Word document of a report says (see `texts.ts`). */
export interface DocumentTexts {
  generated(date: string): string;
  /** The title page's span: its dates and its first and last reporting period. */
  covers(from: string, to: string, periods: string[]): string;
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
  /** The first column of the table of the police's events. */
  policeType: string;
  /** The `rapport` card's button, and the card with the link it sends to the samordnare's chat. */
  download: string;
  downloadReady(title: string): string;
  downloadExpires(time: string): string;
  downloadOpen: string;
  /** The short answer in the card itself while the link goes to the chat. */
  downloadSent: string;
  /** Asked for outside the 1:1 chat: the link is only for the samordnare. */
  downloadOnlyInPersonalChat: string;
}
