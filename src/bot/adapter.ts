import { TeamsAdapter } from '@microsoft/teams-ai';
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
  return new TeamsAdapter(
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
