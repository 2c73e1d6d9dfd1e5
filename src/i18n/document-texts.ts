import type { ExportFormat } from '../domain/long-report';
import type { ReportSummary } from '../domain/report-summary';

/** What the Word document of a report says (see `texts.ts`). */
export interface DocumentTexts {
  /** The cover: "Underlag till Trygghetsrådet". */
  basisFor(council: string): string;
  /** The council when the group has not named its own. */
  defaultCouncil: string;
  /** The cover's last line: who compiled it, by organisation. */
  compiledBy(organisation: string): string;
  contents: string;
  /** The footer: "Sida 3 av 12" (the numbers are Word's fields). */
  page: string;
  pageOf: string;
  summaryHeading: string;
  /** The Sammanfattning: five to eight sentences from the figures, to keep or edit. */
  summary(summary: ReportSummary, where: (omrade: string, place?: string) => string): string[];
  analysesHeading: string;
  noAnalyses: string;
  /** A closed period whose lägesbild was not published: its texts stay out of the document. */
  notPublished(period: string): string;
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
  /** The `rapport` card's buttons, and the card with the link it sends to the samordnare's chat. */
  download: Record<ExportFormat, string>;
  downloadReady(format: ExportFormat, title: string): string;
  downloadExpires(time: string): string;
  downloadOpen: string;
  /** The short answer in the card itself while the link goes to the chat. */
  downloadSent(format: ExportFormat): string;
  /** Asked for outside the 1:1 chat: the link is only for the samordnare. */
  downloadOnlyInPersonalChat: string;
}
