import { createAdapter } from '../../src/bot/adapter';
import { BotMessenger } from '../../src/messaging/bot-messenger';
import { useConnectorFake } from '../helpers/connector-fake';

describe('BotMessenger against the Bot Connector fake', () => {
  const fake = useConnectorFake();
  let messenger: BotMessenger;
  beforeAll(() => {
    messenger = new BotMessenger(createAdapter(undefined), '');
  });

  const person = (id: string) => ({ tenantId: 'tenant-a', serviceUrl: fake.serviceUrl, teamsUserId: id });

  test('when a person has no stored chat, then one is created, the message delivered and the reference returned', async () => {
    const outcome = await messenger.sendToPerson(person('29:anna'), { text: 'Hej' });
    expect(outcome).toMatchObject({
      kind: 'sent',
      conversation: { conversationId: 'a:personal-29:anna', created: true },
    });
    expect(fake.deliveredTo('a:personal-29:anna')).toHaveLength(1);
    if (outcome.kind !== 'sent') return;
    const again = await messenger.sendToPerson(
      { ...person('29:anna'), reference: outcome.conversation.reference },
      { card: { type: 'AdaptiveCard', version: '1.5', body: [] } },
    );
    expect(again).toMatchObject({
      kind: 'sent',
      conversation: { conversationId: 'a:personal-29:anna', created: false },
    });
    expect(fake.deliveredTo('a:personal-29:anna')[1].activity.attachments).toHaveLength(1);
    expect(fake.requests.map((request) => `${request.method} ${request.status}`)).toEqual([
      'POST 201',
      'POST 201',
      'POST 201',
    ]);
  });

  test('when a send is paced, then each of its requests waits for the pace before it leaves: two for a new chat, one for a stored one', async () => {
    // Each pace records how many requests had reached the connector when it was granted: a request
    // that left before its pace would show up in that count. Counted, never timed.
    const paced: number[] = [];
    const pace = async () => {
      await new Promise((done) => setImmediate(done));
      paced.push(fake.requests.length);
    };
    const outcome = await messenger.sendToPerson(person('29:berit'), { text: 'Hej' }, pace);
    expect(outcome).toMatchObject({ kind: 'sent', conversation: { created: true } });
    expect(paced).toEqual([0, 1]);
    expect(fake.requests).toHaveLength(2);
    if (outcome.kind !== 'sent') throw new Error('the first send was not sent');

    await messenger.sendToPerson(
      { ...person('29:berit'), reference: outcome.conversation.reference },
      { text: 'Hej' },
      pace,
    );
    expect(paced).toEqual([0, 1, 2]);
    // Unpaced sends (a reply in a turn, a publish) do not wait.
    await messenger.sendToPerson({ ...person('29:berit'), reference: outcome.conversation.reference }, { text: 'Hej' });
    expect(paced).toHaveLength(3);
    expect(fake.deliveredTo('a:personal-29:berit')).toHaveLength(3);
  });

  test('when creating the chat is throttled, then the outcome is throttled after exactly one request (the outbox retries, not the SDK)', async () => {
    fake.setFaults({ perTenantPerSecond: 1 });
    await messenger.sendToPerson(person('29:first'), { text: 'Hej' });
    fake.requests.splice(0);
    expect(await messenger.sendToPerson(person('29:second'), { text: 'Hej' })).toMatchObject({
      kind: 'throttled',
      status: 429,
    });
    expect(fake.requests).toHaveLength(1);
  });

  test('when the connector answers 429, then the outcome is throttled with Retry-After, after exactly one request', async () => {
    fake.setFaults({ throttle: 1, retryAfterSeconds: 3 });
    const reference = {
      serviceUrl: fake.serviceUrl,
      channelId: 'msteams',
      conversation: { id: 'a:1', tenantId: 'tenant-a' },
      bot: { id: 'bot' },
    };
    const outcome = await messenger.sendToPerson({ ...person('29:x'), reference }, { text: 'Hej' });
    expect(outcome).toEqual({ kind: 'throttled', status: 429, retryAfterMs: 3000 });
    expect(fake.requests).toHaveLength(1);
  });

  test.each([
    [{ unavailable: 1 }, { kind: 'transient', status: 503 }],
    [{ forbidden: new Set(['a:1']) }, { kind: 'gone', status: 403 }],
    [{ notFound: new Set(['a:1']) }, { kind: 'gone', status: 404 }],
  ])('when the connector is set to %o, then the outcome is %o and nothing is delivered', async (faults, expected) => {
    fake.setFaults(faults);
    const reference = {
      serviceUrl: fake.serviceUrl,
      channelId: 'msteams',
      conversation: { id: 'a:1', tenantId: 'tenant-a' },
      bot: { id: 'bot' },
    };
    expect(await messenger.sendToPerson({ ...person('29:x'), reference }, { text: 'Hej' })).toEqual(expected);
    expect(fake.delivered).toHaveLength(0);
    expect(fake.requests).toHaveLength(1);
  });

  test('when creating the chat is forbidden, then the outcome is gone', async () => {
    fake.setFaults({ forbidden: new Set(['29:blocked']) });
    expect(await messenger.sendToPerson(person('29:blocked'), { text: 'Hej' })).toEqual({ kind: 'gone', status: 403 });
  });

  test('when the connector cannot be reached, then the outcome is transient', async () => {
    const reference = {
      serviceUrl: 'http://127.0.0.1:9/',
      channelId: 'msteams',
      conversation: { id: 'a:1' },
      bot: { id: 'bot' },
    };
    expect(await messenger.sendToPerson({ ...person('29:x'), reference }, { text: 'Hej' })).toMatchObject({
      kind: 'transient',
    });
  });
});
