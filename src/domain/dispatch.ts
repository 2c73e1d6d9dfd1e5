import type { DispatchKind } from './schedule';

/**
 * A dispatch is one prompt or reminder round for a group and period. Its row is created once
 * (a conditional create: whoever creates it owns the round); then one outbox entry per member is
 * planned, and the entries are sent. `seq` numbers extra reminders a samordnare asks for.
 */
export interface Dispatch {
  groupId: string;
  periodId: string;
  kind: DispatchKind;
  seq: number;
  trigger: 'schedule' | 'manual';
  state: 'planning' | 'sending' | 'done';
  planned: number;
  createdAt: Date;
  finishedAt?: Date;
}

/** The outbox recipient that stands for the group's council channel rather than a person. */
export const COUNCIL_RECIPIENT = '#council';

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed' | 'unreachable';

export const FINAL_OUTBOX_STATES: ReadonlySet<OutboxState> = new Set(['sent', 'failed', 'unreachable']);

/** One message to one member, with its state written before and after each attempt. */
export interface OutboxEntry {
  groupId: string;
  periodId: string;
  kind: DispatchKind;
  seq: number;
  memberKey: string;
  state: OutboxState;
  attempts: number;
  /** Not before this instant (backoff, Retry-After). */
  nextAttemptAt: Date;
  /** While `sending`: the claim holds until then; after it, another sender may take the entry over. */
  leaseUntil?: Date;
  /** HTTP status of the last failed attempt (never message text). */
  lastStatus?: number;
  sentAt?: Date;
  updatedAt: Date;
}

/** Full jitter exponential backoff: a random wait up to base × 2^attempt, capped. */
export function backoffMs(attempt: number, random: () => number = Math.random, baseMs = 1000, capMs = 60_000): number {
  return Math.round(random() * Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1)));
}
