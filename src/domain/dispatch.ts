import { z } from 'zod/v4';
import { DISPATCH_KINDS } from './schedule';
import { groupPeriodFields, memberPeriodFields } from './stored-keys';

/**
 * A dispatch is one prompt or reminder round for a group and period. Its row is created once
 * (a conditional create: whoever creates it owns the round); then one outbox entry per member is
 * planned, and the entries are sent. `seq` numbers extra reminders a samordnare asks for.
 */
export const dispatchSchema = z.object({
  ...groupPeriodFields,
  kind: z.enum(DISPATCH_KINDS),
  seq: z.number().int(),
  trigger: z.enum(['schedule', 'manual']),
  state: z.enum(['planning', 'sending', 'done']),
  planned: z.number().int(),
  createdAt: z.coerce.date(),
  finishedAt: z.coerce.date().optional(),
});
export type Dispatch = z.output<typeof dispatchSchema>;

/** The outbox recipient that stands for the group's council channel rather than a person. */
export const COUNCIL_RECIPIENT = '#council';

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed', 'unreachable'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const FINAL_OUTBOX_STATES: ReadonlySet<OutboxState> = new Set(['sent', 'failed', 'unreachable']);

/** One message to one member, with its state written before and after each attempt. */
export const outboxEntrySchema = z.object({
  ...memberPeriodFields,
  kind: z.enum(DISPATCH_KINDS),
  seq: z.number().int(),
  state: z.enum(OUTBOX_STATES),
  attempts: z.number().int(),
  /** Not before this instant (backoff, Retry-After). */
  nextAttemptAt: z.coerce.date(),
  /** While `sending`: the claim holds until then; after it, another sender may take the entry over. */
  leaseUntil: z.coerce.date().optional(),
  /** HTTP status of the last failed attempt (never message text). */
  lastStatus: z.number().int().optional(),
  sentAt: z.coerce.date().optional(),
  updatedAt: z.coerce.date(),
});
export type OutboxEntry = z.output<typeof outboxEntrySchema>;

/** Full jitter exponential backoff: a random wait up to base × 2^attempt, capped. */
export function backoffMs(attempt: number, random: () => number = Math.random, baseMs = 1000, capMs = 60_000): number {
  return Math.round(random() * Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1)));
}
