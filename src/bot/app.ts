import type { TeamsAdapter, TurnState } from '@microsoft/teams-ai';
// The module, not the package's index (see adapter.ts).
import { Application } from '@microsoft/teams-ai/lib/Application';
import { registerCardActions, type CardAction } from './card-actions';
import { textsOf } from './context';
import type { BotDependencies } from './deps';
import { ADMIN_COMMANDS, adminActions, adminCommands } from './handlers/admin';
import { HELP_COMMAND, registerFallbackHandler, registerHelpHandlers } from './handlers/help';
import {
  INSATS_NEW_COMMAND,
  INSATSER_COMMAND,
  insatsActions,
  insatsCommands,
  registerInsatsHandlers,
} from './handlers/insatser';
import { registerInstallationHandlers } from './handlers/installation';
import { FEEDBACK_COMMAND, MY_REPORTS_COMMAND, registerMemberCommands } from './handlers/my-reports';
import { pictureReviewActions } from './handlers/picture-review';
import { pledgeEditingActions } from './handlers/pledge-editing';
import { FOLLOW_UP_COMMAND, PLEDGES_COMMAND, pledgeStatusActions, registerPledgeHandlers } from './handlers/pledges';
import { POLICE_FETCH_COMMAND, policeCommands } from './handlers/police';
import { REPORT_COMMAND, registerReportCommand, reportActions } from './handlers/report';
import {
  PUBLISH_HERE,
  registerPublishHere,
  SITUATION_PICTURE_COMMANDS,
  situationPictureActions,
  situationPictureCommands,
} from './handlers/situation-picture';
import { TRENDS_COMMAND, trendActions, trendCommands } from './handlers/trends';
import { pickerAction, registerSamordnareCommands, type SamordnareCommand } from './samordnare-commands';

export interface BotAppOptions {
  adapter?: TeamsAdapter;
  botAppId?: string;
}

/** Every text command the bot understands (the manifest's and the README's lists are checked against it). */
export const UNDERSTOOD_COMMANDS: readonly RegExp[] = [
  REPORT_COMMAND,
  HELP_COMMAND,
  PLEDGES_COMMAND,
  FOLLOW_UP_COMMAND,
  INSATSER_COMMAND,
  INSATS_NEW_COMMAND,
  MY_REPORTS_COMMAND,
  FEEDBACK_COMMAND,
  TRENDS_COMMAND,
  POLICE_FETCH_COMMAND,
  PUBLISH_HERE,
  ...Object.values(ADMIN_COMMANDS),
  ...Object.values(SITUATION_PICTURE_COMMANDS),
];

/** Every samordnare command of the 1:1 chat. */
export function samordnareCommands(deps: BotDependencies): SamordnareCommand[] {
  return [
    ...adminCommands(deps),
    ...situationPictureCommands(deps),
    ...insatsCommands(deps),
    ...trendCommands(deps),
    ...policeCommands(deps),
  ];
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
    ...insatsActions(deps),
    ...trendActions(deps),
    pickerAction(samordnareCommands(deps)),
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
  registerHelpHandlers(app, deps);
  registerReportCommand(app, deps);
  registerSamordnareCommands(app, deps, samordnareCommands(deps));
  registerPublishHere(app, deps);
  registerPledgeHandlers(app, deps);
  registerInsatsHandlers(app, deps);
  registerMemberCommands(app, deps);
  registerCardActions(app, deps, cardActionTable(deps));
  registerFallbackHandler(app, deps);

  // The last line of defence; the message endpoint answers and logs failures of a turn itself.
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
