import { DateTime } from 'luxon';
import { z } from 'zod/v4';
import { currentReportingPeriod, TIME_ZONE, type PeriodSchedule, type ReportingPeriod } from './periods';

/**
 * A group's cycle. After each period ends, in the week that follows: the prompt goes out (default
 * Monday 08:00), those who have not answered are reminded (Tuesday 12:00), and reporting closes
 * (Wednesday 12:00). All Europe/Stockholm.
 */
export interface GroupSchedule extends PeriodSchedule {
  promptWeekday: number;
  promptTime: string;
  reminderWeekday: number;
  reminderTime: string;
}

export const DEFAULT_CYCLE = {
  promptWeekday: 1,
  promptTime: '08:00',
  reminderWeekday: 2,
  reminderTime: '12:00',
} as const;

/**
 * prompt and reminder go to members; review (the compiled lägesbild at the deadline) to the
 * samordnare; pledges (medborgarlöften activities and insatser due) to their owner persons and the
 * council channel; feedbackNew and feedbackDone (återkoppling: an insats a report led to was
 * created, or done) to the reporters, numbered by the insats.
 */
export const DISPATCH_KINDS = ['prompt', 'reminder', 'review', 'pledges', 'feedbackNew', 'feedbackDone'] as const;
export type DispatchKind = (typeof DISPATCH_KINDS)[number];

/** Återkoppling: messages to the reporters behind an insats's observations (who they are is never shown). */
export const isFeedback = (kind: DispatchKind): boolean => kind === 'feedbackNew' || kind === 'feedbackDone';

export interface PeriodInstants {
  promptAt: Date;
  reminderAt: Date;
  deadline: Date;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes from the end of the period (Monday 00:00) to a weekday and time of the week after. */
function offsetMinutes(weekday: number, time: string): number {
  const [hour, minute] = time.split(':').map(Number);
  return (weekday - 1) * 24 * 60 + hour * 60 + minute;
}

function instantAfterEnd(period: ReportingPeriod, weekday: number, time: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromJSDate(period.end, { zone: TIME_ZONE })
    .plus({ days: weekday - 1 })
    .set({ hour, minute, second: 0, millisecond: 0 })
    .toJSDate();
}

export function periodInstants(schedule: GroupSchedule, period: ReportingPeriod): PeriodInstants {
  return {
    promptAt: instantAfterEnd(period, schedule.promptWeekday, schedule.promptTime),
    reminderAt: instantAfterEnd(period, schedule.reminderWeekday, schedule.reminderTime),
    deadline: period.deadline,
  };
}

/**
 * What is due for the group at this instant: the prompt of the period being reported on once its
 * time has come, and the reminder once its time has come, both only until the deadline. Sending
 * them once is the caller's business (a dispatch row per group, period and kind).
 */
export function dueDispatches(schedule: GroupSchedule, now: Date): { period: ReportingPeriod; kind: DispatchKind }[] {
  const period = currentReportingPeriod(schedule, now);
  const { promptAt, reminderAt, deadline } = periodInstants(schedule, period);
  if (now.getTime() >= deadline.getTime()) return [];
  const due: { period: ReportingPeriod; kind: DispatchKind }[] = [];
  if (now.getTime() >= promptAt.getTime()) due.push({ period, kind: 'prompt' });
  if (now.getTime() >= reminderAt.getTime()) due.push({ period, kind: 'reminder' });
  return due;
}

const weekday = z.coerce.number().int().min(1, { error: 'weekday' }).max(7, { error: 'weekday' });
const clock = z.string().regex(TIME, { error: 'time' });

/** The schedule as the samordnare edits it; messages are codes that the settings card translates. */
export const groupScheduleSchema = z
  .object({
    anchorDate: z
      .string()
      .refine((value) => DateTime.fromISO(value, { zone: TIME_ZONE }).isValid, { error: 'date' })
      .refine((value) => DateTime.fromISO(value, { zone: TIME_ZONE }).weekday === 1, { error: 'monday' }),
    lengthDays: z.coerce
      .number()
      .int()
      .refine((days) => [7, 14, 21, 28].includes(days), { error: 'length' }),
    promptWeekday: weekday,
    promptTime: clock,
    reminderWeekday: weekday,
    reminderTime: clock,
    deadlineWeekday: weekday,
    deadlineTime: clock,
  })
  .superRefine((schedule, ctx) => {
    const prompt = offsetMinutes(schedule.promptWeekday, schedule.promptTime);
    const reminder = offsetMinutes(schedule.reminderWeekday, schedule.reminderTime);
    const deadline = offsetMinutes(schedule.deadlineWeekday, schedule.deadlineTime);
    if (!Number.isNaN(prompt) && !Number.isNaN(reminder) && reminder <= prompt) {
      ctx.addIssue({ code: 'custom', path: ['reminderWeekday'], message: 'reminderAfterPrompt' });
    }
    if (!Number.isNaN(reminder) && !Number.isNaN(deadline) && deadline <= reminder) {
      ctx.addIssue({ code: 'custom', path: ['deadlineWeekday'], message: 'deadlineAfterReminder' });
    }
  });

/** A stored schedule, with the cycle defaults for groups recorded before they existed. */
export const storedScheduleSchema = z
  .object({
    anchorDate: z.string(),
    lengthDays: z.number(),
    deadlineWeekday: z.number(),
    deadlineTime: z.string(),
    promptWeekday: z.number().optional(),
    promptTime: z.string().optional(),
    reminderWeekday: z.number().optional(),
    reminderTime: z.string().optional(),
  })
  .transform((schedule) => withCycleDefaults(schedule));

/** Reads a stored schedule, filling in the cycle defaults for groups recorded before they existed. */
export function withCycleDefaults(schedule: PeriodSchedule & Partial<GroupSchedule>): GroupSchedule {
  return { ...DEFAULT_CYCLE, ...schedule };
}
