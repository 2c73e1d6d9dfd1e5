import type { Application, TurnState } from '@microsoft/teams-ai';
import { TurnContext } from 'botbuilder';
import { memberKeyOf } from '../../domain/group';
import { isAppError } from '../../errors';
import { isPersonalChat, teamOf, tenantOf, textsOf } from '../context';
import type { BotDependencies } from '../deps';

/**
 * Data capture: what Teams tells us about teams, members and personal chats is stored here and
 * used later by the senders. Install events may arrive twice (installationUpdate and
 * conversationUpdate); recording is idempotent and the welcome is posted once.
 */
export function registerInstallationHandlers(app: Application<TurnState>, deps: BotDependencies): void {
  const { installations, directory, logger, localeOverride } = deps;

  const recordTeam = async (context: TurnContext) => {
    const team = teamOf(context);
    if (!team) return;
    let roster, channels;
    try {
      [roster, channels] = await Promise.all([
        directory.members(context, team.id),
        directory.channels(context, team.id),
      ]);
    } catch (error) {
      // The connector does not know the team (a 4xx): the activity named a team that is not there.
      const status = (error as { statusCode?: unknown }).statusCode;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        logger.warn({ groupId: team.id, status, reason: 'teamUnknownToConnector' }, 'team not recorded');
        return;
      }
      throw error;
    }
    const from = context.activity.from;
    const installer = roster.find((account) => memberKeyOf(account) === memberKeyOf(from)) ?? from;
    const { group, created } = await installations.recordTeamInstallation({
      teamId: team.id,
      teamName: team.name ?? 'Team',
      tenantId: tenantOf(context),
      serviceUrl: context.activity.serviceUrl,
      installer,
      channels,
      roster,
    });
    logger.info({ groupId: group.id, members: roster.length, channels: channels.length, created }, 'team recorded');
    if (created) {
      const t = textsOf(context, localeOverride);
      await context.sendActivity(t.welcomeTeam(group.name, installer.name ?? ''));
    }
  };

  /** Every activity in a personal chat keeps the person's conversation reference current. */
  app.turn('beforeTurn', async (context) => {
    if (isPersonalChat(context) && context.activity.from?.id && context.activity.conversation?.id) {
      try {
        const recorded = await installations.recordPersonalConversation({
          account: context.activity.from,
          tenantId: tenantOf(context),
          serviceUrl: context.activity.serviceUrl,
          conversationId: context.activity.conversation.id,
          reference: { ...TurnContext.getConversationReference(context.activity) },
        });
        if (recorded && context.activity.type === 'installationUpdate') {
          await context.sendActivity(textsOf(context, localeOverride).welcomePersonal);
        }
      } catch (error) {
        // The person's own request still gets handled; the reference is recorded next time.
        if (isAppError(error, 'invalid_input'))
          logger.warn({ activityId: context.activity.id, reason: error.message }, 'personal conversation not recorded');
        else logger.error({ err: error, activityId: context.activity.id }, 'could not record personal conversation');
      }
    }
    return true;
  });

  app.activity('installationUpdate', async (context) => {
    const action = (context.activity as { action?: string }).action ?? '';
    if (action.startsWith('add') && !isPersonalChat(context)) await recordTeam(context);
  });

  // The bot joining a team records it; people joining refresh the roster (new members are added,
  // existing ones keep their role and organisation).
  app.conversationUpdate('membersAdded', async (context) => {
    if (isPersonalChat(context) || !teamOf(context)) return;
    await recordTeam(context);
  });

  app.conversationUpdate('membersRemoved', async (context) => {
    const team = teamOf(context);
    if (isPersonalChat(context) || !team) return;
    const botId = context.activity.recipient?.id;
    const removed = context.activity.membersRemoved ?? [];
    if (removed.some((member) => member.id === botId)) {
      logger.warn(
        { groupId: team.id },
        'the bot was removed from the team; its prompts will fail until it is added again',
      );
      return;
    }
    await installations.recordMembersLeft(team.id, removed);
    logger.info({ groupId: team.id, left: removed.length }, 'members left the team');
  });
}
