import { TeamsAdapter } from '@microsoft/teams-ai';
import { AuthenticationError } from 'botframework-connector';
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

/**
 * The Bot Framework adapter. Without credentials it runs anonymously (the Agents Playground,
 * loopback only); with them every incoming activity's token is validated by the SDK (signature
 * against the Bot Framework's published keys, issuer, audience = our app id, service URL), and a
 * request without a valid token is answered 401 before any of our code runs.
 */
export function createAdapter(
  bot: BotCredentialsConfig | undefined,
  authentication?: ChannelAuthentication,
): TeamsAdapter {
  if (!bot) return new TeamsAdapter({});
  return new AuthenticatingAdapter(
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

/** What jsonwebtoken throws for a token that is malformed, badly signed, early or late. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * The SDK answers a token with a bad signature with 500 (it rethrows jsonwebtoken's error as it
 * is); a caller with a forged token gets 401 like every other unauthenticated caller.
 */
class AuthenticatingAdapter extends TeamsAdapter {
  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    const authentication = this.botFrameworkAuthentication;
    const authenticate = authentication.authenticateRequest.bind(authentication);
    authentication.authenticateRequest = async (activity, authHeader) => {
      try {
        return await authenticate(activity, authHeader);
      } catch (error) {
        if (error instanceof Error && TOKEN_ERRORS.has(error.name))
          throw new AuthenticationError(`Unauthorized. ${error.message}`, 401);
        throw error;
      }
    };
  }
}
