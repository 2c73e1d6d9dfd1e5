import type { FetchOutcome } from '../domain/police-events';

/** What the lägesbild and the samordnare's commands say about the police's published events. */
export interface PoliceTexts {
  heading(locations: string[]): string;
  total(count: number, previous: number): string;
  typeLine(type: string, count: number, previous: number): string;
  recentHeading: string;
  none: string;
  /** The police's events are not crime statistics; the source is named. */
  note: string;
  fetched(at: string): string;
  sideHeading: string;
  sideLine(label: string, members: number, police: number, omraden: string): string;
  omradeCount(omrade: string, members: number, police: number): string;
  /** `polishändelser hämta`. */
  fetchRan(outcome: FetchOutcome, stored: number, skipped: number): string;
  tooSoon(seconds: number): string;
  disabled: string;
  nothingToFetch: string;
  /** The `status` card's line. */
  statusLine(at: string | undefined, outcome: FetchOutcome | undefined, next: string | undefined): string;
}
