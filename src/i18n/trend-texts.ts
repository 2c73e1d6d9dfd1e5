import type { ReportingPeriod } from '../domain/periods';

/** What `trender` says (see `texts.ts`). */
export interface TrendTexts {
  title(groupName: string): string;
  /** A period on a chart axis: "v47". */
  axisLabel(period: ReportingPeriod): string;
  span(first: string, last: string, periods: number): string;
  spanLabel: string;
  spanChoice(periods: number): string;
  areaLabel: string;
  allAreas: string;
  omradeLabel: string;
  allOmraden: string;
  show: string;
  linesTitle: string;
  omradenTitle: string;
  eventTypesTitle: string;
  mostChanged(label: string, from: number, to: number, up: boolean): string;
  noChange: string;
  none: string;
  series: (counts: number[]) => string;
  onlySamordnareHere: string;
}
