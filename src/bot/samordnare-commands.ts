import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import { adminPickerCard } from '../cards/admin.card';
import type { Group } from '../domain/group';
import type { Texts } from '../i18n';
import { cardAction, type CardReply, groupData, sendReply } from './card-actions';
import { channelOf, isPersonalChat, memberKeyOfSender, teamOf, textsOf } from './context';
import type { BotDependencies } from './deps';
import { VERBS } from './verbs';

/**
 * A samordnare's command in the 1:1 chat (`status`, `sammanställ`, …): what it is called, the
 * text it answers to, and what it does for one group. The role is checked on the server for every
 * group; a samordnare of several groups first chooses one on a card.
 */
export interface SamordnareCommand {
  name: string;
  pattern: RegExp;
  /**
   * Also answers in a channel (with an @mention): for the group whose team it is, or whose council
   * channel it is, when the sender is its samordnare. Only for what a council may see.
   */
  inChannel?: boolean;
  /** `text` is what the samordnare wrote ('' when the command came from the group picker). */
  run(group: Group, t: Texts, text: string): Promise<CardReply>;
}

/** Registers the commands' messages; a samordnare of several groups gets `pickerAction`'s card. */
export function registerSamordnareCommands(
  app: Application<TurnState>,
  deps: BotDependencies,
  commands: readonly SamordnareCommand[],
): void {
  const { admin, reports, localeOverride } = deps;
  for (const command of commands) {
    app.message(command.pattern, async (context) => {
      const t = textsOf(context, localeOverride);
      const memberKey = memberKeyOfSender(context);
      if (!isPersonalChat(context)) {
        const group = command.inChannel ? await channelGroup(deps, context, memberKey) : undefined;
        if (group) await sendReply(context, await command.run(group, t, context.activity.text ?? ''));
        else await context.sendActivity(t.adminInPersonalChat);
        return;
      }
      const groups = await admin.groupsRunBy(memberKey);
      if (groups.length === 0) {
        const memberOf = await reports.groupsOf(memberKey);
        await context.sendActivity(memberOf.length > 0 ? t.admin.onlySamordnare : t.notInAnyGroup);
      } else if (groups.length > 1) {
        await sendReply(context, { card: adminPickerCard(groups, command.name, t) });
      } else {
        await sendReply(context, await command.run(groups[0], t, context.activity.text ?? ''));
      }
    });
  }
}

/** The group a channel belongs to (its team, or its council channel), when the sender runs it. */
async function channelGroup(
  deps: BotDependencies,
  context: TurnContext,
  memberKey: string,
): Promise<Group | undefined> {
  const team = teamOf(context);
  const channel = channelOf(context);
  const groups = await deps.admin.groupsRunBy(memberKey);
  return (
    groups.find((group) => channel !== undefined && group.council?.channelId === channel.id) ??
    groups.find((group) => team !== undefined && group.id === team.id)
  );
}

/** The group picker's card action (`admin.open`): runs the chosen command for the chosen group. */
export function pickerAction(commands: readonly SamordnareCommand[]) {
  const names = commands.map((command) => command.name);
  const picked = groupData.extend({
    command: z.string().refine((name) => names.includes(name)),
  });
  return cardAction({
    verb: VERBS.adminOpen,
    role: 'samordnare',
    input: picked,
    act: ({ group, data, t }) => commands.find((command) => command.name === data.command)!.run(group, t, ''),
  });
}
