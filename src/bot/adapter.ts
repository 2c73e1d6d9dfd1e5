import { TeamsAdapter } from '@microsoft/teams-ai';
import type { BotCredentialsConfig } from '../config/load-config';

/**
 * The Bot Framework adapter. Without credentials it runs anonymously (the Agents Playground);
 * with them every incoming activity's token is validated by the SDK.
 */
export function createAdapter(bot: BotCredentialsConfig | undefined): TeamsAdapter {
  if (!bot) return new TeamsAdapter({});
  return new TeamsAdapter({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.password,
    MicrosoftAppType: bot.type,
    MicrosoftAppTenantId: bot.tenantId,
  });
}
