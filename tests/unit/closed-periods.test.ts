import { isClosed, lastClosedPeriod, periodById, runningPeriods, type PeriodSchedule } from '../../src/domain/periods';
import { SCHEDULE } from '../helpers/seed';

const schedule: PeriodSchedule = SCHEDULE;
const at = (iso: string) => new Date(iso);
const ids = (instant: string) => ({
  lastClosed: lastClosedPeriod(schedule, at(instant)).id,
  running: runningPeriods(schedule, at(instant)).map((period) => period.id),
});

describe('closed and running periods', () => {
  test('when it is the deadline minute, then the period is running until the deadline instant and closed from it', () => {
    // v47–48 2026: deadline Wednesday 2 December 2026 at 12:00 (11:00 UTC).
    const period = periodById(schedule, '2026-W47')!;
    expect(isClosed(period, at('2026-12-02T10:59:59.999Z'))).toBe(false);
    expect(isClosed(period, at('2026-12-02T11:00:00.000Z'))).toBe(true);
    expect(ids('2026-12-02T10:59:59.999Z')).toEqual({ lastClosed: '2026-W45', running: ['2026-W47', '2026-W49'] });
    expect(ids('2026-12-02T11:00:00.000Z')).toEqual({ lastClosed: '2026-W47', running: ['2026-W49'] });
  });

  test('when it is 5 December 2026, then v47–48 has closed and v49–50, three days old, is the one running', () => {
    expect(ids('2026-12-05T12:00:00+01:00')).toEqual({ lastClosed: '2026-W47', running: ['2026-W49'] });
  });

  test('when summer time begins in the deadline week, then the period closes at 12:00 local summer time', () => {
    // v13–14 2026 contains the change to summer time; its deadline is Wednesday 8 April at 12:00 CEST.
    expect(ids('2026-04-08T09:59:59.999Z')).toEqual({ lastClosed: '2026-W11', running: ['2026-W13', '2026-W15'] });
    expect(ids('2026-04-08T10:00:00.000Z')).toEqual({ lastClosed: '2026-W13', running: ['2026-W15'] });
  });

  test('when winter time begins in the period, then it closes at 12:00 local winter time', () => {
    // v43–44 2026 (winter time from 25 October): deadline Wednesday 4 November at 12:00 CET.
    expect(ids('2026-11-04T10:59:59.999Z').lastClosed).toBe('2026-W41');
    expect(ids('2026-11-04T11:00:00.000Z').lastClosed).toBe('2026-W43');
  });

  test('when a period runs over week 53 into the new year, then it closes at its deadline in week 2', () => {
    // v53 2026–v1 2027: deadline Wednesday 13 January 2027 at 12:00.
    expect(ids('2027-01-13T10:59:59.999Z')).toEqual({ lastClosed: '2026-W51', running: ['2026-W53', '2027-W02'] });
    expect(ids('2027-01-13T11:00:00.000Z')).toEqual({ lastClosed: '2026-W53', running: ['2027-W02'] });
  });

  test('when the cadence is weekly with the deadline on Sunday of the week after, then at most two periods run', () => {
    const weekly: PeriodSchedule = { ...schedule, lengthDays: 7, deadlineWeekday: 7, deadlineTime: '23:00' };
    // Week 49 2026 ends Sunday 6 December; its deadline is Sunday 13 December at 23:00 (22:00 UTC).
    const running = runningPeriods(weekly, at('2026-12-13T21:59:59Z')).map((period) => period.id);
    expect(running).toEqual(['2026-W49', '2026-W50']);
    expect(lastClosedPeriod(weekly, at('2026-12-13T22:00:00Z')).id).toBe('2026-W49');
  });
});
