import {
  currentReportingPeriod,
  isOpenForReports,
  periodById,
  periodContaining,
  type PeriodSchedule,
} from '../../src/domain/periods';
import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';

const schedule: PeriodSchedule = {
  anchorDate: '2025-12-29',
  lengthDays: 14,
  deadlineWeekday: 3,
  deadlineTime: '12:00',
};
const at = (iso: string) => new Date(iso);

describe('reporting periods in Europe/Stockholm', () => {
  test('when it is Sunday of week 47 2026, then the running period is v47–48 2026 with its deadline on Wednesday of week 49 at 12:00', () => {
    const period = periodContaining(schedule, at('2026-11-22T12:00:00+01:00'));
    expect(period.id).toBe('2026-W47');
    expect(sv.periodLabel(period)).toBe('v47–48 2026');
    expect(en.periodLabel(period)).toBe('weeks 47–48 2026');
    expect(period.start.toISOString()).toBe('2026-11-15T23:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-11-29T23:00:00.000Z');
    expect(period.deadline.toISOString()).toBe('2026-12-02T11:00:00.000Z');
  });

  test('when the previous period’s deadline has not passed, then members still report for it', () => {
    expect(currentReportingPeriod(schedule, at('2026-12-02T11:59:59+01:00')).id).toBe('2026-W47');
    expect(currentReportingPeriod(schedule, at('2026-12-02T12:00:00+01:00')).id).toBe('2026-W49');
    expect(currentReportingPeriod(schedule, at('2026-11-30T00:00:00+01:00')).id).toBe('2026-W47');
  });

  test('when a period starts at local midnight, then the instant one millisecond before belongs to the previous period', () => {
    expect(periodContaining(schedule, at('2026-11-15T22:59:59.999Z')).id).toBe('2026-W45');
    expect(periodContaining(schedule, at('2026-11-15T23:00:00.000Z')).id).toBe('2026-W47');
  });

  test('when summer time begins inside the deadline week, then the deadline is still 12:00 local (10:00 UTC)', () => {
    // Summer time starts Sunday 29 March 2026; period v11–12 ends Sunday 22 March, deadline Wed 25 March (winter).
    // Period v13–14 2026 contains the change; its deadline is Wed 8 April at 12:00 CEST.
    const period = periodById(schedule, '2026-W13');
    expect(period?.start.toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(period?.end.toISOString()).toBe('2026-04-05T22:00:00.000Z');
    expect(period?.deadline.toISOString()).toBe('2026-04-08T10:00:00.000Z');
  });

  test('when winter time begins, then periods still start at local midnight and deadlines at 12:00 local', () => {
    // Winter time starts Sunday 25 October 2026, inside period v43–44.
    const period = periodById(schedule, '2026-W43');
    expect(period?.start.toISOString()).toBe('2026-10-18T22:00:00.000Z');
    expect(period?.end.toISOString()).toBe('2026-11-01T23:00:00.000Z');
    expect(period?.deadline.toISOString()).toBe('2026-11-04T11:00:00.000Z');
  });

  test('when a period spans the year end after a 53-week year, then its label names both weeks and years', () => {
    const period = periodContaining(schedule, at('2027-01-02T12:00:00+01:00'));
    expect(period.id).toBe('2026-W53');
    expect(period.lastWeek).toEqual({ year: 2027, week: 1 });
    expect(sv.periodLabel(period)).toBe('v53 2026–v1 2027');
    expect(en.periodLabel(period)).toBe('week 53 2026–week 1 2027');
    expect(periodContaining(schedule, at('2027-01-10T23:59:59+01:00')).id).toBe('2026-W53');
    const next = periodContaining(schedule, at('2027-01-11T00:00:00+01:00'));
    expect(next.id).toBe('2027-W02');
    expect(sv.periodLabel(next)).toBe('v2–3 2027');
  });

  test('when the week 52 period of 2025 is asked for, then it runs into week 1 of 2026', () => {
    const period = periodContaining(schedule, at('2025-12-20T12:00:00+01:00'));
    expect(period.id).toBe('2025-W51');
    expect(sv.periodLabel(period)).toBe('v51–52 2025');
  });

  test('when the cadence is weekly, then each period is one week with a single-week label', () => {
    const weekly = { ...schedule, lengthDays: 7 };
    const period = periodContaining(weekly, at('2026-11-22T12:00:00+01:00'));
    expect(period.id).toBe('2026-W47');
    expect(sv.periodLabel(period)).toBe('v47 2026');
  });

  test('when an id is malformed or not a period start of the schedule, then no period is found', () => {
    expect(periodById(schedule, '2026-W48')).toBeUndefined();
    expect(periodById(schedule, '2026-W54')).toBeUndefined();
    expect(periodById(schedule, 'nonsense')).toBeUndefined();
    expect(periodById(schedule, '2026-W47')?.id).toBe('2026-W47');
  });

  test('when a period has not begun or its deadline has passed, then it is not open for reports', () => {
    const period = periodById(schedule, '2026-W49')!;
    expect(isOpenForReports(period, at('2026-11-29T23:59:59+01:00'))).toBe(false);
    expect(isOpenForReports(period, at('2026-11-30T00:00:00+01:00'))).toBe(true);
    expect(isOpenForReports(period, at('2026-12-16T11:59:59+01:00'))).toBe(true);
    expect(isOpenForReports(period, at('2026-12-16T12:00:00+01:00'))).toBe(false);
  });
});
