import { Agent, request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { VERBS } from '../../src/bot/verbs';
import { createLogger } from '../../src/logger';
import type { Repositories } from '../../src/storage/repositories';
import { tableClientsFromConnectionString, tableRepositories } from '../../src/storage/table';
import { OBSERVATION_FORM } from '../helpers/bot-harness';
import { errorLines, startBuiltService, type BuiltService } from '../helpers/built-service';
import { useConnectorFake } from '../helpers/connector-fake';
import { testConnectionString, uniqueTablePrefix } from '../helpers/tables';
import { execute, findInCard, install, message, post, SUBMIT_FORM, teamOnFake, wireUsers } from '../helpers/wire';

/**
 * Seeded, bounded fuzzing of `/api/messages` on the built service: valid activities with fields
 * removed or replaced by hostile values, and card actions with hostile data for every verb. Never
 * a 5xx, never an exit, an answer for every invoke, no stored row that its schema refuses, and the
 * report stored before stays exactly as it was.
 */
const SEED = 20261201;
const RUNS = { envelopes: 3000, cardActions: 2000, connections: 500 };

/** Control characters where ids and names go: they must stop at the envelope (400), never reach a header. */
const controlText = fc
  .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\u0000', '\u0001', '\n', '\r', '\t', '\u001b', '\u007f'))
  .map(([text, control]) => `${text}${control}${text}`);

const hostile = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    'x'.repeat(5_000),
    '__proto__',
    'constructor',
    '\u0000',
    '../../etc',
    'https://example.com/',
  ),
  controlText,
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
);

/**
 * One request on a kept-alive connection shared by the whole run (one socket, as a front end that
 * pools connections would): resolves with the status, or rejects if no answer came in 10 s.
 */
function onSharedConnection(
  agent: Agent,
  url: string,
  request: { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(request.path, url);
    const outgoing = httpRequest(target, { method: request.method, agent, headers: request.headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    outgoing.setTimeout(10_000, () => outgoing.destroy(new Error(`no answer to ${request.method} ${request.path}`)));
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** Every path to a value in an object (so a mutation can hit any field, nested ones too). */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Object.entries(value).flatMap(([key, child]) => paths(child, [...prefix, key]));
  return prefix.length > 0 ? [prefix, ...children] : children;
}

function mutate(activity: Record<string, unknown>, path: string[], replacement: { value: unknown } | 'delete') {
  const copy = structuredClone(activity);
  let target = copy;
  for (const part of path.slice(0, -1)) {
    const next = target[part];
    if (typeof next !== 'object' || next === null) return copy;
    target = next as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (replacement === 'delete') delete target[last];
  else target[last] = replacement.value;
  return copy;
}

describe('fuzzing /api/messages on the built service', () => {
  const fake = useConnectorFake();
  const TEAM = '19:fuzz-team@thread.tacv2';
  let service: BuiltService;
  let repositories: Repositories;
  const unreadable: Record<string, unknown>[] = [];
  let known: { periodId: string; hash: string; version: number };

  beforeAll(async () => {
    const prefix = uniqueTablePrefix();
    service = await startBuiltService(prefix);
    const logger = createLogger('warn', { write: (line: string) => unreadable.push(JSON.parse(line)) });
    repositories = tableRepositories(tableClientsFromConnectionString(testConnectionString(), prefix), logger);
  }, 30_000);
  afterAll(async () => {
    await service.stop();
  });

  /**
   * Installs the team and stores one report through the real member path, by a member the fuzzing
   * never acts as: that report must come out exactly as it went in.
   */
  async function arrange(): Promise<string> {
    const { skola } = wireUsers;
    teamOnFake(fake, TEAM, 'EST Fuzz');
    expect((await post(service.url, install(fake, TEAM, 'EST Fuzz'))).status).toBe(200);
    await post(service.url, message(fake, skola, 'rapportera'));
    const card = fake.deliveredTo(`a:personal-${skola.id}`).at(-1)?.activity.attachments;
    const periodId = String(findInCard(card, 'periodId'));
    const submitted = await post(
      service.url,
      execute(fake, skola, VERBS.reportSubmit, { groupId: TEAM, periodId, ...SUBMIT_FORM }),
    );
    expect(submitted.status).toBe(200);
    const stored = await repositories.reports.getReport(TEAM, periodId, skola.aadObjectId);
    known = { periodId, hash: stored!.value.contentHash, version: stored!.value.version };
    return periodId;
  }

  /** How many invokes were accepted and answered with a body: the check below must have run. */
  let invokesAnswered = 0;
  const expectAnswered = async (activity: unknown) => {
    const response = await post(service.url, activity);
    expect(response.status).toBeLessThan(500);
    const isInvoke =
      typeof activity === 'object' && activity !== null && (activity as { type?: unknown }).type === 'invoke';
    if (isInvoke && response.status === 200) {
      expect(response.body).toBeDefined();
      invokesAnswered += 1;
    }
  };

  test('when thousands of malformed activities and card actions arrive, then every one gets a 4xx or an answer and nothing is harmed', async () => {
    const periodId = await arrange();
    // The samordnare's commands are in the mix too: make someone samordnare for them to run.
    const bases = [
      message(fake, wireUsers.polis, 'hjälp'),
      message(fake, wireUsers.polis, 'rapportera'),
      message(fake, wireUsers.samordnare, 'status'),
      message(fake, wireUsers.samordnare, 'löften'),
      install(fake, TEAM, 'EST Fuzz'),
      { ...message(fake, wireUsers.polis, ''), value: { verb: VERBS.reportAddObservation, groupId: TEAM, periodId } },
      execute(fake, wireUsers.polis, VERBS.reportAddObservation, { groupId: TEAM, periodId, ...OBSERVATION_FORM }),
      execute(fake, wireUsers.samordnare, VERBS.statusRefresh, { groupId: TEAM }),
    ] as Record<string, unknown>[];
    const envelopes = fc
      .tuple(
        fc.constantFrom(...bases),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.oneof(
              fc.constant('delete' as const),
              hostile.map((value) => ({ value })),
            ),
          ),
          { minLength: 1, maxLength: 3 },
        ),
      )
      .map(([base, changes]) =>
        changes.reduce((activity, [index, change]) => {
          const all = paths(activity);
          return all.length === 0 ? activity : mutate(activity, all[index % all.length], change);
        }, base),
      );
    await fc.assert(fc.asyncProperty(envelopes, expectAnswered), { seed: SEED, numRuns: RUNS.envelopes });

    const formKeys = [
      ...Object.keys(OBSERVATION_FORM),
      'observationId',
      'editingId',
      'page',
      'memberKeys',
      'command',
      'status',
      'comment',
      'measured',
      'pledgeId',
      'activityId',
      'analysis',
      'insatser',
      'lengthDays',
      'omraden',
    ];
    const cardActions = fc
      .record({
        user: fc.constantFrom(wireUsers.polis, wireUsers.samordnare),
        verb: fc.constantFrom(...Object.values(VERBS)),
        groupId: fc.oneof(fc.constant(TEAM), hostile),
        periodId: fc.oneof(fc.constant(periodId), hostile),
        data: fc.dictionary(fc.constantFrom(...formKeys), hostile, { maxKeys: 6 }),
      })
      .map(({ user, verb, groupId, periodId: period, data }) =>
        execute(fake, user, verb, { ...data, groupId, periodId: period }),
      );
    await fc.assert(fc.asyncProperty(cardActions, expectAnswered), { seed: SEED, numRuns: RUNS.cardActions });
    // Most card actions are accepted invokes: the answer check ran for them, not only for refusals.
    expect(invokesAnswered).toBeGreaterThan(RUNS.cardActions / 2);

    // Refused bodies on a kept-alive connection, each followed by ordinary requests on the same
    // pool: a refusal closes its connection, so what follows is never read as part of it.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const refusals = fc.oneof(
      fc.integer({ min: 300, max: 1200 }).map((kb) => ({
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'x'.repeat(kb * 1024) }),
      })),
      fc.string({ maxLength: 2000 }).map((text) => ({ headers: { 'content-type': 'text/plain' }, body: text })),
      fc.string({ maxLength: 2000 }).map((text) => ({
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: text,
      })),
      fc
        .string({ maxLength: 200 })
        .map((text) => ({ headers: { 'content-type': 'application/json' }, body: `{${text}` })),
    );
    await fc.assert(
      fc.asyncProperty(refusals, async (refusal) => {
        const refused = await onSharedConnection(agent, service.url, {
          method: 'POST',
          path: '/api/messages',
          ...refusal,
        });
        expect(refused).toBeGreaterThanOrEqual(400);
        expect(refused).toBeLessThan(500);
        expect(await onSharedConnection(agent, service.url, { method: 'GET', path: '/healthz' })).toBe(200);
        const ordinary = JSON.stringify(message(fake, wireUsers.polis, 'hjälp'));
        const headers = { 'content-type': 'application/json' };
        expect(
          await onSharedConnection(agent, service.url, {
            method: 'POST',
            path: '/api/messages',
            headers,
            body: ordinary,
          }),
        ).toBe(200);
      }),
      { seed: SEED, numRuns: RUNS.connections },
    );
    agent.destroy();

    expect(service.alive()).toBe(true);
    expect(errorLines(service)).toEqual([]);

    // Every row the fuzzing could have written still reads (a row that does not is logged here).
    const groups = await repositories.groups.list();
    for (const group of groups) {
      await repositories.groups.listChannels(group.id);
      for (const member of await repositories.members.listByGroup(group.id)) {
        await repositories.members.groupIdsOf(member.memberKey);
        await repositories.conversations.getPersonal(member.memberKey);
        for (const period of await repositories.reports.listPeriodIds(group.id)) {
          await repositories.reports.getDraft(group.id, period, member.memberKey);
          await repositories.reports.listVersions(group.id, period, member.memberKey);
        }
      }
      for (const period of await repositories.reports.listPeriodIds(group.id))
        await repositories.reports.listReports(group.id, period);
      await repositories.publications.list(group.id);
      await repositories.pledges.list(group.id);
    }
    await repositories.dispatches.listUnfinished();
    expect(unreadable.filter((line) => line.reason === 'unreadableRow')).toEqual([]);

    const report = await repositories.reports.getReport(TEAM, known.periodId, wireUsers.skola.aadObjectId);
    expect({ hash: report?.value.contentHash, version: report?.value.version }).toEqual({
      hash: known.hash,
      version: known.version,
    });
  }, 240_000);
});
