/**
 * The demo EST group of `npm run demo` (`npm run dev -- --demo`): the Agents Playground's team with
 * eight organisations, 26 periods of reports generated deterministically from the domain's
 * vocabulary (seasons, a recurring hot spot at Stationsparken, one insats there that worked), two
 * medborgarlöften from the test fixtures, and published lägesbilder in the archive. Every name is
 * a role marked "(demo)"; nothing is a real person's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Service } from '../src/compose';
import { areasFromLabels } from '../src/domain/areas';
import { defaultEventTypes } from '../src/domain/event-types';
import { type Group, type GroupMember } from '../src/domain/group';
import { insatsId, type Insats } from '../src/domain/insats';
import { periodByIndex, periodContaining, type ReportingPeriod } from '../src/domain/periods';
import { placeKey } from '../src/domain/place-map';
import { localDate } from '../src/domain/pledge';
import { parsePledgeFile, pledgeFileFormat, pledgeSourceKey } from '../src/domain/pledge-document';
import { reportContentHash, type Observation, type Report } from '../src/domain/report';
import { LOCAL_TAB_USER } from '../src/tab/tab-auth';
import { ROOT } from './dev-stack';
import { mulberry32 } from './random';

/** The Playground's team, tenant and user (its built-in configuration). */
export const DEMO_TEAM = { id: 'team-id', tenantId: '00000000-0000-0000-0000-0000000000001', name: 'My Team' };
export const PLAYGROUND_USER = {
  memberKey: LOCAL_TAB_USER,
  id: 'user-id-0',
  name: 'Alex Wilber',
};

const DEMO_MEMBERS: [key: string, name: string, organisation: string][] = [
  ['demo-kommunpolis', 'Kommunpolisen (demo)', 'Polisen'],
  ['demo-sakerhet', 'Säkerhetssamordnaren (demo)', 'Kommunen (förvaltning)'],
  ['demo-skola', 'Rektorn på Västanforsskolan (demo)', 'Skola'],
  ['demo-bostad', 'Bostadsbolagets förvaltare (demo)', 'Bostadsbolag'],
  ['demo-faltare', 'Fältaren (demo)', 'Fritidsgård/fältare'],
  ['demo-vaktare', 'Väktaren (demo)', 'Väktare/bevakning'],
  ['demo-teknik', 'Gatuchefen (demo)', 'Kommunalteknik (belysning, parker)'],
  ['demo-raddning', 'Räddningstjänsten (demo)', 'Räddningstjänsten'],
];

const PLACES: Record<string, string[]> = {
  Centrum: ['Stationsparken', 'Torget', 'Busstationen'],
  Västanfors: ['Skolgården', 'Idrottsplatsen'],
  Kolarbyn: ['Centrumhuset'],
  'Norra Fagersta': ['Gångtunneln'],
};

/**
 * Where the demo's places are on the map (Fagersta, roughly). Gångtunneln is left without one, so
 * that `saknar plats på kartan` has something to place.
 */
export const DEMO_POSITIONS: [omrade: string, place: string | undefined, lat: number, lng: number][] = [
  ['Centrum', undefined, 59.9938, 15.8165],
  ['Centrum', 'Stationsparken', 59.9926, 15.8141],
  ['Centrum', 'Torget', 59.9946, 15.8172],
  ['Centrum', 'Busstationen', 59.9917, 15.8129],
  ['Västanfors', undefined, 60.0079, 15.7836],
  ['Västanfors', 'Skolgården', 60.0069, 15.7858],
  ['Västanfors', 'Idrottsplatsen', 60.0098, 15.7896],
  ['Kolarbyn', undefined, 59.9861, 15.8332],
  ['Kolarbyn', 'Centrumhuset', 59.9868, 15.8306],
  ['Norra Fagersta', undefined, 60.0151, 15.8049],
];

/** What is seen, by template area: a händelsetyp and a description of places and situations. */
const VOCABULARY: Record<string, [eventTypeId: string, description: string][]> = {
  'ordningsstorning-och-otrygghet': [
    ['klotter', 'Nytt klotter på väggar och bänkar.'],
    ['skadegorelse', 'Krossade rutor i busskuren.'],
    ['nedskrapning', 'Mycket skräp och glas efter helgen.'],
    ['otrygghetsskapande-samling', 'En grupp samlas på kvällarna och skapar otrygghet för förbipasserande.'],
    ['otrygg-fysisk-miljo', 'Trasig belysning och skymd sikt längs gångvägen.'],
  ],
  'hot-och-vald': [
    ['brak-misshandel', 'Bråk mellan några personer vid stängningsdags.'],
    ['hot-mot-anstalld', 'Personal hotades vid tillsägelse.'],
  ],
  'extremism-och-kriminella-natverk': [['ovrigt', 'Propagandaklistermärken uppsatta vid hållplatsen.']],
  'ungdomar-och-skolor': [
    ['otrygghetsskapande-samling', 'Unga samlas sent och det förekommer mopedåkning på gångvägar.'],
    ['misstankt-droghantering', 'Misstänkt langning av alkohol till unga.'],
  ],
  andt: [['misstankt-droghantering', 'Misstänkt narkotikaförsäljning på kvällstid.']],
  ovrigt: [['olovlig-trafik-hoga-hastigheter', 'Höga hastigheter och buskörning på natten.']],
};

/** More is seen in the dark half of the year; young people are out more in summer. */
function seasonal(period: ReportingPeriod, areaId: string): number {
  const month = period.start.getUTCMonth() + 1;
  const dark = [10, 11, 12, 1, 2].includes(month) ? 1.6 : 1;
  const summer = areaId === 'ungdomar-och-skolor' && [6, 7, 8].includes(month) ? 2 : 1;
  return dark * summer;
}

export interface DemoSummary {
  created: boolean;
  reports: number;
  observations: number;
}

/** Seeds the demo group unless it is there already (a second `npm run demo` keeps what you did). */
export async function seedDemo(service: Service, now: Date): Promise<DemoSummary> {
  const { repositories, deps, config } = service;
  if (await repositories.members.get(DEMO_TEAM.id, DEMO_MEMBERS[0][0]))
    return { created: false, reports: 0, observations: 0 };
  // Seeded: the same demo every time.
  const draw = mulberry32(20261201);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(draw() * list.length)];
  const schedule = { ...config.groupDefaults.schedule };
  const last = periodContaining(schedule, now).index - 1;
  const periods = Array.from({ length: 26 }, (_, n) => periodByIndex(schedule, last - 25 + n));
  const group: Group = {
    id: DEMO_TEAM.id,
    tenantId: DEMO_TEAM.tenantId,
    name: DEMO_TEAM.name,
    serviceUrl: 'http://localhost/',
    areas: areasFromLabels(config.groupDefaults.areas),
    omraden: Object.keys(PLACES),
    eventTypes: defaultEventTypes(),
    schedule,
    installedAt: periods[0].start,
  };
  await repositories.groups.createIfMissing(group);
  const members: GroupMember[] = [
    ...DEMO_MEMBERS.map(([memberKey, name, organisation]) => ({
      groupId: group.id,
      memberKey,
      teamsUserId: `29:${memberKey}`,
      name,
      role: 'member' as const,
      organisation,
      excluded: false,
      active: true,
      joinedAt: periods[0].start,
    })),
    {
      groupId: group.id,
      memberKey: PLAYGROUND_USER.memberKey,
      teamsUserId: PLAYGROUND_USER.id,
      aadObjectId: PLAYGROUND_USER.memberKey,
      name: PLAYGROUND_USER.name,
      role: 'member',
      organisation: 'Kommunen (förvaltning)',
      excluded: false,
      active: true,
      joinedAt: periods[0].start,
    },
  ];
  await repositories.members.upsertFromRoster(members);
  for (const member of members) {
    if (member.organisation) {
      await repositories.members.updateAdministration(group.id, member.memberKey, {
        organisation: member.organisation,
      });
    }
  }
  await repositories.members.setRole(group.id, PLAYGROUND_USER.memberKey, 'samordnare');
  for (const [omrade, place, lat, lng] of DEMO_POSITIONS) {
    await repositories.positions.set(group.id, placeKey(omrade, place), { lat, lng });
  }

  // The insats that worked: better lighting and safety walks at Stationsparken, half a year ago.
  const insatsPeriod = periods[12];
  const insatsEnd = periodByIndex(schedule, insatsPeriod.index + 1);
  const unknown = Object.keys(VOCABULARY).filter((areaId) => !group.areas.some((area) => area.id === areaId));
  if (unknown.length > 0) throw new Error(`demo vocabulary names areas the group does not have: ${unknown.join(', ')}`);
  let reports = 0;
  let observations = 0;
  for (const [index, period] of periods.entries()) {
    for (const [memberKey, , organisation] of DEMO_MEMBERS) {
      if (draw() < 0.12) continue;
      const seen: Observation[] = [];
      for (const [areaId, vocabulary] of Object.entries(VOCABULARY)) {
        const expected = 0.22 * seasonal(period, areaId);
        if (draw() > expected) continue;
        const [eventTypeId, description] = pick(vocabulary);
        const omrade = pick(Object.keys(PLACES));
        seen.push(
          observationOf(
            `${period.id}-${memberKey}-${seen.length}`,
            areaId,
            omrade,
            pick(PLACES[omrade]),
            eventTypeId,
            description,
            period,
            draw,
          ),
        );
      }
      // The recurring hot spot, seen by several organisations until the insats, rarely after it.
      const hotSpotChance = index <= 13 ? 0.55 : 0.08;
      if (
        ['Polisen', 'Väktare/bevakning', 'Kommunalteknik (belysning, parker)', 'Bostadsbolag'].includes(organisation) &&
        draw() < hotSpotChance
      ) {
        seen.push(
          observationOf(
            `${period.id}-${memberKey}-hs`,
            'ordningsstorning-och-otrygghet',
            'Centrum',
            'Stationsparken',
            'otrygg-fysisk-miljo',
            'Mörkt och skymd sikt i parken; en grupp samlas och skapar otrygghet på kvällarna.',
            period,
            draw,
          ),
        );
      }
      const report: Report = {
        groupId: group.id,
        periodId: period.id,
        memberKey,
        organisation,
        nothingToReport: seen.length === 0,
        observations: seen,
        version: 1,
        contentHash: reportContentHash(seen.length === 0, seen),
        submittedAt: new Date(period.deadline.getTime() - 2 * 24 * 3600_000),
      };
      await repositories.reports.submit(report, {});
      reports += 1;
      observations += seen.length;
    }
  }

  const samordnare = { memberKey: PLAYGROUND_USER.memberKey, name: PLAYGROUND_USER.name };
  const insats: Insats = {
    id: insatsId(1),
    number: 1,
    groupId: group.id,
    what: 'Bättre belysning, gallring av buskage och trygghetsvandringar i Stationsparken',
    omrade: 'Centrum',
    place: 'Stationsparken',
    links: [{ kind: 'hotSpot', periodId: insatsPeriod.id, omrade: 'Centrum', place: 'Stationsparken' }],
    ownerOrganisation: 'Kommunalteknik (belysning, parker)',
    start: localDate(insatsPeriod.start),
    due: localDate(new Date(insatsEnd.end.getTime() - 1)),
    target: 'All belysning i parken lagad och två trygghetsvandringar',
    status: 'genomford',
    doneOn: localDate(new Date(insatsEnd.end.getTime() - 1)),
    periodId: insatsPeriod.id,
    createdAt: insatsPeriod.deadline,
    createdBy: samordnare,
  };
  await repositories.insatser.create(insats);
  for (const [status, at, comment] of [
    ['planerad', insatsPeriod.deadline, ''],
    ['genomford', insatsEnd.end, 'Tolv nya armaturer, buskaget gallrat, två trygghetsvandringar med boende.'],
  ] as const) {
    await repositories.insatser.addUpdate(group.id, {
      insatsId: insats.id,
      status,
      comment,
      byName: samordnare.name,
      byMemberKey: samordnare.memberKey,
      at,
    });
  }

  // Two medborgarlöften from the fixtures, moved to this year.
  const year = String(new Date(now).getFullYear());
  const shift = (text: string) => text.replace(/20(22|23)-/g, `${year}-`);
  for (const file of ['arboga-2023.json', 'fagersta-2022.csv']) {
    const source = shift(readFileSync(join(ROOT, 'tests', 'fixtures', file), 'utf8'));
    const document = parsePledgeFile(pledgeFileFormat(file)!, source);
    if (document.ok) await deps.pledges.importDocument(group, document.document, pledgeSourceKey(source));
  }

  // The last four lägesbilder, as they were published to the team's General channel.
  for (const period of periods.slice(-4)) {
    const compiled = await deps.situationPictures.compile(group, period);
    await repositories.publications.create({
      groupId: group.id,
      periodId: period.id,
      content: {
        picture: { ...compiled.picture, participation: { ...compiled.picture.participation, missing: [] } },
        participationByOrganisation: true,
        analysis:
          'DEMODATA – påhittade observationer för att visa vad boten kan. Lugnare i Centrum sedan belysningen i Stationsparken byttes.',
        insatser: '',
        insatsSection: compiled.insatser,
        trend: compiled.trend,
        pledgesDue: compiled.pledgesDue,
        pledgeStatus: compiled.pledgeStatus,
      },
      contentHash: reportContentHash(false, []),
      publishedBy: samordnare,
      publishedAt: new Date(period.deadline.getTime() + 24 * 3600_000),
      channel: { teamId: group.id, channelId: group.id, name: `${DEMO_TEAM.name} – General` },
      state: 'published',
    });
  }
  return { created: true, reports, observations };
}

function observationOf(
  id: string,
  areaId: string,
  omrade: string,
  place: string,
  eventTypeId: string,
  description: string,
  period: ReportingPeriod,
  draw: () => number,
): Observation {
  const day = new Date(period.start.getTime() + Math.floor(draw() * 13) * 24 * 3600_000);
  return {
    id,
    areaId,
    omrade,
    omradeIsOther: false,
    place,
    date: localDate(day),
    timeOfDay: draw() < 0.6 ? 'kvall' : draw() < 0.5 ? 'natt' : 'dag',
    description,
    assessment: draw() < 0.2 ? 'hog' : draw() < 0.6 ? 'medel' : 'lag',
    trend: draw() < 0.4 ? 'okar' : draw() < 0.7 ? 'oforandrat' : 'minskar',
    policeReported: draw() < 0.3 ? 'ja' : 'nej',
    eventTypeId,
  };
}
