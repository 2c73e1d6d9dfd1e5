import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { textsOf } from './context';
import type { BotDependencies } from './deps';
import { registerAdminHandlers } from './handlers/admin';
import { registerFallbackHandler, registerHelpHandlers } from './handlers/help';
import { registerInstallationHandlers } from './handlers/installation';
import { registerPictureActions } from './handlers/picture';
import { registerPledgeEditing } from './handlers/pledge-editing';
import { registerPledgeHandlers } from './handlers/pledges';
import { registerReportHandlers } from './handlers/report';

export interface BotAppOptions {
  adapter?: TeamsAdapter;
  botAppId?: string;
}

/** The teams-ai Application with every route. Routes are tried in the order registered. */
export function createBotApp(deps: BotDependencies, options: BotAppOptions = {}): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter: options.adapter,
    botAppId: options.botAppId,
    // Typing indicators on every card click would count against Teams' per-conversation limits.
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
  });

  registerInstallationHandlers(app, deps);
  registerHelpHandlers(app, deps);
  registerReportHandlers(app, deps);
  registerAdminHandlers(app, deps);
  registerPictureActions(app, deps);
  registerPledgeHandlers(app, deps);
  registerPledgeEditing(app, deps);
  registerFallbackHandler(app, deps);

  app.error(async (context, error) => {
    deps.logger.error(
      { err: error, activityId: context.activity.id, type: context.activity.type },
      'unhandled turn error',
    );
    if (context.activity.type === 'message') {
      await context.sendActivity(textsOf(context, deps.localeOverride).somethingWentWrong);
    }
  });

  return app;
}
