import { wholeAxisMax } from '../../src/cards/charts';
import { trendsCard } from '../../src/cards/trends.card';
import { areasFromLabels } from '../../src/domain/areas';
import { defaultEventTypes } from '../../src/domain/event-types';
import { type Group } from '../../src/domain/group';
import { periodByIndex } from '../../src/domain/periods';
import type { Observation, Report } from '../../src/domain/report';
import { compileTrends } from '../../src/domain/trends';
import { sv } from '../../src/i18n/sv';
import { SCHEDULE } from '../helpers/seed';

const AREAS = areasFromLabels(['Ordningsstörning och otrygghet', 'Hot och våld', 'Ungdomar och skolor']);
const [ORDNING, HOT, UNGA] = AREAS.map((area) => area.id);

const observation = (areaId: string, omrade = 'Centrum', eventTypeId?: string): Observation => ({
  id: Math.random().toString(36).slice(2),
  areaId,
  omrade,
  omradeIsOther: false,
  description: 'd',
  assessment: 'medel',
  trend: 'okar',
  policeReported: 'nej',
  ...(eventTypeId ? { eventTypeId } : {}),
});
const report = (observations: Observation[]): Report => ({
  groupId: 'g',
  periodId: 'p',
  memberKey: Math.random().toString(36),
  nothingToReport: observations.length === 0,
  observations,
  version: 1,
  contentHash: 'h',
  submittedAt: new Date(),
});
/** Period i has counts[i] observations of the area. */
const series = (areaId: string, counts: number[], omrade?: string) =>
  counts.map((count) => [report(Array.from({ length: count }, () => observation(areaId, omrade)))]);
const merge = (...all: Report[][][]) => all[0].map((_, index) => all.flatMap((one) => one[index]));
const trendsOf = (reportsByPeriod: Report[][], filter = {}) =>
  compileTrends({
    periodIds: reportsByPeriod.map((_, index) => `p${index}`),
    reportsByPeriod,
    areas: AREAS,
    eventTypes: defaultEventTypes(),
    filter,
  });

describe('trends', () => {
  test('when areas rise, fall and stay, then the one that moved most is named, with its direction', () => {
    const trends = trendsOf(
      merge(series(ORDNING, [2, 2, 2, 2, 6, 6]), series(HOT, [5, 5, 3, 3, 1, 1]), series(UNGA, [1, 1, 1, 1, 1, 1])),
    );
    expect(trends.areas.map((area) => [area.areaId, area.total])).toEqual([
      [ORDNING, 20],
      [HOT, 18],
      [UNGA, 6],
    ]);
    expect(trends.mostChanged).toEqual({ label: 'Ordningsstörning och otrygghet', from: 2, to: 6, direction: 'okar' });
  });

  test('when a change is one observation or a quarter, then nothing is named as the largest change', () => {
    expect(trendsOf(series(ORDNING, [4, 4, 4, 4, 5, 5])).mostChanged).toBeUndefined();
    expect(trendsOf(series(ORDNING, [4, 4, 4, 4, 6, 6])).mostChanged?.direction).toBe('okar');
    expect(trendsOf(series(ORDNING, [0, 0, 0, 0, 0, 0])).mostChanged).toBeUndefined();
  });

  test('when two areas change by the same amount, then the first in the template is named', () => {
    const trends = trendsOf(merge(series(HOT, [0, 0, 0, 0, 4, 4]), series(ORDNING, [4, 4, 0, 0, 0, 0])));
    expect(trends.mostChanged?.label).toBe('Ordningsstörning och otrygghet');
  });

  test('when filtered to an area or an område, then only those observations count; områden and types are ranked', () => {
    const reports = merge(series(ORDNING, [1, 2], 'Centrum'), series(HOT, [3, 0], 'Kolbäck'));
    reports[0].push(report([observation(ORDNING, 'centrum', 'klotter'), observation(HOT, 'Kolbäck', 'klotter')]));
    expect(trendsOf(reports, { areaId: HOT }).areas.map((area) => area.areaId)).toEqual([HOT]);
    const centrum = trendsOf(reports, { omrade: 'CENTRUM' });
    expect(centrum.totalObservations).toBe(4);
    expect(trendsOf(reports).omraden).toEqual([
      { omrade: 'Centrum', total: 4 },
      { omrade: 'Kolbäck', total: 4 },
    ]);
    expect(trendsOf(reports).eventTypes).toEqual([{ id: 'klotter', label: 'Klotter', total: 2 }]);
  });

  test('when whole observations are charted, then the axis ends at a multiple of four (whole steps)', () => {
    expect([0, 1, 4, 5, 9, 16].map((max) => wholeAxisMax([max]))).toEqual([4, 4, 4, 8, 12, 16]);
  });

  test('when 26 periods of the most areas are charted, then the card stays far below the limit and has its text fallbacks', () => {
    const areas = areasFromLabels(
      Array.from({ length: 12 }, (_, n) => `Område i mallen nummer ${n + 1} med ett långt namn`),
    );
    const schedule = SCHEDULE;
    const periods = Array.from({ length: 26 }, (_, n) => periodByIndex(schedule, n));
    const reportsByPeriod = periods.map(() =>
      areas.flatMap((area) => [
        report(Array.from({ length: 5 }, (_, n) => observation(area.id, `Område ${n}`, 'klotter'))),
      ]),
    );
    const group: Group = {
      id: 'g',
      tenantId: 't',
      name: 'EST',
      serviceUrl: 'https://example.test/',
      areas,
      omraden: Array.from({ length: 60 }, (_, n) => `Område ${n}`),
      eventTypes: defaultEventTypes(),
      schedule,
      installedAt: new Date(),
    };
    const trends = compileTrends({
      periodIds: periods.map((period) => period.id),
      reportsByPeriod,
      areas,
      eventTypes: defaultEventTypes(),
    });
    const card = trendsCard(group, { trends, periods, running: [] }, 26, {}, sv);
    const json = JSON.stringify(card);
    expect(Buffer.byteLength(json, 'utf8')).toBeLessThan(28 * 1024);
    expect(json).not.toContain('${');
    const container = (card.body as { type: string; items?: unknown }[]).at(-1) as {
      items: { type: string; fallback?: { type: string } }[];
    };
    const charts = container.items.filter((element) => element.type.startsWith('Chart.'));
    expect(charts.map((chart) => chart.type)).toEqual(['Chart.Line', 'Chart.HorizontalBar', 'Chart.HorizontalBar']);
    expect(charts.every((chart) => chart.fallback?.type === 'Container')).toBe(true);
    const line = charts[0] as unknown as { yMax: unknown; data: { values: { y: unknown }[] }[] };
    expect(line.yMax).toBe(8);
    expect(typeof line.data[0].values[0].y).toBe('number');
  });
});
