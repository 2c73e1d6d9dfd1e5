import { createAdapter, type ChannelAuthentication } from '../../src/bot/adapter';
import { composeService, type Service } from '../../src/compose';
import { loadConfig } from '../../src/config/load-config';
import { listen } from '../../src/http/server';
import { createLogger } from '../../src/logger';
import { BotFrameworkTokens, forgersKey } from '../helpers/bot-framework-tokens';
import { useConnectorFake } from '../helpers/connector-fake';
import { testConnectionString, uniqueTablePrefix } from '../helpers/tables';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-0000-0000-0000-000000000001';
const OTHER_TENANT = 'bbbbbbbb-0000-0000-0000-000000000002';

/** The bot's own calls to the connector carry a fixed token: there is no Entra ID to ask here. */
const outboundCredentials = {
  isValidAppId: async (appId: string) => appId === APP_ID,
  isAuthenticationDisabled: async () => false,
  createCredentials: async () => ({
    signRequest: async <T extends { headers: { set(name: string, value: string): void } }>(request: T) => {
      request.headers.set('authorization', 'Bearer outbound-test-token');
      return request;
    },
  }),
};

describe('/api/messages with a bot app id configured', () => {
  const connector = useConnectorFake();
  const tokens = new BotFrameworkTokens();
  let service: Service;
  let url: string;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    await tokens.start();
    const config = loadConfig({
      STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: uniqueTablePrefix(),
      BOT_ID: APP_ID,
      BOT_PASSWORD: 'not-used-offline',
      BOT_TENANT_ID: TENANT,
      HOST: '127.0.0.1',
      SCHEDULER_ENABLED: 'false',
      JOBS_SECRET: 'auth-test-jobs-secret-0123456789abcdef',
    });
    const adapter = createAdapter(config.bot, {
      openIdMetadataUrl: tokens.metadataUrl,
      tokenIssuer: tokens.issuer,
      credentialsFactory: outboundCredentials as unknown as ChannelAuthentication['credentialsFactory'],
    });
    // The SDK reports every refused token on console.error; the assertions below say what matters.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const destination = { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) };
    service = await composeService(config, createLogger('warn', destination), { adapter });
    ({ url } = await listen(service.server, 0, '127.0.0.1'));
  });
  afterAll(async () => {
    service.server.close();
    await tokens.stop();
  });

  let sequence = 0;
  const message = (tenant = TENANT) => {
    sequence += 1;
    const user = `29:user-${sequence}`;
    return {
      type: 'message',
      id: `activity-${sequence}`,
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      from: { id: user, aadObjectId: `00000000-0000-0000-0000-${String(sequence).padStart(12, '0')}`, name: 'Test' },
      recipient: { id: `28:${APP_ID}`, name: 'Lägesbild' },
      conversation: { id: `a:personal-${user}`, conversationType: 'personal', tenantId: tenant },
      channelData: { tenant: { id: tenant } },
      locale: 'sv-SE',
      text: 'hjälp',
    };
  };
  const post = (activity: ReturnType<typeof message>, authorization?: string) =>
    fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
      body: JSON.stringify(activity),
    });
  const recorded = (activity: ReturnType<typeof message>) =>
    service.repositories.conversations.getPersonal(activity.from.aadObjectId);

  test('when the channel’s token is valid, then the activity is handled and the bot answers through the connector', async () => {
    const activity = message();
    const response = await post(activity, `Bearer ${tokens.channelToken(APP_ID, connector.serviceUrl)}`);
    expect(response.status).toBe(200);
    expect(await recorded(activity)).toMatchObject({ conversationId: activity.conversation.id });
    expect(connector.deliveredTo(activity.conversation.id)).toHaveLength(1);
  });

  test.each([
    ['no Authorization header', () => undefined],
    ['a token that is not a JWT', () => 'Bearer not-a-token'],
    [
      'a token signed with a key that is not published',
      () =>
        `Bearer ${tokens.sign({ iss: tokens.issuer, aud: APP_ID, serviceurl: connector.serviceUrl, exp: Math.floor(Date.now() / 1000) + 600 }, forgersKey())}`,
    ],
    [
      'a token for another bot',
      () => `Bearer ${tokens.channelToken('99999999-2222-3333-4444-555555555555', connector.serviceUrl)}`,
    ],
    [
      'a token from another issuer',
      () => `Bearer ${tokens.channelToken(APP_ID, connector.serviceUrl, { iss: 'https://evil.example' })}`,
    ],
    [
      'an expired token',
      () =>
        `Bearer ${tokens.channelToken(APP_ID, connector.serviceUrl, { exp: Math.floor(Date.now() / 1000) - 3600 })}`,
    ],
    ['a token for another service URL', () => `Bearer ${tokens.channelToken(APP_ID, 'https://smba.evil.example/')}`],
    [
      'a token with its payload altered',
      () => {
        const [header, , signature] = tokens.channelToken(APP_ID, connector.serviceUrl).split('.');
        const payload = Buffer.from(
          JSON.stringify({ iss: tokens.issuer, aud: APP_ID, serviceurl: connector.serviceUrl, exp: 4102444800 }),
        ).toString('base64url');
        return `Bearer ${header}.${payload}.${signature}`;
      },
    ],
  ])('when a request comes with %s, then it gets 401 and changes nothing', async (_name, authorization) => {
    const activity = message();
    const response = await post(activity, authorization());
    expect(response.status).toBe(401);
    expect(await recorded(activity)).toBeUndefined();
    expect(connector.delivered).toHaveLength(0);
  });

  test('when a valid activity comes from a tenant not allowed, then it is refused, logged and nothing is stored or sent', async () => {
    const activity = message(OTHER_TENANT);
    const response = await post(activity, `Bearer ${tokens.channelToken(APP_ID, connector.serviceUrl)}`);
    expect(response.status).toBe(200);
    expect(await recorded(activity)).toBeUndefined();
    expect(connector.delivered).toHaveLength(0);

    const invoke = {
      ...message(OTHER_TENANT),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'report.open', data: {} } },
    };
    expect(logs).toContainEqual(
      expect.objectContaining({ msg: 'activity from a tenant that is not allowed refused', tenants: [OTHER_TENANT] }),
    );

    const refused = await post(invoke, `Bearer ${tokens.channelToken(APP_ID, connector.serviceUrl)}`);
    expect(refused.status).toBe(403);
    expect(await recorded(invoke)).toBeUndefined();

    const mixed = { ...message(), conversation: { ...message().conversation, tenantId: OTHER_TENANT } };
    await post(mixed, `Bearer ${tokens.channelToken(APP_ID, connector.serviceUrl)}`);
    expect(await recorded(mixed)).toBeUndefined();
  });
});
