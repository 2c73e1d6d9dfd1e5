import type { TeamsAdapter, TurnState } from '@microsoft/teams-ai';
// The module, not the package's index (see adapter.ts).
import { Application } from '@microsoft/teams-ai/lib/Application';
import { registerCardActions, type CardAction } from './card-actions';
import { pickerAction, registerCommands } from './command-table';
import { COMMANDS, registerFallbackHandler } from './commands';
import type { BotDependencies } from './deps';
import { adminActions } from './handlers/admin';
import { insatsActions } from './handlers/insatser';
import { registerInstallationHandlers } from './handlers/installation';
import { registerMessageAction } from './handlers/message-action';
import { pictureReviewActions } from './handlers/picture-review';
import { pledgeEditingActions } from './handlers/pledge-editing';
import { pledgeImportActions, registerPledgeImport } from './handlers/pledge-import';
import { pledgeStatusActions } from './handlers/pledges';
import { reportActions } from './handlers/report';
import { situationPictureActions } from './handlers/situation-picture';
import { trendActions } from './handlers/trends';

export interface BotAppOptions {
  adapter?: TeamsAdapter;
  botAppId?: string;
}

/** Every card action of the bot, each with the role it needs: the one table they are registered from. */
export function cardActionTable(deps: BotDependencies): CardAction[] {
  return [
    ...reportActions(deps),
    ...adminActions(deps),
    ...situationPictureActions(deps),
    ...pictureReviewActions(deps),
    ...pledgeStatusActions(deps),
    ...pledgeEditingActions(deps),
    ...pledgeImportActions(deps),
    ...insatsActions(deps),
    ...trendActions(deps),
    pickerAction(deps, COMMANDS),
  ];
}

/** The teams-ai Application with every route. Message routes are tried in the order registered. */
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
  registerPledgeImport(app, deps);
  registerMessageAction(app, deps);
  registerCommands(app, deps, COMMANDS);
  registerCardActions(app, deps, cardActionTable(deps));
  registerFallbackHandler(app, deps);

  return app;
}
