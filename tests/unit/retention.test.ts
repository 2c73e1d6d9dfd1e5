import { expiredPeriods, periodEnd, retentionCutoff } from '../../src/domain/retention';

const SCHEDULE = { anchorDate: '2025-12-29', lengthDays: 14, deadlineWeekday: 3, deadlineTime: '12:00' };

describe('retention of raw reports', () => {
  test('when the cutoff is computed, then it is the same local time the given months earlier, across DST', () => {
    // 2026-11-22 10:00 in Stockholm (winter time) minus 6 months is 2026-05-22 10:00 (summer time).
    expect(retentionCutoff(new Date('2026-11-22T09:00:00Z'), 6).toISOString()).toBe('2026-05-22T08:00:00.000Z');
    expect(retentionCutoff(new Date('2026-03-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T11:00:00.000Z');
  });

  test('when a period of the schedule ended at or before the cutoff, then it is expired; one ending after is kept', () => {
    // 2026-W47 runs 16–29 November; it ends Monday 30 November 00:00 local (29 Nov 23:00 UTC).
    expect(periodEnd('2026-W47', SCHEDULE)?.toISOString()).toBe('2026-11-29T23:00:00.000Z');
    const periods = ['2026-W45', '2026-W47', '2026-W49'];
    expect(expiredPeriods(periods, SCHEDULE, new Date('2026-11-29T23:00:00Z'))).toEqual(['2026-W45', '2026-W47']);
    expect(expiredPeriods(periods, SCHEDULE, new Date('2026-11-29T22:59:59Z'))).toEqual(['2026-W45']);
  });

  test('when a period comes from an earlier cadence, then it is kept as if it were 28 days long; an id that is no period is never deleted', () => {
    // 2026-W46 is not a start of this fortnightly schedule (an earlier weekly one, say).
    expect(periodEnd('2026-W46', SCHEDULE)?.toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(expiredPeriods(['2026-W46'], SCHEDULE, new Date('2026-12-01T00:00:00Z'))).toEqual([]);
    expect(expiredPeriods(['2026-W46'], SCHEDULE, new Date('2026-12-07T00:00:00Z'))).toEqual(['2026-W46']);
    expect(expiredPeriods(['november', '2026-W54', ''], SCHEDULE, new Date('2030-01-01T00:00:00Z'))).toEqual([]);
  });
});
