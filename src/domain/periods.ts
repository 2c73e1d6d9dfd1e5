import { DateTime } from 'luxon';

/** All dates of the EST cycle are Swedish local time. */
export const TIME_ZONE = 'Europe/Stockholm';

/**
 * When a group's reporting periods fall. A period is `lengthDays` long and starts on a Monday,
 * counted from `anchorDate`. Members report what they saw during the period; reporting stays open
 * until the deadline, which falls in the week right after the period (default Wednesday 12:00).
 */
export interface PeriodSchedule {
  /** A Monday, `YYYY-MM-DD`, local date. */
  anchorDate: string;
  /** 7, 14, 21 or 28. */
  lengthDays: number;
  /** ISO weekday 1 (Monday) … 7 (Sunday) of the week after the period. */
  deadlineWeekday: number;
  /** `HH:MM` local time. */
  deadlineTime: string;
}

export interface ReportingPeriod {
  /** ISO week of the first day: `2026-W47`. Stable, sortable, safe in table keys. */
  id: string;
  index: number;
  /** First instant (Monday 00:00 local). */
  start: Date;
  /** First instant after the period (Monday 00:00 local). */
  end: Date;
  /** Reports can be given and changed until this instant. */
  deadline: Date;
  firstWeek: IsoWeek;
  lastWeek: IsoWeek;
}

export interface IsoWeek {
  year: number;
  week: number;
}

const PERIOD_ID = /^(\d{4})-W(\d{2})$/;

function anchorOf(schedule: PeriodSchedule): DateTime {
  return DateTime.fromISO(schedule.anchorDate, { zone: TIME_ZONE }).startOf('day');
}

function isoWeekOf(date: DateTime): IsoWeek {
  return { year: date.weekYear, week: date.weekNumber };
}

/**
 * Periods are values of their schedule and index, and working one out takes luxon's time-zone
 * arithmetic, which each turn needed several times over: the ones asked for are kept (frozen, as
 * they are shared), up to a bound.
 */
const KEPT_PERIODS = 5000;
const keptPeriods = new Map<string, ReportingPeriod | null>();

function kept(key: string, work: () => ReportingPeriod | undefined): ReportingPeriod | undefined {
  const known = keptPeriods.get(key);
  if (known !== undefined) return known ?? undefined;
  const period = work();
  if (keptPeriods.size >= KEPT_PERIODS) keptPeriods.clear();
  keptPeriods.set(key, period ? deepFreeze(period) : null);
  return period;
}

function deepFreeze(period: ReportingPeriod): ReportingPeriod {
  Object.freeze(period.firstWeek);
  Object.freeze(period.lastWeek);
  return Object.freeze(period);
}

const scheduleKey = (schedule: PeriodSchedule) =>
  `${schedule.anchorDate}|${schedule.lengthDays}|${schedule.deadlineWeekday}|${schedule.deadlineTime}`;

/** The period with the given index (0 is the one starting on the anchor date). */
export function periodByIndex(schedule: PeriodSchedule, index: number): ReportingPeriod {
  return kept(`${scheduleKey(schedule)}#${index}`, () => workOutPeriod(schedule, index)) as ReportingPeriod;
}

function workOutPeriod(schedule: PeriodSchedule, index: number): ReportingPeriod {
  const start = anchorOf(schedule).plus({ days: index * schedule.lengthDays });
  const end = start.plus({ days: schedule.lengthDays });
  const [hour, minute] = schedule.deadlineTime.split(':').map(Number);
  const deadline = end.plus({ days: schedule.deadlineWeekday - 1 }).set({ hour, minute, second: 0, millisecond: 0 });
  const firstWeek = isoWeekOf(start);
  return {
    id: `${firstWeek.year}-W${String(firstWeek.week).padStart(2, '0')}`,
    index,
    start: start.toJSDate(),
    end: end.toJSDate(),
    deadline: deadline.toJSDate(),
    firstWeek,
    lastWeek: isoWeekOf(end.minus({ days: 1 })),
  };
}

/** The period whose days contain the instant. */
export function periodContaining(schedule: PeriodSchedule, instant: Date): ReportingPeriod {
  const day = DateTime.fromJSDate(instant, { zone: TIME_ZONE }).startOf('day');
  const days = Math.round(day.diff(anchorOf(schedule), 'days').days);
  return periodByIndex(schedule, Math.floor(days / schedule.lengthDays));
}

/**
 * The period a member reports for now: the previous period while its deadline has not passed
 * (its prompt goes out just after it ends), otherwise the running one.
 */
export function currentReportingPeriod(schedule: PeriodSchedule, instant: Date): ReportingPeriod {
  const running = periodContaining(schedule, instant);
  const previous = periodByIndex(schedule, running.index - 1);
  return instant.getTime() < previous.deadline.getTime() ? previous : running;
}

/** The period with this id, or undefined when the id is malformed or not a period start of the schedule. */
export function periodById(schedule: PeriodSchedule, id: string): ReportingPeriod | undefined {
  return kept(`${scheduleKey(schedule)}@${id}`, () => workOutPeriodById(schedule, id));
}

/** The Monday (00:00 local) a period id names, whatever the schedule; undefined for no such week. */
export function mondayOfPeriodId(id: string): DateTime | undefined {
  const match = PERIOD_ID.exec(id);
  if (!match) return undefined;
  const monday = DateTime.fromObject(
    { weekYear: Number(match[1]), weekNumber: Number(match[2]), weekday: 1 },
    { zone: TIME_ZONE },
  );
  return monday.isValid && monday.weekNumber === Number(match[2]) ? monday : undefined;
}

function workOutPeriodById(schedule: PeriodSchedule, id: string): ReportingPeriod | undefined {
  const monday = mondayOfPeriodId(id);
  if (!monday) return undefined;
  const period = periodContaining(schedule, monday.toJSDate());
  return period.id === id ? period : undefined;
}

/**
 * Closed: the reporting deadline has passed, the reports are final, and the period counts in every
 * total, series, direction and chart. Before that it is running ("pågår"): shown with how many have
 * answered so far, never as a zero.
 */
export function isClosed(period: ReportingPeriod, instant: Date): boolean {
  return instant.getTime() >= period.deadline.getTime();
}

/** The latest period whose deadline has passed at the instant. */
export function lastClosedPeriod(schedule: PeriodSchedule, instant: Date): ReportingPeriod {
  const running = periodContaining(schedule, instant);
  const previous = periodByIndex(schedule, running.index - 1);
  return isClosed(previous, instant) ? previous : periodByIndex(schedule, running.index - 2);
}

/** The periods begun and not closed at the instant (members may still report for them), oldest first. */
export function runningPeriods(schedule: PeriodSchedule, instant: Date): ReportingPeriod[] {
  const last = lastClosedPeriod(schedule, instant).index;
  const current = periodContaining(schedule, instant).index;
  return Array.from({ length: current - last }, (_, n) => periodByIndex(schedule, last + 1 + n));
}

/** A running period as a report shows it: how many of the reporting members have answered so far. */
export interface RunningPeriod {
  period: ReportingPeriod;
  answered: number;
  total: number;
}

/** Reports for a period can be given from its first day until its deadline. */
export function isOpenForReports(period: ReportingPeriod, instant: Date): boolean {
  return instant.getTime() >= period.start.getTime() && instant.getTime() < period.deadline.getTime();
}
