import {
  dueInsatser,
  EFFECT_MIN_OBSERVATIONS,
  insatsEffect,
  isAtInsatsPlace,
  linkedReporters,
  type Insats,
  type PeriodCount,
} from '../../src/domain/insats';
import { insatsSection } from '../../src/domain/insats-follow-up';
import { effectiveStatus } from '../../src/domain/pledge';
import type { Observation, Report } from '../../src/domain/report';

/** Fortnightly periods from 2026-09-07, `counts` observations each; all closed unless said. */
function periods(counts: number[], open = 0): PeriodCount[] {
  const first = new Date('2026-09-07T12:00:00Z').getTime();
  const day = 24 * 3600_000;
  return counts.map((count, index) => ({
    first: new Date(first + index * 14 * day).toISOString().slice(0, 10),
    last: new Date(first + (index * 14 + 13) * day).toISOString().slice(0, 10),
    count,
    closed: index < counts.length - open,
  }));
}

const insats = (extra: Partial<Insats> = {}): Insats => ({
  id: '0001',
  number: 1,
  groupId: 'g',
  what: 'Belysning i Stationsparken',
  omrade: 'Centrum',
  place: 'Stationsparken',
  links: [],
  ownerOrganisation: 'Kommunalteknik (belysning, parker)',
  start: '2026-10-19',
  due: '2026-11-01',
  status: 'planerad',
  periodId: '2026-W41',
  createdAt: new Date('2026-10-15T10:00:00Z'),
  createdBy: { memberKey: 's', name: 'Sara' },
  ...extra,
});

describe('the effect of an insats at its place', () => {
  // Periods: 0 09-07, 1 09-21, 2 10-05, 3 10-19, [4 11-02 the insats], 5 11-16, 6 11-30, 7 12-14, 8 12-28.
  const start = '2026-11-02';
  const end = '2026-11-15';

  test('when as many periods before as after are compared, then the counts are summed over three each at most', () => {
    expect(insatsEffect(periods([50, 9, 3, 3, 99, 0, 1, 1, 5]), start, end)).toEqual({
      kind: 'measured',
      direction: 'minskar',
      periods: 3,
      before: 15,
      after: 2,
    });
  });

  test('when only one period has closed since the end, then one period on each side is compared', () => {
    expect(insatsEffect(periods([4, 4, 4, 4, 99, 1, 9], 1), start, end)).toEqual({
      kind: 'measured',
      direction: 'minskar',
      periods: 1,
      before: 4,
      after: 1,
    });
  });

  test('when no period has closed since the end, then it is too early to say', () => {
    expect(insatsEffect(periods([4, 4, 4, 4, 99, 1], 1), start, end)).toMatchObject({ kind: 'tooFew', periods: 0 });
  });

  test(`when fewer than ${EFFECT_MIN_OBSERVATIONS} observations are on both sides together, then there are too few; at ${EFFECT_MIN_OBSERVATIONS} it is measured`, () => {
    expect(insatsEffect(periods([0, 0, 2, 0, 99, 1, 0, 0]), start, end)).toEqual({
      kind: 'tooFew',
      periods: 3,
      before: 2,
      after: 1,
    });
    expect(insatsEffect(periods([0, 0, 2, 0, 99, 2, 0, 0]), start, end)).toMatchObject({
      kind: 'measured',
      direction: 'oforandrat',
    });
  });

  test('when the change is one observation or a quarter, then it is unchanged; beyond both it is a change', () => {
    const effect = (before: number, after: number) =>
      insatsEffect(periods([0, 0, 0, before, 99, after]), start, end) as { direction?: string };
    expect(effect(4, 5).direction).toBe('oforandrat');
    expect(effect(4, 6).direction).toBe('okar');
    expect(effect(4, 3).direction).toBe('oforandrat');
    expect(effect(4, 2).direction).toBe('minskar');
    expect(effect(8, 10).direction).toBe('oforandrat');
    expect(effect(8, 11).direction).toBe('okar');
    expect(effect(8, 5).direction).toBe('minskar');
  });

  test('when the place or type differs, then the observation does not count', () => {
    const at = (extra: Partial<Observation>) =>
      isAtInsatsPlace(insats({ eventTypeId: 'klotter' }), {
        omrade: 'centrum ',
        place: 'STATIONSPARKEN',
        eventTypeId: 'klotter',
        ...extra,
      });
    expect(at({})).toBe(true);
    expect(at({ place: 'Torget' })).toBe(false);
    expect(at({ omrade: 'Kolbäck' })).toBe(false);
    expect(at({ eventTypeId: 'inbrott' })).toBe(false);
    expect(isAtInsatsPlace(insats({ place: undefined }), { omrade: 'Centrum', place: 'Torget' })).toBe(true);
  });
});

describe('the status of an insats by date', () => {
  test('when the due date has passed and it is not finished, then it is late, whatever was set', () => {
    expect(effectiveStatus(insats({ status: 'pagar' }), '2026-11-01')).toBe('pagar');
    expect(effectiveStatus(insats({ status: 'pagar' }), '2026-11-02')).toBe('forsenad');
    expect(effectiveStatus(insats({ status: 'planerad' }), '2026-11-02')).toBe('forsenad');
    expect(effectiveStatus(insats({ status: 'genomford' }), '2027-01-01')).toBe('genomford');
    expect(effectiveStatus(insats({ status: 'installd' }), '2027-01-01')).toBe('installd');
  });

  test('when the prompt round asks what is due, then those due within the window and the late ones come, soonest first', () => {
    const list = [
      insats({ id: '0001', number: 1, due: '2026-11-30' }),
      insats({ id: '0002', number: 2, due: '2026-11-10' }),
      insats({ id: '0003', number: 3, due: '2026-12-20' }),
      insats({ id: '0004', number: 4, due: '2026-11-05', status: 'genomford' }),
    ];
    expect(dueInsatser(list, '2026-11-16', 14).map((item) => item.number)).toEqual([2, 1]);
  });
});

describe('who an insats’s links point to', () => {
  const observation = (id: string, omrade: string, place?: string): Observation => ({
    id,
    areaId: 'ordning',
    omrade,
    omradeIsOther: false,
    place,
    description: 'd',
    assessment: 'medel',
    trend: 'okar',
    policeReported: 'nej',
  });
  const report = (memberKey: string, periodId: string, observations: Observation[]): Report => ({
    groupId: 'g',
    periodId,
    memberKey,
    nothingToReport: false,
    observations,
    version: 1,
    contentHash: 'h',
    submittedAt: new Date(),
  });

  test('when an observation and a hot spot are linked, then their reporters are found with their own places only', () => {
    const reports = [
      report('a', '2026-W47', [observation('o1', 'Centrum', 'Stationsparken'), observation('o2', 'Kolbäck')]),
      report('b', '2026-W47', [observation('o3', 'centrum', 'stationsparken')]),
      report('c', '2026-W47', [observation('o4', 'Västanfors')]),
      report('d', '2026-W45', [observation('o5', 'Centrum', 'Stationsparken')]),
    ];
    const found = linkedReporters(
      [
        { kind: 'hotSpot', periodId: '2026-W47', omrade: 'Centrum', place: 'Stationsparken' },
        { kind: 'observation', periodId: '2026-W47', observationId: 'o4' },
      ],
      reports,
    );
    expect([...found.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(found.get('a')).toEqual([{ periodId: '2026-W47', omrade: 'Centrum', place: 'Stationsparken' }]);
  });
});

describe('the section "Insatser" of a lägesbild', () => {
  test('when insatser were created, changed and are late, then each appears where it belongs, with the last comment', () => {
    const since = new Date('2026-11-18T11:00:00Z');
    const section = insatsSection({
      insatser: [
        insats({ id: '0001', number: 1, createdAt: new Date('2026-11-20T10:00:00Z'), due: '2026-12-20' }),
        insats({
          id: '0002',
          number: 2,
          createdAt: new Date('2026-10-01T10:00:00Z'),
          due: '2026-12-20',
          status: 'pagar',
        }),
        insats({ id: '0003', number: 3, createdAt: new Date('2026-10-01T10:00:00Z'), due: '2026-11-20' }),
      ],
      updates: [
        {
          insatsId: '0002',
          status: 'pagar',
          comment: 'Första kvällen gjord',
          byName: 'B',
          byMemberKey: 'b',
          at: new Date('2026-11-25T10:00:00Z'),
        },
      ],
      today: '2026-12-02',
      since,
      effects: new Map(),
    });
    expect(section.created.map((line) => line.number)).toEqual([1]);
    expect(section.changed).toEqual([
      expect.objectContaining({ number: 2, comment: 'Första kvällen gjord', status: 'pagar' }),
    ]);
    expect(section.overdue).toEqual([expect.objectContaining({ number: 3, status: 'forsenad' })]);
    expect(section.done).toEqual([]);
  });
});
