// The module itself, not the package's index: the index also loads teams-ai's AI side (models,
// planners, tokenizer), some 30 MB this bot never uses.
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import {
  AuthenticationError,
  type AuthenticateRequestResult,
  type ConnectorClient,
  type ConnectorFactory,
} from 'botframework-connector';
import type { BotCredentialsConfig } from '../config/load-config';

/**
 * Where incoming tokens are checked against. Production uses the Bot Framework's own (the SDK's
 * defaults); tests point these at an OpenID metadata document and keys served on 127.0.0.1, so the
 * SDK's real validation runs offline.
 */
export interface ChannelAuthentication {
  openIdMetadataUrl: string;
  tokenIssuer: string;
  /** Credentials for the bot's own calls to the connector (tests: no Entra ID to ask). */
  credentialsFactory?: ConstructorParameters<typeof TeamsAdapter>[1];
}

/** What jsonwebtoken throws for a token that is malformed, badly signed, early or late. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * The Bot Framework adapter, with the two steps of an incoming request apart so that the HTTP
 * boundary can check the activity between them: `authenticate` (the SDK's token validation:
 * signature against the Bot Framework's published keys, issuer, audience = our app id, service URL;
 * anonymous in local mode) and `runTurn` (the turn itself, for an activity that passed the schema).
 */
export class BotAdapter extends TeamsAdapter {
  private readonly connectorClientSetups: ((client: ConnectorClient) => void)[] = [];

  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    // Proactive sends (continueConversationAsync, createConversationAsync) get their connector
    // client from this factory, a new one per call; each is set up before its first request.
    const authentication = this.botFrameworkAuthentication;
    const connectorFactory = authentication.createConnectorFactory.bind(authentication);
    authentication.createConnectorFactory = (identity) => {
      const factory = connectorFactory(identity);
      const setUp: ConnectorFactory = {
        create: async (serviceUrl, audience) => {
          const client = await factory.create(serviceUrl, audience);
          for (const setup of this.connectorClientSetups) setup(client);
          return client;
        },
      };
      return setUp;
    };
  }

  /**
   * Runs `setup` on every connector client made for a proactive send, before its first request
   * (the replies within an incoming turn use the client of that turn, untouched).
   */
  onProactiveConnectorClient(setup: (client: ConnectorClient) => void): void {
    this.connectorClientSetups.push(setup);
  }

  /** Throws `AuthenticationError` (status 401) for a missing or invalid token. */
  async authenticate(
    facts: { channelId?: string; serviceUrl?: string },
    authorization: string,
  ): Promise<AuthenticateRequestResult> {
    try {
      return await this.botFrameworkAuthentication.authenticateRequest(facts as Activity, authorization);
    } catch (error) {
      // The SDK rethrows jsonwebtoken's errors as they are (it would answer 500): a forged token is 401.
      if (error instanceof Error && TOKEN_ERRORS.has(error.name))
        throw new AuthenticationError(`Unauthorized. ${error.message}`, 401);
      throw error;
    }
  }

  /** Runs one turn for an authenticated, schema-checked activity; the invoke response, if any. */
  runTurn(
    authentication: AuthenticateRequestResult,
    activity: Record<string, unknown>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    // As the SDK's own request path does: timestamps become dates, the text kept beside them.
    const fixed: Record<string, unknown> = { ...activity };
    for (const [field, rawField] of [
      ['timestamp', 'rawTimestamp'],
      ['localTimestamp', 'rawLocalTimestamp'],
    ] as const) {
      const raw = activity[field];
      if (typeof raw === 'string') {
        fixed[rawField] = raw;
        fixed[field] = new Date(raw);
      }
    }
    return this.processActivity(authentication, fixed as unknown as Activity, logic);
  }
}

/**
 * Without credentials it runs anonymously (the Agents Playground, loopback only); with them every
 * incoming activity's token is validated before anything of ours looks at the activity.
 */
export function createAdapter(
  bot: BotCredentialsConfig | undefined,
  authentication?: ChannelAuthentication,
): BotAdapter {
  if (!bot) return new BotAdapter({});
  return new BotAdapter(
    {
      MicrosoftAppId: bot.appId,
      MicrosoftAppPassword: bot.password,
      MicrosoftAppType: bot.type,
      MicrosoftAppTenantId: bot.tenantId,
      ...(authentication && {
        ToBotFromChannelOpenIdMetadataUrl: authentication.openIdMetadataUrl,
        ToBotFromChannelTokenIssuer: authentication.tokenIssuer,
        ValidateAuthority: true,
      }),
    },
    authentication?.credentialsFactory,
  );
}
