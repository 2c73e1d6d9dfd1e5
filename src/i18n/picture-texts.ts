/** What the gemensam lägesbild and the long reports say (see `texts.ts`). */
export interface PictureTexts {
  title(periodLabel: string, groupName: string): string;
  compiledAt(date: string): string;
  summary: string;
  participation: string;
  participationValue(answered: number, total: number, missing: string[]): string;
  /** The council channel's line: who did not answer by organisation, never by name. */
  participationByOrganisation(
    answered: number,
    total: number,
    byOrganisation: { organisation: string; answered: number; total: number }[],
  ): string;
  observations: string;
  observationsValue(count: number, previous: number): string;
  mainChanges: string;
  noChanges: string;
  change(label: string, previous: number, count: number): string;
  hotSpots: string;
  noHotSpots: string;
  hotSpot(where: string, organisations: string[], recurring: boolean): string;
  eventTypes: string;
  trendTitle(periods: number): string;
  /** One händelsetyp's count against the previous period. */
  eventTypeCount(label: string, count: number, previous: number): string;
  chartTitle: string;
  countText(count: number, previous: number): string;
  show: string;
  headline(count: number, previous: number, high: number, policeShare: number): string;
  trends(trends: { okar: number; oforandrat: number; minskar: number }): string;
  observationLine(description: string, assessment: string, when: string, organisation: string, police: boolean): string;
  analysis: string;
  insatser: string;
  leftOut(count: number): string;
  footerReview: string;
  footerPublished(by: string, at: string, channel: string): string;
  reviewIntro: string;
  analysisLabel: string;
  analysisPlaceholder: string;
  insatserLabel: string;
  insatserPlaceholder: string;
  publish: string;
  noChannel: string;
  published(channel: string): string;
  alreadyPublished(at: string): string;
  textHasPersonalData(field: string, kinds: string[]): string;
  /** A samordnare of several groups says which one is published here: "publicera här EST Fagersta". */
  choosePublishGroup(groupNames: string[]): string;
  channelChosen(channel: string, groupName: string): string;
  reviewReady(periodLabel: string): string;
  archiveTitle(groupName: string): string;
  archiveEmpty: string;
  archiveShow: string;
  archiveLine(periodLabel: string, at: string, by: string): string;
}

export interface LongReportTexts {
  title(kind: 'manad' | 'tertial' | 'ar', year: number, index: number, groupName: string): string;
  subtitle(periods: number, observations: number): string;
  periods: string;
  periodValue(answered: number, total: number, observations: number): string;
  areas: string;
  omraden: string;
  eventTypes: string;
  series(counts: number[], total: number, direction: 'okar' | 'minskar' | 'oforandrat'): string;
  recurring: string;
  recurringLine(where: string, periods: number, organisations: string[]): string;
  noRecurring: string;
  footer: string;
  unknownSpan: string;
}
