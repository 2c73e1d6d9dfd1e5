import { areasFromLabels } from '../../src/domain/areas';
import { compileSituationPicture, type SituationPicture } from '../../src/domain/compile';
import { defaultEventTypes } from '../../src/domain/event-types';
import { compilePlaceMap, placeKey } from '../../src/domain/place-map';
import type { Observation, Report } from '../../src/domain/report';

const AREAS = areasFromLabels(['Ordningsstörning och otrygghet', 'Hot och våld']);
const [ORDNING, HOT] = AREAS.map((area) => area.id);
const PERIODS = ['2026-W41', '2026-W43', '2026-W45'];
let sequence = 0;

const seen = (areaId: string, omrade: string, place?: string, eventTypeId?: string): Observation => ({
  id: `o${(sequence += 1)}`,
  areaId,
  omrade,
  omradeIsOther: false,
  ...(place ? { place } : {}),
  description: 'Klotter på väggen.',
  assessment: 'medel',
  trend: 'okar',
  policeReported: 'nej',
  ...(eventTypeId ? { eventTypeId } : {}),
});
const report = (organisation: string, observations: Observation[]): Report => ({
  groupId: 'g',
  periodId: 'p',
  memberKey: `m${(sequence += 1)}`,
  organisation,
  nothingToReport: observations.length === 0,
  observations,
  version: 1,
  contentHash: 'h',
  submittedAt: new Date('2026-11-01T00:00:00Z'),
});
/** Each period's picture, compiled as the lägesbild compiles it. */
const pictures = (reportsByPeriod: Report[][]): SituationPicture[] =>
  reportsByPeriod.map((reports, index) =>
    compileSituationPicture({
      groupId: 'g',
      periodId: PERIODS[index],
      previousPeriodId: PERIODS[index - 1] ?? '2026-W39',
      areas: AREAS,
      eventTypes: defaultEventTypes(),
      members: [],
      reports,
      previousReports: reportsByPeriod[index - 1] ?? [],
    }),
  );

describe('the map of a span', () => {
  const byPeriod = [
    [report('Polisen', [seen(ORDNING, 'Centrum', 'Stationsparken', 'klotter')])],
    [report('Polisen', [seen(ORDNING, 'centrum ', 'Stationsparken', 'klotter'), seen(HOT, 'Centrum')])],
    [
      report('Polisen', [seen(ORDNING, 'Centrum', 'stationsparken', 'klotter')]),
      report('Skola', [seen(ORDNING, 'Centrum', 'Stationsparken', 'skadegorelse'), seen(HOT, 'Västanfors')]),
    ],
  ];

  test('when places are typed in other cases, then each område and plats is one mark counted per period', () => {
    const map = compilePlaceMap({
      periodIds: PERIODS,
      pictures: pictures(byPeriod),
      omraden: ['Centrum', 'Västanfors', 'Kolarbyn'],
      positions: { [placeKey('Centrum')]: { lat: 59.99, lng: 15.81 } },
    });
    const byKey = new Map(map.places.map((place) => [place.key, place]));
    expect(byKey.get('centrum|')?.counts).toEqual([1, 2, 2]);
    expect(byKey.get('centrum|stationsparken')?.counts).toEqual([1, 1, 2]);
    expect(byKey.get('västanfors|')?.counts).toEqual([0, 0, 1]);
    // An område of the group with nothing reported is still there, to be placed.
    expect(byKey.get('kolarbyn|')?.total).toBe(0);
    expect(byKey.get('centrum|')?.position).toEqual({ lat: 59.99, lng: 15.81 });
    expect(byKey.get('centrum|stationsparken')?.position).toBeUndefined();
    expect(byKey.get('centrum|stationsparken')?.eventTypes).toEqual([
      { label: 'Klotter', count: 3 },
      { label: 'Skadegörelse', count: 1 },
    ]);
    expect(map.areaSeries.find((series) => series.areaId === ORDNING)?.counts).toEqual([1, 1, 2]);
    expect(map.missing).toEqual([]);
  });

  test('when the last period names a recurring hot spot, then the map marks it so', () => {
    const map = compilePlaceMap({
      periodIds: PERIODS,
      pictures: pictures(byPeriod),
      omraden: ['Centrum'],
      positions: {},
    });
    const park = map.places.find((place) => place.key === 'centrum|stationsparken');
    expect(park).toMatchObject({ hotSpot: true, recurring: true });
    expect(map.places.find((place) => place.key === 'västanfors|')?.hotSpot).toBe(false);
  });

  test('when filtered by area or händelsetyp, then only those observations count', () => {
    const input = { periodIds: PERIODS, pictures: pictures(byPeriod), omraden: ['Centrum'], positions: {} };
    const hot = compilePlaceMap({ ...input, filter: { areaId: HOT } });
    expect(hot.places.find((place) => place.key === 'centrum|')?.counts).toEqual([0, 1, 0]);
    const klotter = compilePlaceMap({ ...input, filter: { eventType: 'Klotter' } });
    expect(klotter.places.find((place) => place.key === 'centrum|')?.counts).toEqual([1, 1, 1]);
    expect(klotter.eventTypes).toEqual(['Klotter', 'Skadegörelse']);
  });

  test('when the police’s published text names a place, then the place lists the event, the latest first', () => {
    const event = (id: number, at: string, name: string, summary: string) => ({
      id,
      at: new Date(at),
      location: 'Fagersta',
      type: 'Skadegörelse',
      name,
      summary,
      url: `https://polisen.se/aktuellt/handelser/${id}`,
    });
    const map = compilePlaceMap({
      periodIds: PERIODS,
      pictures: pictures(byPeriod),
      omraden: ['Centrum', 'Västanfors'],
      positions: {},
      policeEvents: [
        event(1, '2026-10-10T20:00:00Z', '10 oktober, Skadegörelse, Fagersta', 'Fönster krossade i Stationsparken.'),
        event(
          2,
          '2026-11-01T20:00:00Z',
          '1 november, Skadegörelse, Fagersta',
          'Klotter vid stationsparken och i centrum.',
        ),
        event(3, '2026-11-02T20:00:00Z', '2 november, Brand, Fagersta', 'Brand i en container i Västanforsområdet.'),
      ],
    });
    const byKey = new Map(map.places.map((place) => [place.key, place.police]));
    expect(byKey.get('centrum|stationsparken')).toEqual({
      count: 2,
      latest: [
        { at: '2026-11-01T20:00:00.000Z', type: 'Skadegörelse', url: 'https://polisen.se/aktuellt/handelser/2' },
        { at: '2026-10-10T20:00:00.000Z', type: 'Skadegörelse', url: 'https://polisen.se/aktuellt/handelser/1' },
      ],
    });
    expect(byKey.get('centrum|')?.count).toBe(1);
    // A name inside another word is no mention: "Västanforsområdet" is not "Västanfors".
    expect(byKey.get('västanfors|')?.count).toBe(0);
  });

  test('when a period has no picture (not published), then it counts nothing and is said', () => {
    const [first, , third] = pictures(byPeriod);
    const map = compilePlaceMap({
      periodIds: PERIODS,
      pictures: [first, undefined, third],
      omraden: [],
      positions: {},
    });
    expect(map.missing).toEqual(['2026-W43']);
    expect(map.places.find((place) => place.key === 'centrum|')?.counts).toEqual([1, 0, 2]);
    // The direction is of the periods with a picture: the missing one is no zero.
    const onlyLast = compilePlaceMap({
      periodIds: PERIODS,
      pictures: [undefined, undefined, third],
      omraden: [],
      positions: {},
    });
    expect(onlyLast.places.find((place) => place.key === 'centrum|')?.direction).toBe('oforandrat');
  });
});
