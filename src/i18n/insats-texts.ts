import type { EffectDirection, InsatsStatus } from '../domain/insats';

/** What the insatser, their follow-up and the återkoppling to reporters say (see `texts.ts`). */
export interface InsatsTexts {
  heading: string;
  status: Record<InsatsStatus, string>;
  /** "Insats 3: Trygghetsvandring (Centrum, Stationsparken)" */
  name(number: number, what: string, where: string): string;
  line(name: string, owner: string, due: string, status: string): string;
  newHeading: string;
  changedHeading: string;
  overdueHeading: string;
  effectHeading: string;
  effect(
    effect:
      | { kind: 'tooFew'; periods: number; before: number; after: number }
      | { kind: 'measured'; direction: EffectDirection; periods: number; before: number; after: number },
  ): string;
  none: string;
  listTitle(groupName: string): string;
  listIntro: string;
  newInsats: string;
  formTitle(periodLabel: string): string;
  formIntro: string;
  whatLabel: string;
  whatPlaceholder: string;
  omradeLabel: string;
  placeLabel: string;
  placePlaceholder: string;
  eventTypeLabel: string;
  anyEventType: string;
  linksLabel: string;
  hotSpotOption(where: string, organisations: number): string;
  observationOption(where: string, excerpt: string, organisation: string): string;
  ownerOrganisationLabel: string;
  ownerPersonLabel: string;
  noOwnerPerson: string;
  startLabel: string;
  dueLabel: string;
  targetLabel: string;
  targetPlaceholder: string;
  create: string;
  created(number: number): string;
  fieldNames: Record<string, string>;
  problems(list: string): string;
  update: string;
  statusTitle(name: string): string;
  statusLabel: string;
  commentLabel: string;
  commentPlaceholder: string;
  save: string;
  saved: string;
  historyHeading: string;
  historyLine(status: string, by: string, date: string, comment: string): string;
  onlyOwner: string;
  commentHasPersonalData(kinds: string[]): string;
  target(target: string): string;
  dueTitle: string;
  /** The återkoppling to a member whose report an insats came from. */
  feedbackNew(places: string, what: string, owner: string, due: string): string;
  feedbackDone(places: string, what: string): string;
  feedbackFooter: string;
  feedbackOff: string;
  feedbackOn: string;
  myReportsTitle: string;
  myReportsNone: string;
  myReportsPeriod(periodLabel: string, groupName: string, count: number, nothingToReport: boolean): string;
  myObservation(where: string, area: string, ledTo: string[]): string;
}
