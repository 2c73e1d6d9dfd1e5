import { FixedClock } from '../../src/domain/clock';
import { defaultEventTypes } from '../../src/domain/event-types';
import type { Group } from '../../src/domain/group';
import { periodContaining, periodByIndex } from '../../src/domain/periods';
import { MIN_FETCH_SPACING_MS } from '../../src/domain/police-events';
import { HttpPoliceApi, POLICE_USER_AGENT } from '../../src/external/police-api';
import { createLogger } from '../../src/logger';
import { PoliceEventService } from '../../src/services/police-event-service';
import type { Repositories } from '../../src/storage/repositories';
import { ensureTables, tableClientsFromConnectionString, tableRepositories } from '../../src/storage/table';
import { fakeEvent, startPoliceApiFake, type PoliceApiFake } from '../helpers/police-api-fake';
import { SCHEDULE } from '../helpers/seed';
import { testConnectionString, uniqueTablePrefix } from '../helpers/tables';

/** The fetch against a local fake of the police's API, stored in Azurite. */
describe('fetching the police’s published events', () => {
  let fake: PoliceApiFake;
  let repositories: Repositories;
  let clock: FixedClock;
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', {
    write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>),
  });

  const group = (id: string, name: string, police?: Group['police']): Group => ({
    id,
    tenantId: 't',
    name,
    serviceUrl: 'https://smba.example.test/',
    areas: [],
    omraden: ['Centrum'],
    eventTypes: defaultEventTypes(),
    schedule: SCHEDULE,
    installedAt: new Date('2026-01-01T00:00:00Z'),
    police,
  });
  const service = (timeoutMs = 2000) =>
    new PoliceEventService(repositories, new HttpPoliceApi(fake.url, timeoutMs), clock, logger);

  beforeEach(async () => {
    fake = await startPoliceApiFake();
    const clients = tableClientsFromConnectionString(testConnectionString(), uniqueTablePrefix());
    await ensureTables(clients);
    repositories = tableRepositories(clients);
    clock = new FixedClock(new Date('2026-11-25T12:00:00Z'));
    lines.length = 0;
    await repositories.groups.createIfMissing(group('team-a', 'EST Fagersta'));
    await repositories.groups.createIfMissing(group('team-b', 'EST Norberg', { locations: ['Norberg', 'fagersta'] }));
  });
  afterEach(() => fake.close());

  const all = () =>
    repositories.policeEvents.listBetween(['Fagersta', 'Norberg'], new Date('2020-01-01'), new Date('2030-01-01'));

  test('when events are fetched again and again, with overlapping answers, then each is stored once; every group’s names go in one request with the app’s user agent', async () => {
    fake.events.push(
      fakeEvent('Fagersta', 'Inbrott', '2026-11-24 21:05:12 +01:00'),
      fakeEvent('Norberg', 'Brand', '2026-11-24 7:15:00 +01:00'),
    );
    expect(await service().fetchDue()).toMatchObject({ kind: 'ran', outcome: 'ok', stored: 2 });
    fake.events.push(fakeEvent('Fagersta', 'Skadegörelse', '2026-11-25 10:00:00 +01:00'));
    clock.advance(15 * 60_000);
    expect(await service().fetchDue()).toMatchObject({ kind: 'ran', outcome: 'ok', stored: 3 });
    clock.advance(15 * 60_000);
    await service().fetchDue();
    const stored = await all();
    expect(stored.map((event) => event.type)).toEqual(['Brand', 'Inbrott', 'Skadegörelse']);
    expect(new Set(stored.map((event) => event.id)).size).toBe(3);
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests[0].locationname).toBe('Fagersta;Norberg');
    expect(fake.requests[0].userAgent).toBe(POLICE_USER_AGENT);
    // The event's time with its offset: 07:15 Swedish winter time is 06:15 UTC.
    expect(stored[0].at.toISOString()).toBe('2026-11-24T06:15:00.000Z');
    expect(stored[0].url).toMatch(new RegExp(`^${fake.url}/aktuellt/handelser/`));
  });

  test('when events fall on both sides of a period’s start (local midnight, summer time or not), then each belongs to its own period', async () => {
    const settled = group('team-a', 'EST Fagersta');
    const period = periodContaining(settled.schedule, new Date('2026-11-20T12:00:00Z'));
    const next = periodByIndex(settled.schedule, period.index + 1);
    // The next period starts Monday 30 November 00:00 Swedish time, 23:00 UTC on the Sunday.
    expect(next.start.toISOString()).toBe('2026-11-29T23:00:00.000Z');
    fake.events.push(
      fakeEvent('Fagersta', 'Inbrott', '2026-11-29 23:59:00 +01:00'),
      fakeEvent('Fagersta', 'Brand', '2026-11-30 0:01:00 +01:00'),
    );
    await service().fetchDue();
    const before = await repositories.policeEvents.listBetween(['Fagersta'], period.start, period.end);
    const after = await repositories.policeEvents.listBetween(['Fagersta'], next.start, next.end);
    expect(before.map((event) => event.type)).toEqual(['Inbrott']);
    expect(after.map((event) => event.type)).toEqual(['Brand']);
  });

  test('when malformed events come among good ones, then the good ones are stored and the rest skipped and logged without their text', async () => {
    fake.events.push(fakeEvent('Fagersta', 'Inbrott', '2026-11-24 21:05:12 +01:00'));
    fake.extra.push(
      { id: 'x', datetime: 'igår', summary: 'HEMLIG-TEXT Anna Andersson', type: 'Rån', location: { name: 'Fagersta' } },
      {
        id: 99,
        datetime: '2026-11-24 21:05:12 +01:00',
        name: 'n',
        summary: 'HEMLIG-TEXT',
        url: 'https://evil.example/',
        type: 'Rån',
        location: { name: 'Fagersta' },
      },
    );
    expect(await service().fetchDue()).toMatchObject({ kind: 'ran', outcome: 'ok', stored: 1, skipped: 2 });
    expect(await all()).toHaveLength(1);
    const line = lines.find((each) => each.msg === 'police events fetched');
    expect(line).toMatchObject({ stored: 1, skipped: 2 });
    expect(JSON.stringify(lines)).not.toContain('HEMLIG-TEXT');
  });

  test.each([
    ['not JSON', { kind: 'notJson' } as const, 'malformed'],
    ['not a list', { kind: 'notAList' } as const, 'malformed'],
    ['503', { kind: 'status', status: 503 } as const, 'unavailable'],
    ['500', { kind: 'status', status: 500 } as const, 'failed'],
  ])(
    'when the answer is %s, then nothing is stored, it is a warn, and the next try waits',
    async (_, mode, outcome) => {
      fake.mode = mode;
      expect(await service().fetchDue()).toMatchObject({ kind: 'ran', outcome, stored: 0 });
      expect(await all()).toHaveLength(0);
      expect(lines.find((each) => each.msg === 'police events not fetched')).toMatchObject({ level: 40, outcome });
      const state = await service().state();
      expect(state?.failures).toBe(1);
      expect(state!.nextAttemptAt.getTime() - clock.now().getTime()).toBe(2 * 60_000);
    },
  );

  test('when the API answers slowly, then the call gives up, and the next run catches up what the API still returns', async () => {
    fake.events.push(fakeEvent('Fagersta', 'Inbrott', '2026-11-24 21:05:12 +01:00'));
    fake.mode = { kind: 'slow', ms: 1500 };
    expect(await service(300).fetchDue()).toMatchObject({ kind: 'ran', outcome: 'failed' });
    fake.mode = { kind: 'ok' };
    clock.advance(60_000);
    expect(await service().fetchDue()).toMatchObject({ kind: 'notDue' });
    clock.advance(60_000);
    expect(await service().fetchDue()).toMatchObject({ kind: 'ran', outcome: 'ok', stored: 1 });
  });

  test('when the API says 429 with Retry-After, then nothing is asked before that time; a 404 is not asked again', async () => {
    fake.mode = { kind: 'status', status: 429, retryAfter: 1800 };
    expect(await service().fetchDue()).toMatchObject({ kind: 'ran', outcome: 'rateLimited' });
    for (let minute = 0; minute < 29; minute += 1) {
      clock.advance(60_000);
      expect((await service().fetchDue()).kind).toBe('notDue');
    }
    expect(fake.requests).toHaveLength(1);
    clock.advance(60_000);
    fake.mode = { kind: 'status', status: 404 };
    expect(await service().fetchDue()).toMatchObject({ kind: 'ran', outcome: 'notFound' });
    clock.advance(24 * 3600_000);
    expect((await service().fetchDue()).kind).toBe('notDue');
    expect(fake.requests).toHaveLength(2);
  });

  test('when a samordnare asks after a 429 with Retry-After, then the API is not called before that time either', async () => {
    fake.mode = { kind: 'status', status: 429, retryAfter: 1800 };
    expect(await service().fetchDue()).toMatchObject({ kind: 'ran', outcome: 'rateLimited' });
    clock.advance(5 * 60_000);
    expect(await service().fetchNow()).toEqual({ kind: 'tooSoon', waitSeconds: 25 * 60 });
    expect(fake.requests).toHaveLength(1);
    clock.advance(25 * 60_000);
    fake.mode = { kind: 'ok' };
    expect(await service().fetchNow()).toMatchObject({ kind: 'ran', outcome: 'ok' });
  });

  test('when the API answers with more than 500 events, then 500 are stored and the rest counted as skipped', async () => {
    for (let n = 0; n < 520; n += 1)
      fake.events.push(fakeEvent('Fagersta', 'Trafikolycka', '2026-11-24 21:05:12 +01:00'));
    expect(await service().fetchDue()).toMatchObject({ kind: 'ran', outcome: 'ok', stored: 500, skipped: 20 });
    expect(await all()).toHaveLength(500);
  });

  test('when retention runs, then the stored events from before the cutoff are deleted and the recent ones kept', async () => {
    fake.events.push(
      fakeEvent('Fagersta', 'Inbrott', '2024-03-01 21:05:12 +01:00'),
      fakeEvent('Norberg', 'Brand', '2024-05-01 07:15:00 +02:00'),
      fakeEvent('Fagersta', 'Rån', '2026-11-24 21:05:12 +01:00'),
    );
    expect(await service().fetchDue()).toMatchObject({ kind: 'ran', stored: 3 });
    expect(await repositories.policeEvents.deleteBefore(new Date('2024-11-25T00:00:00Z'))).toBe(2);
    expect((await all()).map((event) => event.type)).toEqual(['Rån']);
    expect(await repositories.policeEvents.deleteBefore(new Date('2024-11-25T00:00:00Z'))).toBe(0);
  });

  test('when the schedule runs every few seconds, on two instances at once, and a samordnare asks too, then the API is never called twice within a minute', async () => {
    // Each call recorded at the service's clock: the spacing the terms ask for is in that time.
    const calls: number[] = [];
    const api = new HttpPoliceApi(fake.url, 2000);
    const recording = {
      events: (locations: string[]) => {
        calls.push(clock.now().getTime());
        return api.events(locations);
      },
    };
    const instances = [0, 1].map(() => new PoliceEventService(repositories, recording, clock, logger));
    for (let step = 0; step < 120; step += 1) {
      await Promise.all([
        instances[0].fetchDue(),
        instances[1].fetchDue(),
        step % 4 === 0 ? instances[1].fetchNow() : undefined,
        step % 5 === 0 ? instances[0].fetchNow() : undefined,
      ]);
      clock.advance(10_000);
    }
    // 20 minutes: the samordnare asked about every 40 s, yet no two calls came within a minute.
    expect(calls.length).toBeGreaterThanOrEqual(10);
    for (let index = 1; index < calls.length; index += 1) {
      expect(calls[index] - calls[index - 1]).toBeGreaterThanOrEqual(MIN_FETCH_SPACING_MS);
    }
    expect(fake.requests).toHaveLength(calls.length);
    clock.advance(MIN_FETCH_SPACING_MS);
    expect(await instances[0].fetchNow()).toMatchObject({ kind: 'ran' });
    clock.advance(10_000);
    expect(await instances[1].fetchNow()).toEqual({ kind: 'tooSoon', waitSeconds: 50 });
  });

  test('when fetching is turned off, then nothing is called and no section is made', async () => {
    const off = new PoliceEventService(repositories, undefined, clock, logger);
    expect(await off.fetchDue()).toEqual({ kind: 'disabled' });
    expect(await off.fetchNow()).toEqual({ kind: 'disabled' });
    const settled = group('team-a', 'EST Fagersta');
    const period = periodContaining(settled.schedule, clock.now());
    expect(await off.section(settled, period, periodByIndex(settled.schedule, period.index - 1), [])).toBeUndefined();
    expect(fake.requests).toHaveLength(0);
  });
});
