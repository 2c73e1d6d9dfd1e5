import { areasFromLabels } from '../../src/domain/areas';
import { defaultEventTypes } from '../../src/domain/event-types';
import { type Group } from '../../src/domain/group';
import {
  defaultPoliceLocations,
  DEFAULT_POLICE_TYPE_MAP,
  fetchBackoffMs,
  MIN_FETCH_SPACING_MS,
  parseApiEvents,
  parseEventTime,
  type PoliceEvent,
} from '../../src/domain/police-events';
import { compilePoliceSection, policeSeries, resolvePoliceTypeMap } from '../../src/domain/police-section';
import { parsePoliceForm, policeForm, policeSettingsOf } from '../../src/domain/police-settings';
import type { Observation } from '../../src/domain/report';

const ORIGIN = 'https://polisen.se';

const event = (id: number, type: string, at: string, summary = 'Polisen var på plats.'): PoliceEvent => ({
  id,
  at: new Date(at),
  location: 'Fagersta',
  type,
  name: `${at}, ${type}, Fagersta`,
  summary,
  url: `${ORIGIN}/aktuellt/handelser/${id}/`,
});

describe('the police’s published events', () => {
  test.each([
    ['2026-11-29 21:05:12 +01:00', '2026-11-29T20:05:12.000Z'],
    ['2026-11-29 7:05:12 +01:00', '2026-11-29T06:05:12.000Z'],
    // Summer time: the offset is +02:00.
    ['2026-07-01 12:00:00 +02:00', '2026-07-01T10:00:00.000Z'],
    // The night summer time begins (29 March 2026): 01:59 +01:00 and 03:00 +02:00 are one minute apart.
    ['2026-03-29 01:59:00 +01:00', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29 03:00:00 +02:00', '2026-03-29T01:00:00.000Z'],
    // And the night it ends (25 October 2026): 02:30 happens twice, told apart by the offset.
    ['2026-10-25 02:30:00 +02:00', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25 02:30:00 +01:00', '2026-10-25T01:30:00.000Z'],
    ['2026-11-29T21:05:12+0100', '2026-11-29T20:05:12.000Z'],
  ])('when the API says %s, then the instant is %s', (value, iso) => {
    expect(parseEventTime(value)?.toISOString()).toBe(iso);
  });

  test.each([
    ['2026-11-29'],
    ['29/11/2026 21:05'],
    ['2026-13-01 10:00:00 +01:00'],
    ['2026-11-29 25:00:00 +01:00'],
    [''],
  ])('when the time is %p, then it is no time', (value) => {
    expect(parseEventTime(value)).toBeUndefined();
  });

  test('when the answer holds malformed events, then the good ones are kept and the rest counted as skipped', () => {
    const good = {
      id: 1,
      datetime: '2026-11-29 21:05:12 +01:00',
      name: '29 november 21:05, Inbrott, Fagersta',
      summary: 'Inbrott i källare.',
      url: '/aktuellt/handelser/2026/november/29/inbrott-fagersta/',
      type: 'Inbrott',
      location: { name: 'Fagersta', gps: '60.0,15.8' },
    };
    const { events, skipped } = parseApiEvents(
      [
        good,
        { ...good, id: 'två' },
        { ...good, id: 3, datetime: 'igår' },
        { ...good, id: 4, url: 'https://evil.example/phish' },
        { ...good, id: 5, location: {} },
        { ...good, id: 6, summary: 'x'.repeat(5000) },
        null,
        'text',
      ],
      ORIGIN,
    );
    expect(events).toEqual([
      {
        id: 1,
        at: new Date('2026-11-29T20:05:12Z'),
        location: 'Fagersta',
        type: 'Inbrott',
        name: good.name,
        summary: good.summary,
        url: 'https://polisen.se/aktuellt/handelser/2026/november/29/inbrott-fagersta/',
      },
    ]);
    expect(skipped).toBe(7);
    expect(parseApiEvents({ error: 'x' }, ORIGIN)).toEqual({ events: [], skipped: 1 });
  });

  test('when the section is compiled, then it counts per type against the previous period, links the five latest, and leaves out summaries', () => {
    const events = [
      event(1, 'Inbrott', '2026-11-17T10:00:00Z'),
      event(2, 'Inbrott', '2026-11-18T10:00:00Z', 'Inbrott i en källare i Centrum.'),
      event(3, 'Skadegörelse', '2026-11-19T10:00:00Z', 'Skadegörelse vid Västanfors skola.'),
      event(4, 'Sammanfattning natt', '2026-11-20T05:00:00Z'),
      event(5, 'Brand', '2026-11-21T10:00:00Z'),
      event(6, 'Trafikolycka', '2026-11-22T10:00:00Z'),
      event(7, 'Misshandel', '2026-11-23T10:00:00Z'),
    ];
    const previous = [event(8, 'Inbrott', '2026-11-05T10:00:00Z'), event(9, 'Rån', '2026-11-06T10:00:00Z')];
    const eventTypes = defaultEventTypes();
    const observations = [
      { omrade: 'Centrum', eventTypeId: 'inbrott' },
      { omrade: 'Kolarbyn', eventTypeId: 'klotter' },
      { omrade: 'Centrum', eventTypeId: 'skadegorelse' },
    ] as Observation[];
    const section = compilePoliceSection({
      locations: ['Fagersta'],
      events,
      previousEvents: previous,
      observations,
      eventTypes,
      areas: [],
      omraden: ['Centrum', 'Västanfors', 'Kolarbyn'],
      typeMap: resolvePoliceTypeMap(undefined, eventTypes, [], DEFAULT_POLICE_TYPE_MAP),
    });
    expect(section.total).toBe(6);
    expect(section.previousTotal).toBe(2);
    expect(section.types[0]).toEqual({ type: 'Inbrott', count: 2, previousCount: 1 });
    expect(section.types).toContainEqual({ type: 'Rån', count: 0, previousCount: 1 });
    expect(section.types.map((row) => row.type)).not.toContain('Sammanfattning natt');
    expect(section.recent.map((row) => row.type)).toEqual([
      'Misshandel',
      'Trafikolycka',
      'Brand',
      'Skadegörelse',
      'Inbrott',
    ]);
    expect(JSON.stringify(section)).not.toContain('källare');
    expect(section.sideBySide).toEqual([
      {
        label: 'Skadegörelse',
        members: 1,
        police: 1,
        omraden: [
          { omrade: 'Centrum', members: 1, police: 0 },
          { omrade: 'Västanfors', members: 0, police: 1 },
        ],
      },
      { label: 'Anlagd brand', members: 0, police: 1, omraden: [] },
      { label: 'Bråk/misshandel', members: 0, police: 1, omraden: [] },
      { label: 'Inbrott', members: 1, police: 2, omraden: [{ omrade: 'Centrum', members: 1, police: 1 }] },
    ]);
  });

  test('when a police type counts as an area of the template, then the members’ observations in that area stand beside it', () => {
    const areas = areasFromLabels(['Hot och våld', 'Övrigt']);
    const group = { name: 'EST Fagersta', eventTypes: defaultEventTypes(), areas } as Group;
    const form = parsePoliceForm(group, {
      polisorter: 'Fagersta',
      polistyper: 'Misshandel = Hot och våld\nRån = Bråk/misshandel',
    });
    expect(form).toEqual({
      ok: true,
      police: { locations: ['Fagersta'], typeMap: { Misshandel: 'area:hot-och-vald', Rån: 'brak-misshandel' } },
    });
    const typeMap = policeSettingsOf({ ...group, police: form.ok ? form.police : undefined }).typeMap;
    const section = compilePoliceSection({
      locations: ['Fagersta'],
      events: [event(1, 'Misshandel', '2026-11-17T10:00:00Z'), event(2, 'Misshandel', '2026-11-18T10:00:00Z')],
      previousEvents: [],
      observations: [{ omrade: 'Centrum', areaId: 'hot-och-vald' }] as Observation[],
      eventTypes: group.eventTypes,
      areas,
      omraden: ['Centrum'],
      typeMap,
    });
    expect(section.sideBySide).toEqual([
      { label: 'Hot och våld', members: 1, police: 2, omraden: [{ omrade: 'Centrum', members: 1, police: 0 }] },
    ]);
    expect(policeForm({ ...group, police: form.ok ? form.police : undefined }).polistyper).toBe(
      'Misshandel = Hot och våld\nRån = Bråk/misshandel',
    );
  });

  test('when a span is counted, then each type has its count per period and the totals add up', () => {
    const series = policeSeries(
      ['Fagersta'],
      [
        [event(1, 'Inbrott', '2026-11-03T10:00:00Z'), event(2, 'Brand', '2026-11-04T10:00:00Z')],
        [],
        [event(3, 'Inbrott', '2026-12-01T10:00:00Z'), event(4, 'Uppdatering', '2026-12-01T11:00:00Z')],
      ],
    );
    expect(series.types).toEqual([
      { type: 'Inbrott', counts: [1, 0, 1], total: 2 },
      { type: 'Brand', counts: [1, 0, 0], total: 1 },
    ]);
    expect(series.totals).toEqual([2, 0, 1]);
  });

  test('when a group has set nothing, then its name without “EST” is the location and the default types map by label', () => {
    expect(defaultPoliceLocations('EST Fagersta')).toEqual(['Fagersta']);
    expect(defaultPoliceLocations('EST-gruppen Arboga kommun')).toEqual(['Arboga']);
    expect(defaultPoliceLocations('EST')).toEqual([]);
    const group = { name: 'EST Fagersta', eventTypes: defaultEventTypes(), areas: [] } as unknown as Group;
    const settings = policeSettingsOf(group);
    expect(settings.locations).toEqual(['Fagersta']);
    expect(settings.typeMap.Inbrott).toBe('inbrott');
    expect(settings.typeMap['Misshandel, grov']).toBe('brak-misshandel');
  });

  test('when the samordnare writes the settings, then names and lines are read, and a wrong line is named', () => {
    const group = { name: 'EST Fagersta', eventTypes: defaultEventTypes(), areas: [] } as unknown as Group;
    expect(
      parsePoliceForm(group, {
        polisorter: 'Fagersta\nNorberg; Fagersta',
        polistyper: 'Rån = Bråk/misshandel\nInbrott=inbrott',
      }),
    ).toEqual({
      ok: true,
      police: { locations: ['Fagersta', 'Norberg'], typeMap: { Rån: 'brak-misshandel', Inbrott: 'inbrott' } },
    });
    expect(parsePoliceForm(group, { polisorter: 'Fagersta', polistyper: 'Rån' })).toEqual({
      ok: false,
      field: 'polistyper',
      error: 'policeTypeLine',
    });
    expect(parsePoliceForm(group, { polisorter: 'Fagersta', polistyper: 'Rån = Finns inte' })).toEqual({
      ok: false,
      field: 'polistyper',
      error: 'policeTypeUnknown',
    });
    expect(
      parsePoliceForm(group, {
        polisorter: Array.from({ length: 11 }, (_, n) => `Ort ${n}`).join('\n'),
        polistyper: '',
      }),
    ).toEqual({
      ok: false,
      field: 'polisorter',
      error: 'policeLocationsTooMany',
    });
  });

  test('when fetches fail, then the wait doubles from two minutes to an hour, and a longer Retry-After wins', () => {
    expect(fetchBackoffMs(1)).toBe(2 * 60_000);
    expect(fetchBackoffMs(2)).toBe(4 * 60_000);
    expect(fetchBackoffMs(10)).toBe(60 * 60_000);
    expect(fetchBackoffMs(1, 3600 * 3)).toBe(3 * 3600_000);
    expect(fetchBackoffMs(1)).toBeGreaterThanOrEqual(MIN_FETCH_SPACING_MS);
  });
});
