import { gzipSync } from 'node:zlib';
import { TableClient } from '@azure/data-tables';
import { keys } from '../../src/storage/keys';
import type { Repositories } from '../../src/storage/repositories';
import { tableClientsFromConnectionString, tableRepositories } from '../../src/storage/table';
import { errorLines, startBuiltService, type BuiltService } from '../helpers/built-service';
import { useConnectorFake } from '../helpers/connector-fake';
import { testConnectionString, uniqueTablePrefix } from '../helpers/tables';
import {
  execute,
  findInCard,
  install,
  message,
  post,
  SUBMIT_FORM,
  teamOnFake,
  wireUsers,
  WIRE_TENANT,
} from '../helpers/wire';

/**
 * The findings of a hostile tester, each replayed against the built service over HTTP: no request
 * may end the process, poison a stored row, get a 5xx, or be logged as a crash.
 */
describe('hostile input against the built service', () => {
  const fake = useConnectorFake();
  const TEAM = '19:hostile-team@thread.tacv2';
  let service: BuiltService;
  let repositories: Repositories;
  let prefix: string;

  beforeAll(async () => {
    prefix = uniqueTablePrefix();
    service = await startBuiltService(prefix);
    repositories = tableRepositories(tableClientsFromConnectionString(testConnectionString(), prefix));
  });
  afterAll(async () => {
    await service.stop();
  });

  beforeEach(async () => {
    teamOnFake(fake, TEAM, 'EST Hostile');
    expect((await post(service.url, install(fake, TEAM, 'EST Hostile'))).status).toBe(200);
  });

  const cards = (conversationId: string) =>
    fake.deliveredTo(conversationId).flatMap((item) => {
      const attachments = (item.activity.attachments ?? []) as { content?: unknown }[];
      return attachments.map((attachment) => attachment.content);
    });

  /** `rapportera`, then Skicka rapporten on the card it sent: the whole member path over HTTP. */
  async function reportAsPolis(): Promise<void> {
    const conversationId = `a:personal-${wireUsers.polis.id}`;
    const before = cards(conversationId).length;
    expect((await post(service.url, message(fake, wireUsers.polis, 'rapportera'))).status).toBe(200);
    const card = cards(conversationId)[before];
    const groupId = findInCard(card, 'groupId');
    const periodId = findInCard(card, 'periodId');
    expect(groupId).toBe(TEAM);
    const submitted = await post(
      service.url,
      execute(fake, wireUsers.polis, 'report.submit', { groupId, periodId, ...SUBMIT_FORM }),
    );
    expect(submitted.status).toBe(200);
    expect(JSON.stringify(submitted.body)).toContain('AdaptiveCard');
    const stored = await repositories.reports.getReport(TEAM, String(periodId), wireUsers.polis.aadObjectId);
    expect(stored?.value.observations.length).toBeGreaterThanOrEqual(1);
  }

  test('when a body claims gzip but is not, then it is refused with 415 and the next report is stored as usual', async () => {
    const response = await post(service.url, 'this is not gzip at all', {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(response.status).toBe(415);
    expect(response.body).toEqual({ error: 'invalid request', reason: 'unsupportedEncoding' });
    expect(service.alive()).toBe(true);
    await reportAsPolis();
  });

  test('when a small gzip body would inflate to 50 MB, then it is refused unread and the process stays small', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, ' '));
    const requests = Array.from({ length: 6 }, () =>
      post(service.url, new Uint8Array(bomb), { 'content-type': 'application/json', 'content-encoding': 'gzip' }),
    );
    expect((await Promise.all(requests)).map((response) => response.status)).toEqual(Array(6).fill(415));
    expect(service.alive()).toBe(true);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });

  test.each([
    ['plain text', 'text/plain', 'hjälp', 415, 'unsupportedMediaType'],
    ['JSON in latin1', 'application/json; charset=latin1', '{}', 415, 'unsupportedMediaType'],
    ['cut-off JSON', 'application/json', '{"type": "message",', 400, 'invalidJson'],
    ['a JSON array', 'application/json', '[1, 2, 3]', 400, 'notAnObject'],
    [
      'nested 20,000 deep',
      'application/json',
      `{"type":"message","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
      400,
      'tooDeep',
    ],
    ['300 KB', 'application/json', `{"text":"${'x'.repeat(300 * 1024)}"}`, 413, 'tooLarge'],
  ])(
    'when the body is %s, then it is refused with the reason and nothing runs',
    async (_name, contentType, body, status, reason) => {
      const response = await post(service.url, body, { 'content-type': contentType });
      expect(response.status).toBe(status);
      expect(response.body).toEqual({ error: 'invalid request', reason });
    },
  );

  test.each([
    [
      'the team id',
      (activity: ReturnType<typeof install>) => (activity.channelData.team.id = '19:nul\u0000team'),
      'channelData.team.id',
    ],
    [
      'the conversation id',
      (activity: ReturnType<typeof install>) => (activity.conversation.id = 'a\nb'),
      'conversation.id',
    ],
    ['the sender id', (activity: ReturnType<typeof install>) => (activity.from.id = '29:x\ry'), 'from.id'],
    ['the sender name', (activity: ReturnType<typeof install>) => (activity.from.name = 'Sara\u0007'), 'from.name'],
    [
      'the tenant',
      (activity: ReturnType<typeof install>) => (activity.channelData.tenant.id = 't\u007f'),
      'channelData.tenant.id',
    ],
    [
      'the team name',
      (activity: ReturnType<typeof install>) => (activity.channelData.team.name = 'EST\u0000'),
      'channelData.team.name',
    ],
  ])(
    'when %s holds a control character, then 400 at the envelope and nothing reaches the Bot Connector or a table',
    async (_what, spoil, reason) => {
      const team = '19:control-team@thread.tacv2';
      teamOnFake(fake, team, 'EST Control');
      const activity = install(fake, team, 'EST Control');
      spoil(activity);
      const requestsBefore = fake.requests.length;
      const response = await post(service.url, activity);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: 'invalid activity', reason });
      expect(fake.requests.length).toBe(requestsBefore);
      expect(await repositories.groups.get(team)).toBeUndefined();
    },
  );

  test('when an install names the team with a number, then it is refused and no group row is written', async () => {
    const team = '19:numbered-team@thread.tacv2';
    teamOnFake(fake, team, 'whatever');
    const response = await post(service.url, install(fake, team, 12345));
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'invalid activity', reason: 'channelData.team.name' });
    expect(await repositories.groups.get(team)).toBeUndefined();
  });

  test('when a group row was stored broken before, then the members are not stuck: a correct re-install mends it and keeps its settings', async () => {
    const client = TableClient.fromConnectionString(testConnectionString(), `${prefix}Groups`, {
      allowInsecureConnection: true,
    });
    const { partitionKey, rowKey } = keys.group(TEAM);
    // The samordnare's own områden, then a name of the wrong type, as the unguarded service stored it.
    await client.updateEntity({ partitionKey, rowKey, omradenJson: JSON.stringify(['Norr', 'Söder']) }, 'Merge');
    await client.updateEntity({ partitionKey, rowKey, name: 4711 }, 'Merge');
    expect(await repositories.groups.get(TEAM)).toBeUndefined();

    const conversationId = `a:personal-${wireUsers.polis.id}`;
    const sent = fake.deliveredTo(conversationId).length;
    expect((await post(service.url, message(fake, wireUsers.polis, 'rapportera'))).status).toBe(200);
    const answer = fake.deliveredTo(conversationId).slice(sent)[0]?.activity;
    expect(String(answer?.text)).not.toContain('Något gick fel');

    expect((await post(service.url, install(fake, TEAM, 'EST Hostile'))).status).toBe(200);
    const mended = await repositories.groups.get(TEAM);
    expect(mended?.name).toBe('EST Hostile');
    expect(mended?.omraden).toEqual(['Norr', 'Söder']);
    await reportAsPolis();
  });

  test('when a personal message has serviceUrl false, then it is refused and nothing is recorded', async () => {
    const user = { id: '29:wire-false', aadObjectId: 'aad-wire-false', name: 'Falsk' };
    const response = await post(service.url, { ...message(fake, user, 'hjälp'), serviceUrl: false });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'invalid activity', reason: 'serviceUrl' });
    expect(await repositories.conversations.getPersonal(user.aadObjectId)).toBeUndefined();
  });

  test('when a conversation row was stored broken before, then the next message from that person mends it', async () => {
    const client = TableClient.fromConnectionString(testConnectionString(), `${prefix}Conversations`, {
      allowInsecureConnection: true,
    });
    // As the unguarded service stored it: serviceUrl false, before this person wrote again.
    const user = { id: '29:wire-broken', aadObjectId: 'aad-wire-broken', name: 'Bruten' };
    const { partitionKey, rowKey } = keys.personalConversation(user.aadObjectId);
    await client.createEntity({
      partitionKey,
      rowKey,
      memberKey: user.aadObjectId,
      tenantId: WIRE_TENANT,
      teamsUserId: user.id,
      conversationId: `a:personal-${user.id}`,
      serviceUrl: false,
      referenceJson: '{}',
      locale: '',
      updatedAt: new Date(),
    });
    expect(await repositories.conversations.getPersonal(user.aadObjectId)).toBeUndefined();

    expect((await post(service.url, message(fake, user, 'hjälp'))).status).toBe(200);
    expect(await repositories.conversations.getPersonal(user.aadObjectId)).toMatchObject({
      serviceUrl: fake.serviceUrl,
      tenantId: WIRE_TENANT,
    });
  });

  const without = (activity: Record<string, unknown>, path: string[]): Record<string, unknown> => {
    const copy = structuredClone(activity);
    let target: Record<string, unknown> = copy;
    for (const part of path.slice(0, -1)) target = target[part] as Record<string, unknown>;
    delete target[path[path.length - 1]];
    return copy;
  };
  const withValue = (activity: Record<string, unknown>, path: string[], value: unknown) => {
    const copy = structuredClone(activity);
    let target: Record<string, unknown> = copy;
    for (const part of path.slice(0, -1)) target = target[part] as Record<string, unknown>;
    target[path[path.length - 1]] = value;
    return copy;
  };

  test.each([
    ['no type', (a: Record<string, unknown>) => without(a, ['type']), 'type'],
    ['no channelId', (a: Record<string, unknown>) => without(a, ['channelId']), 'channelId'],
    ['no conversation id', (a: Record<string, unknown>) => without(a, ['conversation', 'id']), 'conversation.id'],
    ['no from id', (a: Record<string, unknown>) => without(a, ['from', 'id']), 'from.id'],
    ['an id that is a number', (a: Record<string, unknown>) => withValue(a, ['id'], 42), 'id'],
    ['a locale that is a number', (a: Record<string, unknown>) => withValue(a, ['locale'], 7), 'locale'],
    ['entities null', (a: Record<string, unknown>) => withValue(a, ['entities'], null), 'entities'],
    [
      'a mention without whom',
      (a: Record<string, unknown>) => withValue(a, ['entities'], [{ type: 'mention' }]),
      'entities.0',
    ],
    ['no serviceUrl', (a: Record<string, unknown>) => without(a, ['serviceUrl']), 'serviceUrl'],
    [
      'a serviceUrl beyond this machine',
      (a: Record<string, unknown>) => withValue(a, ['serviceUrl'], 'https://smba.trafficmanager.net/emea/'),
      'serviceUrl',
    ],
    ['value that is a string', (a: Record<string, unknown>) => withValue(a, ['value'], 'x'), 'value'],
    ['an empty object', () => ({}), 'type'],
  ])('when an activity has %s, then 400 names the field and no turn runs', async (_name, mutate, reason) => {
    const before = fake.delivered.length;
    const response = await post(service.url, mutate(message(fake, wireUsers.polis, 'hjälp')));
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'invalid activity', reason });
    expect(fake.delivered.length).toBe(before);
  });

  const cardMessage = (body: unknown) => (body as { type?: string; value?: string }) ?? {};

  test.each([
    ['data that is a string', { action: { type: 'Action.Execute', verb: 'report.submit', data: 'x' } }],
    ['no action type', { action: { verb: 'report.submit', data: {} } }],
    ['a verb that is a number', { action: { type: 'Action.Execute', verb: 5, data: {} } }],
    ['a verb no card has', { action: { type: 'Action.Execute', verb: 'report.explode', data: {} } }],
    [
      'a groupId that is an object',
      { action: { type: 'Action.Execute', verb: 'report.submit', data: { groupId: {} } } },
    ],
    [
      'a group the member is not in',
      { action: { type: 'Action.Execute', verb: 'report.open', data: { groupId: 'other' } } },
    ],
    [
      'observations that are numbers',
      {
        action: {
          type: 'Action.Execute',
          verb: 'report.addObservation',
          data: { groupId: TEAM, beskrivning: 7, area: [] },
        },
      },
    ],
  ])('when a card action has %s, then it is answered with a sentence in place of the card', async (_name, value) => {
    const response = await post(service.url, { ...execute(fake, wireUsers.polis, 'report.open', {}), value });
    expect(response.status).toBe(200);
    const body = cardMessage(response.body);
    expect(['application/vnd.microsoft.activity.message', 'application/vnd.microsoft.card.adaptive']).toContain(
      body.type,
    );
    // A sentence, when it is one, says something.
    expect(body.type === 'application/vnd.microsoft.card.adaptive' || /\S/.test(String(body.value))).toBe(true);
  });

  test('when a card action is outdated, then the sentence says what to do', async () => {
    const value = { action: { type: 'Action.Execute', verb: 'report.explode', data: {} } };
    const response = await post(service.url, { ...execute(fake, wireUsers.polis, 'report.open', {}), value });
    expect(cardMessage(response.body).value).toBe(
      'Det här kortet går inte längre att använda. Skriv **rapportera** för att få ett nytt.',
    );
  });

  test('when an invoke has a name the bot does not know, then 400, not 501', async () => {
    const response = await post(service.url, {
      ...execute(fake, wireUsers.polis, 'x', {}),
      name: 'composeExtension/query',
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'unsupported invoke' });
  });

  test.each([
    ['GET', '/nowhere', 404],
    ['GET', '/api/messages', 405],
    ['DELETE', '/healthz', 405],
  ])(
    'when %s %s, then %i with the security headers and nothing that names the libraries',
    async (method, path, status) => {
      const response = await fetch(`${service.url}${path}`, { method });
      expect(response.status).toBe(status);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('server')).toBeNull();
      expect(response.headers.get('strict-transport-security')).toBeNull(); // loopback: no TLS in front
      expect(await response.text()).not.toMatch(/restify|node|express|botbuilder/i);
    },
  );

  test('after all of it, nothing was logged as an error, no stack reached stderr, and each refusal was one warn line without the body', () => {
    expect(service.alive()).toBe(true);
    expect(errorLines(service)).toEqual([]);
    expect(service.stderr()).not.toMatch(/\n\s+at /);
    const warnings = service.logs.filter((line) => line.level === 40);
    expect(warnings.length).toBeGreaterThan(20);
    for (const line of warnings) expect(line.err).toBeUndefined();
    expect(JSON.stringify(service.logs)).not.toContain('Klotter och en grupp');
    expect(JSON.stringify(service.logs)).not.toContain('this is not gzip');
  });
});
