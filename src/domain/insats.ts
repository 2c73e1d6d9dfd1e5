import { createHash } from 'node:crypto';
import { z } from 'zod/v4';
import type { HotSpot } from './compile';
import { dueHorizon, isFinished } from './pledge';
import type { Report } from './report';

/**
 * Insatser: what the EST group decides to do about what the reports show (EST's third step), with
 * an owner, dates and a status, followed up in every lägesbild and evaluated at the place.
 * Dates are local `YYYY-MM-DD`.
 */
export const INSATS_STATUSES = ['planerad', 'pagar', 'genomford', 'forsenad', 'installd'] as const;
export type InsatsStatus = (typeof INSATS_STATUSES)[number];

/** What a person sets; `forsenad` follows from the date alone. */
export const SETTABLE_INSATS_STATUSES = ['planerad', 'pagar', 'genomford', 'installd'] as const;
export type SettableInsatsStatus = (typeof SETTABLE_INSATS_STATUSES)[number];

export const INSATS_LIMITS = { what: 300, place: 100, target: 200, comment: 500, links: 20 } as const;

/**
 * Why the insats was started: a hot spot or one observation of a period, by reference. The link
 * never names who reported; the reporters are found from the period's reports when needed.
 */
export const insatsLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hotSpot'), periodId: z.string(), omrade: z.string(), place: z.string().optional() }),
  z.object({ kind: z.literal('observation'), periodId: z.string(), observationId: z.string() }),
]);
export type InsatsLink = z.infer<typeof insatsLinkSchema>;

export const insatsSchema = z.object({
  /** The number as a key: `0007`. */
  id: z.string(),
  /** Numbered per group in order of creation ("insats 7"). */
  number: z.number().int().positive(),
  groupId: z.string(),
  what: z.string(),
  omrade: z.string(),
  place: z.string().optional(),
  /** A händelsetyp id: the effect then counts only observations of that type. */
  eventTypeId: z.string().optional(),
  links: z.array(insatsLinkSchema),
  ownerOrganisation: z.string(),
  /** A member who updates the status and is reminded. */
  ownerMemberKey: z.string().optional(),
  start: z.string(),
  due: z.string(),
  target: z.string().optional(),
  /** As last set by a person; see `effectiveStatus` (pledge.ts), shared with medborgarlöften activities. */
  status: z.enum(SETTABLE_INSATS_STATUSES),
  /** The day it was set genomförd: where the "after" of its effect starts. */
  doneOn: z.string().optional(),
  /** The reporting period it was created in. */
  periodId: z.string(),
  createdAt: z.coerce.date(),
  createdBy: z.object({ memberKey: z.string(), name: z.string() }),
});
export type Insats = z.infer<typeof insatsSchema>;

/** Every status change is kept: who, when, and what was said. */
export const insatsUpdateSchema = z.object({
  insatsId: z.string(),
  status: z.enum(SETTABLE_INSATS_STATUSES),
  comment: z.string(),
  byName: z.string(),
  byMemberKey: z.string(),
  at: z.coerce.date(),
});
export type InsatsUpdate = z.infer<typeof insatsUpdateSchema>;

export const insatsId = (number: number): string => String(number).padStart(4, '0');

/** Insatser not finished whose due date is within `windowDays` of today or past, soonest first. */
export function dueInsatser(insatser: Insats[], today: string, windowDays: number): Insats[] {
  const horizon = dueHorizon(today, windowDays);
  return insatser
    .filter((insats) => !isFinished(insats.status) && insats.due <= horizon)
    .sort((a, b) => a.due.localeCompare(b.due) || a.number - b.number);
}

const normalise = (text: string) => text.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');
const same = (a: string | undefined, b: string | undefined) => normalise(a ?? '') === normalise(b ?? '');

/** A place a member reported at, in a period, that an insats's links point to. */
export interface LinkedPlace {
  periodId: string;
  omrade: string;
  place?: string;
}

/** Whether one of the links points to this observation of the period. */
export function isLinked(
  links: readonly InsatsLink[],
  periodId: string,
  observation: { id: string; omrade: string; place?: string },
): boolean {
  return links.some(
    (link) =>
      link.periodId === periodId &&
      (link.kind === 'observation'
        ? link.observationId === observation.id
        : same(link.omrade, observation.omrade) && (!link.place || same(link.place, observation.place))),
  );
}

/**
 * Who the links point to: the writer of a linked observation, and everyone who reported at a
 * linked hot spot in its period; for each, the places they reported there (never what others did).
 */
export function linkedReporters(links: readonly InsatsLink[], reports: readonly Report[]): Map<string, LinkedPlace[]> {
  const byMember = new Map<string, LinkedPlace[]>();
  for (const report of reports) {
    for (const observation of report.observations) {
      if (!isLinked(links, report.periodId, observation)) continue;
      const places = byMember.get(report.memberKey) ?? [];
      if (!places.some((place) => same(place.omrade, observation.omrade) && same(place.place, observation.place)))
        places.push({ periodId: report.periodId, omrade: observation.omrade, place: observation.place });
      byMember.set(report.memberKey, places);
    }
  }
  return byMember;
}

/** Whether an observation happened where the insats works (and is of its type, when it has one). */
export function isAtInsatsPlace(
  insats: Pick<Insats, 'omrade' | 'place' | 'eventTypeId'>,
  observation: { omrade: string; place?: string; eventTypeId?: string },
): boolean {
  if (!same(observation.omrade, insats.omrade)) return false;
  if (insats.place && !same(observation.place, insats.place)) return false;
  return !insats.eventTypeId || observation.eventTypeId === insats.eventTypeId;
}

/** At most this many periods on each side of an insats are compared. */
export const EFFECT_PERIODS = 3;
/** Fewer observations than this before and after together say nothing either way. */
export const EFFECT_MIN_OBSERVATIONS = 4;

export type EffectDirection = 'minskar' | 'okar' | 'oforandrat';

export type InsatsEffect =
  | { kind: 'tooFew'; periods: number; before: number; after: number }
  | { kind: 'measured'; direction: EffectDirection; periods: number; before: number; after: number };

/** One reporting period's observations at the insats' place. */
export interface PeriodCount {
  /** Local dates of the period's first and last day. */
  first: string;
  last: string;
  count: number;
  /** Reporting has closed: the count is final. */
  closed: boolean;
}

/**
 * The effect of a finished insats at its place: the observations in the same number of whole
 * periods before its start and after its end (at most `EFFECT_PERIODS` each, only closed periods
 * after it). Too few observations, or no period after it yet, say nothing. A change counts when it
 * is more than one observation and more than a quarter of the "before" (as the long reports'
 * direction does); otherwise it is unchanged.
 */
export function insatsEffect(periods: PeriodCount[], start: string, end: string): InsatsEffect {
  const ordered = [...periods].sort((a, b) => a.first.localeCompare(b.first));
  const before = ordered.filter((period) => period.last < start).slice(-EFFECT_PERIODS);
  const after = ordered.filter((period) => period.first > end && period.closed).slice(0, EFFECT_PERIODS);
  const n = Math.min(before.length, after.length);
  const sum = (list: PeriodCount[]) => list.reduce((total, period) => total + period.count, 0);
  const b = sum(before.slice(before.length - n));
  const a = sum(after.slice(0, n));
  if (n === 0 || a + b < EFFECT_MIN_OBSERVATIONS) return { kind: 'tooFew', periods: n, before: b, after: a };
  const threshold = Math.max(1, b * 0.25);
  const direction: EffectDirection = a - b > threshold ? 'okar' : b - a > threshold ? 'minskar' : 'oforandrat';
  return { kind: 'measured', direction, periods: n, before: b, after: a };
}

/** What the insats form sends, every field as text; `links` is the multi-select's comma list. */
export interface InsatsForm {
  what: string;
  omrade: string;
  place: string;
  eventTypeId: string;
  links: string;
  ownerOrganisation: string;
  ownerMemberKey: string;
  start: string;
  due: string;
  target: string;
}

/** What an insats can be linked to in a period: its hot spots and its observations, by reference. */
export interface LinkOptions {
  hotSpots: HotSpot[];
  observations: { id: string; omrade: string; place?: string; description: string; organisation: string }[];
}

/** A hot spot's value in the form's link list: short, without commas (the list is comma-separated). */
export const hotSpotValue = (spot: Pick<HotSpot, 'omrade' | 'place'>): string =>
  `h:${createHash('sha256')
    .update(`${spot.omrade.trim().toLowerCase()}|${(spot.place ?? '').trim().toLowerCase()}`)
    .digest('hex')
    .slice(0, 12)}`;
export const observationValue = (id: string): string => `o:${id}`;
