/** What the samordnare's cards say: status, settings, members (see `texts.ts`). */
export interface AdminTexts {
  onlySamordnare: string;
  unknownOrganisation: string;
  weekdays: string[];
  statusTitle(periodLabel: string, groupName: string): string;
  promptAt: string;
  reminderAt: string;
  deadline: string;
  answered: string;
  answeredValue(answered: number, total: number, nothing: number): string;
  ofTotal(answered: number, total: number): string;
  byOrganisation: string;
  missing(count: number): string;
  nobodyMissing: string;
  unreachable(count: number): string;
  remind: string;
  refresh: string;
  reminderStarted(periodLabel: string): string;
  promptStarted(periodLabel: string): string;
  promptAlreadySent(periodLabel: string): string;
  settingsTitle(groupName: string): string;
  settingsIntro: string;
  lengthLabel: string;
  lengthChoices: Record<'7' | '14' | '21' | '28', string>;
  anchorLabel: string;
  promptLabel: string;
  reminderLabel: string;
  deadlineLabel: string;
  timeLabel: string;
  omradenLabel: string;
  omradenPlaceholder: string;
  eventTypesLabel: string;
  eventTypesPlaceholder: string;
  policeLocationsLabel: string;
  policeLocationsPlaceholder: string;
  policeTypesLabel: string;
  policeTypesPlaceholder: string;
  /** The retired händelsetyper, kept for the reports that use them ('' when none). */
  retiredEventTypes(labels: string[]): string;
  save: string;
  saved: string;
  settingsError(code: string): string;
  /** The settings card's field for the council's own name, and its hint. */
  councilNameLabel: string;
  councilNamePlaceholder: string;
  fixSettings: string;
  nextCycle(periodLabel: string, prompt: string, reminder: string, deadline: string): string;
  membersTitle(groupName: string, count: number): string;
  membersIntro: string;
  organisationLabel: string;
  noOrganisation: string;
  samordnareLabel: string;
  excludedLabel: string;
  membersSaved: string;
  lastSamordnare: string;
  previous: string;
  next: string;
}
