import { areasFromLabels } from '../../src/domain/areas';
import { compileSituationPicture, type CompileInput } from '../../src/domain/compile';
import { defaultEventTypes } from '../../src/domain/event-types';
import { DEFAULT_AREA_LABELS, UNKNOWN_ORGANISATION, type GroupMember } from '../../src/domain/group';
import type { Observation, Report } from '../../src/domain/report';
import { organisationName, textsFor } from '../../src/i18n';

/** Fixtures modelled on the seeds: Fagersta's six areas and places, Hallstahammar's Kolbäck. */
const AREAS = areasFromLabels(DEFAULT_AREA_LABELS);
const [ORDNING, HOT, , UNGDOMAR, ANDT] = AREAS.map((area) => area.id);
const at = new Date('2026-12-02T10:00:00Z');

const member = (key: string, name: string, organisation?: string): GroupMember => ({
  groupId: 'g',
  memberKey: key,
  teamsUserId: `29:${key}`,
  name,
  role: 'member',
  organisation,
  excluded: false,
  active: true,
  joinedAt: at,
});
const MEMBERS = [
  member('polis', 'Per Polis', 'Polisen'),
  member('skola', 'Siv Skola', 'Skola'),
  member('bostad', 'Bo Bostad', 'Bostadsbolag'),
  member('vakt', 'Vera Väktare', 'Väktare/bevakning'),
];

let nextId = 0;
const observation = (
  areaId: string,
  omrade: string,
  place: string | undefined,
  extra: Partial<Observation> = {},
): Observation => ({
  id: `o${(nextId += 1)}`,
  areaId,
  omrade,
  omradeIsOther: false,
  place,
  timeOfDay: 'kvall',
  description: `Iakttagelse ${nextId}`,
  assessment: 'medel',
  trend: 'oforandrat',
  policeReported: 'nej',
  ...extra,
});
const report = (memberKey: string, observations: Observation[], periodId = '2026-W47'): Report => ({
  groupId: 'g',
  periodId,
  memberKey,
  organisation: MEMBERS.find((candidate) => candidate.memberKey === memberKey)?.organisation,
  nothingToReport: observations.length === 0,
  observations,
  version: 1,
  contentHash: 'h',
  submittedAt: at,
});
const input = (reports: Report[], previousReports: Report[] = []): CompileInput => ({
  groupId: 'g',
  periodId: '2026-W47',
  previousPeriodId: '2026-W45',
  areas: AREAS,
  eventTypes: defaultEventTypes(),
  members: MEMBERS,
  reports,
  previousReports,
});

describe('compiling the gemensam lägesbild', () => {
  test('when a member’s organisation is not set, then the picture holds the mark for it (no language stored), and each reader reads it in theirs', () => {
    const unset = { ...input([report('anon', [observation(ORDNING, 'Centrum', 'Torget')])]) };
    unset.members = [...MEMBERS, member('anon', 'Anna Annan')];
    const picture = compileSituationPicture(unset);
    expect(picture.hotSpots.flatMap((spot) => spot.organisations)).toEqual([]);
    expect(
      picture.areas.flatMap((area) =>
        area.places.flatMap((place) => place.observations.map((item) => item.organisation)),
      ),
    ).toEqual([UNKNOWN_ORGANISATION]);
    expect(picture.participation.byOrganisation.map((row) => row.organisation)).toContain(UNKNOWN_ORGANISATION);
    expect(organisationName(textsFor('sv'), UNKNOWN_ORGANISATION)).toBe('Organisation ej angiven');
    expect(organisationName(textsFor('en'), UNKNOWN_ORGANISATION)).toBe('Organisation not set');
    expect(organisationName(textsFor('en'), 'Polisen')).toBe('Polisen');
  });

  test('when observations carry händelsetyper, then they are counted per type and area against the previous period; those without a type only in their area', () => {
    const picture = compileSituationPicture(
      input(
        [
          report('polis', [
            observation(ORDNING, 'Centrum', 'Stationsparken', { eventTypeId: 'klotter' }),
            observation(ORDNING, 'Centrum', undefined, { eventTypeId: 'klotter' }),
            observation(HOT, 'Centrum', undefined, { eventTypeId: 'bra-k-misshandel' }),
            observation(HOT, 'Centrum', undefined),
          ]),
        ],
        [report('skola', [observation(ORDNING, 'Centrum', undefined, { eventTypeId: 'inbrott' })], '2026-W45')],
      ),
    );
    expect(picture.eventTypes).toEqual([
      { id: 'klotter', label: 'Klotter', count: 2, previousCount: 0 },
      { id: 'bra-k-misshandel', label: 'bra-k-misshandel', count: 1, previousCount: 0 },
      { id: 'inbrott', label: 'Inbrott', count: 0, previousCount: 1 },
    ]);
    const ordning = picture.areas.find((area) => area.areaId === ORDNING)!;
    expect(ordning.eventTypes.map((row) => [row.id, row.count, row.previousCount])).toEqual([
      ['klotter', 2, 0],
      ['inbrott', 0, 1],
    ]);
    expect(picture.areas.find((area) => area.areaId === HOT)?.count).toBe(2);
    expect(ordning.places[0].observations[0].eventType).toBe('Klotter');
  });

  test('when nobody has reported, then participation is 0 of N, every area is empty and there are no hot spots', () => {
    const picture = compileSituationPicture(input([]));
    expect(picture.participation).toMatchObject({
      answered: 0,
      total: 4,
      missing: ['Bo Bostad', 'Per Polis', 'Siv Skola', 'Vera Väktare'],
    });
    expect(picture.areas.map((area) => area.count)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(picture.hotSpots).toEqual([]);
    expect(picture.mainChanges).toEqual([]);
    expect(picture.totalObservations).toBe(0);
  });

  test('when the period is empty after a busy one, then the changes show the drop', () => {
    const previous = [
      report(
        'polis',
        [
          observation(ORDNING, 'Centrum', 'Stationsparken'),
          observation(ORDNING, 'Centrum', undefined),
          observation(ANDT, 'Västanfors', undefined),
        ],
        '2026-W45',
      ),
    ];
    const picture = compileSituationPicture(input([], previous));
    expect(picture.mainChanges).toEqual([
      { areaId: ORDNING, label: 'Ordningsstörning och otrygghet', count: 0, previousCount: 2 },
      { areaId: ANDT, label: 'ANDT (alkohol, narkotika, dopning, tobak)', count: 0, previousCount: 1 },
    ]);
  });

  test('when a member only answered "inget att rapportera", then they count as answered and add no observations', () => {
    const picture = compileSituationPicture(input([report('skola', [])]));
    expect(picture.participation).toMatchObject({ answered: 1, total: 4, nothingToReport: 1 });
    expect(picture.participation.byOrganisation.find((row) => row.organisation === 'Skola')).toEqual({
      organisation: 'Skola',
      answered: 1,
      total: 1,
    });
    expect(picture.totalObservations).toBe(0);
  });

  test('when several organisations report, then areas count, order by seriousness, share polisanmält and sum the members’ trends', () => {
    const picture = compileSituationPicture(
      input(
        [
          report('polis', [
            observation(ORDNING, 'Centrum', 'Stationsparken', {
              assessment: 'lag',
              policeReported: 'ja',
              trend: 'okar',
            }),
            observation(ORDNING, 'Kolarbyn', undefined, { assessment: 'hog', trend: 'okar' }),
            observation(HOT, 'Västanfors', 'Bensingatan', { assessment: 'hog', policeReported: 'ja' }),
          ]),
          report('bostad', [
            observation(ORDNING, 'centrum', 'stationsparken ', { assessment: 'hog', trend: 'minskar' }),
          ]),
          report('skola', []),
        ],
        [report('polis', [observation(UNGDOMAR, 'Centrum', undefined)], '2026-W45')],
      ),
    );
    const ordning = picture.areas.find((area) => area.areaId === ORDNING)!;
    expect(ordning).toMatchObject({
      count: 3,
      previousCount: 0,
      high: 2,
      memberTrends: { okar: 2, oforandrat: 0, minskar: 1, 'vet-ej': 0 },
    });
    expect(ordning.policeReportedShare).toBeCloseTo(1 / 3);
    // Stationsparken, named twice in different spelling, is one place; its most serious observation comes first.
    expect(
      ordning.places.map((place) => [place.omrade, place.place, place.observations.map((item) => item.assessment)]),
    ).toEqual([
      ['Centrum', 'Stationsparken', ['hog', 'lag']],
      ['Kolarbyn', undefined, ['hog']],
    ]);
    expect(ordning.places[0].observations.map((item) => item.organisation)).toEqual(['Bostadsbolag', 'Polisen']);
    expect(picture.participation).toMatchObject({ answered: 3, total: 4, missing: ['Vera Väktare'] });
    expect(picture.mainChanges.map((change) => [change.label, change.previousCount, change.count])).toEqual([
      ['Ordningsstörning och otrygghet', 0, 3],
      ['Hot och våld', 0, 1],
      ['Ungdomar och skolor', 1, 0],
    ]);
  });

  test('when a place is named by two organisations, or again after the previous period, then it is a hot spot', () => {
    const picture = compileSituationPicture(
      input(
        [
          report('polis', [observation(ORDNING, 'Centrum', 'Stationsparken'), observation(ANDT, 'Kolbäck', undefined)]),
          report('vakt', [observation(HOT, 'Centrum', 'Stationsparken')]),
        ],
        [report('skola', [observation(ANDT, 'Kolbäck', undefined)], '2026-W45')],
      ),
    );
    expect(picture.hotSpots).toEqual([
      {
        omrade: 'Centrum',
        place: 'Stationsparken',
        organisations: ['Polisen', 'Väktare/bevakning'],
        observations: 2,
        recurring: false,
      },
      { omrade: 'Kolbäck', place: undefined, organisations: ['Polisen'], observations: 1, recurring: true },
    ]);
  });

  test('when the lägesbild is compiled, then no member name or key appears with an observation', () => {
    const picture = compileSituationPicture(
      input([report('polis', [observation(ORDNING, 'Centrum', undefined)]), report('bostad', [])]),
    );
    const areas = JSON.stringify(picture.areas) + JSON.stringify(picture.hotSpots);
    for (const person of MEMBERS) {
      expect(areas).not.toContain(person.name);
      expect(areas).not.toContain(person.memberKey);
    }
    expect(areas).toContain('Polisen');
  });
});
