import { DateTime } from 'luxon';
import { z } from 'zod/v4';
import { TIME_ZONE } from './periods';
import { findPersonalData, type GuardOptions } from './privacy';

/**
 * The one source of what a medborgarlöfte's fields may hold, for every way in: the samordnare's
 * cards (`PledgeService`) and the import of a whole document (`pledge-document.ts`). Problems are
 * codes; `src/i18n/` says them in Swedish or English.
 */

export const PLEDGE_LIMITS = {
  title: 200,
  party: 100,
  focusAreaName: 200,
  problem: 2000,
  description: 1000,
  ownerParty: 100,
  ownerPerson: 100,
  target: 300,
  /** An activity's follow-up: the status comment and the measured value (the status card's limits). */
  statusComment: 1000,
  measured: 200,
} as const;

export const INPUT_PROBLEMS = [
  'missing',
  'tooLong',
  'personalData',
  'notADate',
  'endBeforeStart',
  'startAfterDue',
  'noParty',
  'noFocusArea',
  'noActivity',
  'chooseFocusArea',
  'notAMember',
  'gone',
  'invalidChoice',
] as const;
export type InputProblemCode = (typeof INPUT_PROBLEMS)[number];

/** One field's problem: its code, and the limit for `tooLong`. */
export interface InputProblem {
  code: InputProblemCode;
  max?: number;
}

/** Problems by field name (`form` for the whole). */
export type FieldProblems = Record<string, InputProblem>;

const blankAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const isIsoDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: TIME_ZONE }).isValid;

/**
 * Required text: trimmed, not empty, at most `max` characters, no personal data (names included,
 * unless the field holds a member's name by design: `{ names: false }`).
 */
export const requiredText = (max: number, guard: GuardOptions = {}) =>
  z
    .string({ error: 'missing' })
    .trim()
    .min(1, { error: 'missing' })
    .max(max, { error: 'tooLong' })
    .refine((value) => findPersonalData(value, guard).length === 0, { error: 'personalData' });

/** Optional text: blank is left out. */
export const optionalText = (max: number, guard: GuardOptions = {}) =>
  z.preprocess(blankAsUndefined, requiredText(max, guard).optional());

export const isoDate = z.string({ error: 'missing' }).trim().refine(isIsoDate, { error: 'notADate' });
export const optionalDate = z.preprocess(blankAsUndefined, isoDate.optional());

/** A pledge's own fields: title, the period it holds for, its parties. */
export const pledgeFields = z
  .object({
    title: requiredText(PLEDGE_LIMITS.title),
    start: isoDate,
    end: isoDate,
    parties: z.array(requiredText(PLEDGE_LIMITS.party)).min(1, { error: 'noParty' }),
  })
  .refine((pledge) => pledge.end >= pledge.start, { path: ['end'], error: 'endBeforeStart' });
export type PledgeFields = z.output<typeof pledgeFields>;

export const focusAreaFields = z.object({
  name: requiredText(PLEDGE_LIMITS.focusAreaName),
  problem: optionalText(PLEDGE_LIMITS.problem).transform((problem) => problem ?? ''),
});
export type FocusAreaFields = z.output<typeof focusAreaFields>;

/** An activity's fields as every way in states them (refine with `startNotAfterDue`). */
export const activityShape = z.object({
  description: requiredText(PLEDGE_LIMITS.description),
  ownerParty: requiredText(PLEDGE_LIMITS.ownerParty),
  start: optionalDate,
  due: isoDate,
  target: optionalText(PLEDGE_LIMITS.target),
});

/** An activity cannot start after it is due. */
export function startNotAfterDue<T extends { start?: string; due: string }>(activity: T): boolean {
  return !activity.start || activity.start <= activity.due;
}
export const START_AFTER_DUE = { path: ['start'], error: 'startAfterDue' };

export const activityFields = activityShape.refine(startNotAfterDue, START_AFTER_DUE);
export type ActivityFields = z.output<typeof activityFields>;

const isProblemCode = (message: string): message is InputProblemCode =>
  (INPUT_PROBLEMS as readonly string[]).includes(message);

/** The problem of one zod issue (an issue zod raised itself, such as a wrong type, is `missing`). */
export function problemOf(issue: z.core.$ZodIssue): InputProblem {
  const code = isProblemCode(issue.message) ? issue.message : 'missing';
  return issue.code === 'too_big' ? { code, max: Number(issue.maximum) } : { code };
}

/** The first problem of each field. */
export function problemsOf(error: z.ZodError): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of error.issues) problems[String(issue.path[0] ?? 'form')] ??= problemOf(issue);
  return problems;
}
