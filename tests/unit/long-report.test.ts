import { areasFromLabels } from '../../src/domain/areas';
import { compileSituationPicture } from '../../src/domain/compile';
import { type GroupMember } from '../../src/domain/group';
import {
  compileLongReport,
  direction,
  periodsInSpan,
  spanContaining,
  spanFromArgument,
  spanOf,
} from '../../src/domain/long-report';
import type { Observation, Report } from '../../src/domain/report';
import { MONTH_NAMES } from '../../src/i18n';

const schedule = { anchorDate: '2025-12-29', lengthDays: 14, deadlineWeekday: 3, deadlineTime: '12:00' };
const areas = areasFromLabels(['Ordningsstörning och otrygghet', 'ANDT (alkohol, narkotika, dopning, tobak)']);
const [ORDNING, ANDT] = areas.map((area) => area.id);
const members: GroupMember[] = ['polis', 'skola'].map((key) => ({
  groupId: 'g',
  memberKey: key,
  teamsUserId: key,
  name: key,
  role: 'member',
  excluded: false,
  active: true,
  joinedAt: new Date(),
}));

const observation = (areaId: string, omrade: string, place?: string): Observation => ({
  id: `${areaId}-${omrade}-${place}`,
  areaId,
  omrade,
  omradeIsOther: false,
  place,
  timeOfDay: 'natt',
  description: 'Iakttagelse',
  assessment: 'medel',
  trend: 'okar',
  policeReported: 'nej',
});
const report = (memberKey: string, organisation: string, observations: Observation[]): Report => ({
  groupId: 'g',
  periodId: 'p',
  memberKey,
  organisation,
  nothingToReport: observations.length === 0,
  observations,
  version: 1,
  contentHash: 'h',
  submittedAt: new Date(),
});
const picture = (periodId: string, reports: Report[]) =>
  compileSituationPicture({
    groupId: 'g',
    periodId,
    previousPeriodId: 'x',
    areas,
    eventTypes: [],
    members,
    reports,
    previousReports: [],
  });

describe('reports over a month, a tertial and a year', () => {
  test('when spans are named, then they start on the first of the month in Stockholm and hold the right months', () => {
    expect(spanOf('manad', 2026, 11).start.toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(spanOf('manad', 2026, 11).end.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(spanOf('tertial', 2026, 2).start.toISOString()).toBe('2026-04-30T22:00:00.000Z');
    expect(spanOf('tertial', 2026, 3).end.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(spanContaining('tertial', new Date('2026-11-22T12:00:00Z'))).toMatchObject({ year: 2026, index: 3 });
    expect(spanContaining('ar', new Date('2026-11-22T12:00:00Z'))).toMatchObject({ year: 2026, index: 0 });
  });

  test('when a samordnare names a span in words, then it is read in Swedish or English; nonsense is refused', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(spanFromArgument('manad', 'november 2026', now, MONTH_NAMES)).toMatchObject({ year: 2026, index: 11 });
    expect(spanFromArgument('manad', 'nov', now, MONTH_NAMES)).toMatchObject({ year: 2026, index: 11 });
    expect(spanFromArgument('manad', '2025-03', now, MONTH_NAMES)).toMatchObject({ year: 2025, index: 3 });
    expect(spanFromArgument('manad', 'maj 2025', now, MONTH_NAMES)).toMatchObject({ year: 2025, index: 5 });
    expect(spanFromArgument('tertial', 'T2 2025', now, MONTH_NAMES)).toMatchObject({ year: 2025, index: 2 });
    expect(spanFromArgument('ar', '2025', now, MONTH_NAMES)).toMatchObject({ year: 2025, index: 0 });
    expect(spanFromArgument('manad', '', now, MONTH_NAMES)).toMatchObject({ year: 2026, index: 11 });
    expect(spanFromArgument('manad', 'blå', now, MONTH_NAMES)).toBeUndefined();
    expect(spanFromArgument('tertial', 'T4', now, MONTH_NAMES)).toBeUndefined();
    expect(spanFromArgument('manad', '13', now, MONTH_NAMES)).toBeUndefined();
  });

  test('when periods are counted into a span, then each belongs to the span its first day is in', () => {
    // v49–50 starts Monday 30 November, so it belongs to November; v1–2 2026 started in December 2025.
    expect(periodsInSpan(schedule, spanOf('manad', 2026, 11)).map((period) => period.id)).toEqual([
      '2026-W45',
      '2026-W47',
      '2026-W49',
    ]);
    expect(periodsInSpan(schedule, spanOf('manad', 2026, 12)).map((period) => period.id)).toEqual([
      '2026-W51',
      '2026-W53',
    ]);
    expect(periodsInSpan(schedule, spanOf('ar', 2026, 0))).toHaveLength(26);
  });

  test('when counts rise, fall or wobble, then the direction says so', () => {
    expect(direction([1, 2, 5, 8])).toBe('okar');
    expect(direction([9, 6, 2, 1])).toBe('minskar');
    expect(direction([3, 4, 3, 4])).toBe('oforandrat');
    expect(direction([5])).toBe('oforandrat');
  });

  test('when a month is compiled, then areas and områden get their series, and a place hot in two periods is recurring', () => {
    const first = picture('2026-W45', [
      report('polis', 'Polisen', [observation(ORDNING, 'Centrum', 'Stationsparken')]),
      report('skola', 'Skola', [observation(ORDNING, 'Centrum', 'Stationsparken')]),
    ]);
    const second = picture('2026-W47', [
      report('polis', 'Polisen', [
        observation(ORDNING, 'Centrum', 'Stationsparken'),
        observation(ANDT, 'Kolarbyn'),
        observation(ANDT, 'Kolarbyn', 'Skogen'),
      ]),
      report('skola', 'Skola', [observation(ORDNING, 'Centrum', 'Stationsparken'), observation(ANDT, 'Västanfors')]),
    ]);
    const long = compileLongReport(spanOf('manad', 2026, 11), [first, second]);
    expect(long.totalObservations).toBe(7);
    expect(long.periods.map((period) => [period.periodId, period.answered, period.observations])).toEqual([
      ['2026-W45', 2, 2],
      ['2026-W47', 2, 5],
    ]);
    expect(long.areas.map((area) => [area.label, area.counts, area.direction])).toEqual([
      ['Ordningsstörning och otrygghet', [2, 2], 'oforandrat'],
      ['ANDT (alkohol, narkotika, dopning, tobak)', [0, 3], 'okar'],
    ]);
    expect(long.omraden.map((row) => [row.omrade, row.counts])).toEqual([
      ['Centrum', [2, 2]],
      ['Kolarbyn', [0, 2]],
      ['Västanfors', [0, 1]],
    ]);
    expect(long.recurringHotSpots).toEqual([
      { omrade: 'Centrum', place: 'Stationsparken', periods: 2, organisations: ['Polisen', 'Skola'] },
    ]);
  });
});
