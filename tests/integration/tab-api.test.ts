import { DEMO_TEAM, PLAYGROUND_USER, seedDemo } from '../../scripts/demo-data';
import { composeService, type Service } from '../../src/compose';
import { loadConfig } from '../../src/config/load-config';
import { FixedClock } from '../../src/domain/clock';
import type { Group } from '../../src/domain/group';
import type { MapPlace } from '../../src/domain/place-map';
import { listen } from '../../src/http/server';
import { createLogger } from '../../src/logger';
import { BotFrameworkTokens, forgersKey } from '../helpers/bot-framework-tokens';
import { testConnectionString, uniqueTablePrefix } from '../helpers/tables';

const APP_ID = '6f0d1c1e-3333-4c1e-8f0d-1c1e6f0d1c1e';
const APP_ID_URI = `api://lagesbild.test/${APP_ID}`;
const TENANT = '00000000-0000-0000-0000-000000000001';
const OTHER_TENANT = 'bbbbbbbb-0000-0000-0000-000000000002';
/** Someone in the council's team, not in the EST group. */
const COUNCIL_MEMBER = 'cccccccc-0000-0000-0000-000000000003';
const COUNCIL_TEAM = '19:council-team@thread.tacv2';
/** The service's clock: tokens are signed and checked against it, never the machine's. */
const NOW = new Date('2026-12-05T12:00:00Z');
/** A description the demo's members wrote: it may never leave the service through the tab. */
const REPORT_TEXT = 'Krossade rutor i busskuren.';

interface MapAnswer {
  periodIds: string[];
  missing: string[];
  places: MapPlace[];
  view: string;
  mayPlace: boolean;
}

describe('the Lägesbild tab’s API, behind Teams single sign-on', () => {
  const entra = new BotFrameworkTokens('https://login.test/{tenantid}/v2.0');
  const logs: Record<string, unknown>[] = [];
  let service: Service;
  let url: string;
  let group: Group;

  beforeAll(async () => {
    await entra.start();
    const config = loadConfig({
      STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: uniqueTablePrefix(),
      HOST: '127.0.0.1',
      SCHEDULER_ENABLED: 'false',
      JOBS_SECRET: 'tab-test-jobs-secret-0123456789abcdef',
      POLICE_EVENTS_ENABLED: 'false',
      ALLOWED_TENANT_IDS: TENANT,
      TAB_APP_ID_URI: APP_ID_URI,
      TAB_OPENID_METADATA_URL: entra.metadataUrl,
      MAP_TILE_URL: 'none',
    });
    const destination = { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) };
    service = await composeService(config, createLogger('warn', destination), { clock: new FixedClock(NOW) });
    await seedDemo(service, NOW);
    group = (await service.repositories.groups.get(DEMO_TEAM.id))!;
    // The council sits in a team of its own, where the bot is installed too.
    await service.repositories.groups.createIfMissing({ ...group, id: COUNCIL_TEAM, name: 'Trygghetsrådet' });
    await service.repositories.members.upsertFromRoster([
      {
        groupId: COUNCIL_TEAM,
        memberKey: COUNCIL_MEMBER,
        teamsUserId: '29:council-member',
        aadObjectId: COUNCIL_MEMBER,
        name: 'Ledamot',
        role: 'member',
        excluded: false,
        active: true,
        joinedAt: NOW,
      },
    ]);
    const council = {
      teamId: COUNCIL_TEAM,
      channelId: COUNCIL_TEAM,
      name: 'Rådet',
      tenantId: TENANT,
      serviceUrl: group.serviceUrl,
    };
    await service.repositories.groups.updateSettings({ ...group, council });
    group = { ...group, council };
    ({ url } = await listen(service.server, 0, '127.0.0.1'));
  }, 120_000);
  afterAll(async () => {
    service.server.close();
    await entra.stop();
  });

  const token = (claims: Record<string, unknown> = {}) => {
    const now = Math.floor(NOW.getTime() / 1000);
    return entra.sign({
      iss: `https://login.test/${TENANT}/v2.0`,
      aud: APP_ID_URI,
      tid: TENANT,
      oid: PLAYGROUND_USER.memberKey,
      iat: now - 60,
      nbf: now - 60,
      exp: now + 3600,
      ...claims,
    });
  };
  /** `null`: no Authorization header at all. */
  const get = (path: string, bearer: string | null = token()) =>
    fetch(`${url}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
  const put = (body: unknown, bearer = token()) =>
    fetch(`${url}/api/tab/groups/${encodeURIComponent(DEMO_TEAM.id)}/positions`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const mapPath = (view: 'team' | 'council', span = 13) =>
    `/api/tab/groups/${encodeURIComponent(DEMO_TEAM.id)}/map?view=${view}&span=${span}`;

  test('when a member asks with a valid token, then the map has the group’s figures as its trends compile them', async () => {
    const response = await get(mapPath('team'));
    expect(response.status).toBe(200);
    const body = await response.text();
    const map = JSON.parse(body) as MapAnswer;
    expect(map.view).toBe('team');
    expect(map.mayPlace).toBe(true);
    const { trends } = await service.deps.trends.trends(group, 13);
    expect(map.periodIds).toEqual(trends.periodIds);
    const omraden = map.places.filter((place) => !place.place);
    for (const { omrade, total } of trends.omraden) {
      expect(omraden.find((place) => place.omrade === omrade)?.total).toBe(total);
    }
    expect(omraden.reduce((sum, place) => sum + place.total, 0)).toBe(trends.totalObservations);
    expect(body).not.toContain(REPORT_TEXT);
  });

  test('when the token is for another audience, expired, forged or missing, then 401 and nothing else', async () => {
    const refused = [
      token({ aud: 'api://elsewhere.test/00000000-0000-0000-0000-000000000009' }),
      token({ exp: Math.floor(NOW.getTime() / 1000) - 3600, iat: Math.floor(NOW.getTime() / 1000) - 7200 }),
      entra.sign({ ...JSON.parse(Buffer.from(token().split('.')[1], 'base64url').toString()) }, forgersKey()),
      token({ tid: OTHER_TENANT, iss: `https://login.test/${OTHER_TENANT}/v2.0` }),
      token({ iss: `https://login.test/${OTHER_TENANT}/v2.0` }),
      'not-a-token',
      null,
    ];
    for (const bearer of refused) {
      const response = await get(mapPath('team'), bearer);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'unauthorized' });
    }
    expect(
      logs.filter((line) => line.msg === 'tab request refused' && line.level === 40).length,
    ).toBeGreaterThanOrEqual(refused.length);
    expect(logs.some((line) => line.level === 50)).toBe(false);
  });

  test('when the token names the app by its id, then it is taken as the application ID URI is', async () => {
    expect((await get(mapPath('team'), token({ aud: APP_ID }))).status).toBe(200);
  });

  test('when a signed-in user is no member of the group, then 403, and their group list is empty', async () => {
    const stranger = token({ oid: 'dddddddd-0000-0000-0000-000000000004' });
    expect((await get(mapPath('team'), stranger)).status).toBe(403);
    expect((await get(mapPath('council'), stranger)).status).toBe(403);
    expect(await (await get('/api/tab/groups', stranger)).json()).toEqual({ groups: [] });
  });

  test('when a member of the council’s team asks, then only the council’s view answers, from what was published', async () => {
    const councilToken = token({ oid: COUNCIL_MEMBER });
    expect((await get(mapPath('team'), councilToken)).status).toBe(403);
    const groups = (await (await get('/api/tab/groups', councilToken)).json()) as {
      groups: { id: string; view: string }[];
    };
    expect(groups.groups).toContainEqual(expect.objectContaining({ id: DEMO_TEAM.id, view: 'council' }));
    const response = await get(mapPath('council'), councilToken);
    expect(response.status).toBe(200);
    const body = await response.text();
    const map = JSON.parse(body) as MapAnswer;
    expect(map.mayPlace).toBe(false);
    // The demo published the last four lägesbilder: the other nine periods count nothing.
    const published = new Set((await service.repositories.publications.list(group.id)).map((each) => each.periodId));
    expect(map.missing).toEqual(map.periodIds.filter((id) => !published.has(id)));
    expect(map.missing.length).toBeGreaterThan(0);
    const unpublishedCounts = map.places.flatMap((place) =>
      place.counts.filter((_, index) => !published.has(map.periodIds[index])),
    );
    expect(unpublishedCounts.length).toBeGreaterThan(0);
    expect(new Set(unpublishedCounts)).toEqual(new Set([0]));
    const team = (await (await get(mapPath('team'))).json()) as MapAnswer;
    const teamTotal = team.places.filter((place) => !place.place).reduce((sum, place) => sum + place.total, 0);
    const councilTotal = map.places.filter((place) => !place.place).reduce((sum, place) => sum + place.total, 0);
    expect(councilTotal).toBeLessThan(teamTotal);
    expect(body).not.toContain(REPORT_TEXT);
    const board = await get(`/api/tab/groups/${encodeURIComponent(DEMO_TEAM.id)}/insatser?view=council`, councilToken);
    expect(board.status).toBe(200);
    expect(await board.text()).not.toContain('Tolv nya armaturer');
  });

  test('when the samordnare places a place, then it is stored; a member, the council or a stranger cannot', async () => {
    const key = 'norra fagersta|gångtunneln';
    expect((await put({ key, lat: 60.0142, lng: 15.8071 })).status).toBe(200);
    const map = (await (await get(mapPath('team'))).json()) as MapAnswer;
    expect(map.places.find((place) => place.key === key)?.position).toEqual({ lat: 60.0142, lng: 15.8071 });

    expect((await put({ key, lat: 1, lng: 1 }, token({ oid: 'demo-kommunpolis' }))).status).toBe(403);
    expect((await put({ key, lat: 1, lng: 1 }, token({ oid: COUNCIL_MEMBER }))).status).toBe(403);
    expect((await put({ key: 'någon annanstans|', lat: 1, lng: 1 })).status).toBe(400);
    expect((await put({ key, lat: 91, lng: 1 })).status).toBe(400);
    expect((await put({ key, lat: 1, lng: 1, extra: true })).status).toBe(400);
    const after = (await (await get(mapPath('team'))).json()) as MapAnswer;
    expect(after.places.find((place) => place.key === key)?.position).toEqual({ lat: 60.0142, lng: 15.8071 });

    expect((await put({ key, remove: true })).status).toBe(200);
    const removed = (await (await get(mapPath('team'))).json()) as MapAnswer;
    expect(removed.places.find((place) => place.key === key)?.position).toBeUndefined();
  });

  test('when a query is out of range, then 400 and a warn line', async () => {
    const before = logs.filter((line) => line.reason === 'invalidRequest').length;
    expect((await get(`${mapPath('team')}&span=7`)).status).toBe(400);
    expect((await get(mapPath('team').replace('view=team', 'view=everyone'))).status).toBe(400);
    const after = logs.filter((line) => line.reason === 'invalidRequest' && line.level === 40).length;
    expect(after - before).toBe(2);
  });

  test('when the tab’s page is asked for, then only Microsoft 365’s hosts may frame it; the API keeps today’s headers', async () => {
    const page = await fetch(`${url}/tab`);
    expect(page.status).toBe(200);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain('frame-ancestors https://teams.microsoft.com https://*.teams.microsoft.com');
    expect(policy).not.toContain("'unsafe-inline'");
    expect(page.headers.get('x-frame-options')).toBeNull();
    const api = await get('/api/tab/groups');
    expect(api.headers.get('x-frame-options')).toBe('DENY');
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
