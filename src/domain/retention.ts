import { DateTime } from 'luxon';
import { mondayOfPeriodId, periodById, TIME_ZONE, type PeriodSchedule } from './periods';

/**
 * Retention of raw reports: what members wrote is kept for a configurable number of months after
 * its period ended; the compiled and published lägesbilder (the archive) are kept.
 */

/** The longest period a schedule allows: the end of a period of an older cadence is at most this far from its start. */
const LONGEST_PERIOD_DAYS = 28;

/** Periods that ended before this instant have their raw reports deleted. */
export function retentionCutoff(now: Date, months: number): Date {
  return DateTime.fromJSDate(now, { zone: TIME_ZONE }).minus({ months }).toJSDate();
}

/**
 * When the period with this id ended. A period of the group's schedule knows its end; one from an
 * earlier cadence (the schedule was changed since) is given the longest end possible, so that
 * retention never deletes early. Undefined for an id that is no period at all: it is left alone.
 */
export function periodEnd(periodId: string, schedule: PeriodSchedule): Date | undefined {
  const period = periodById(schedule, periodId);
  if (period) return period.end;
  return mondayOfPeriodId(periodId)?.plus({ days: LONGEST_PERIOD_DAYS }).toJSDate();
}

/** The periods whose raw reports are past retention, of those given. */
export function expiredPeriods(periodIds: string[], schedule: PeriodSchedule, cutoff: Date): string[] {
  return periodIds.filter((id) => {
    const end = periodEnd(id, schedule);
    return end !== undefined && end.getTime() <= cutoff.getTime();
  });
}
