import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import { groupPickerCard } from '../cards/group-picker.card';
import type { Group, GroupMember } from '../domain/group';
import type { CommandName, Texts } from '../i18n';
import type { Membership } from '../services/membership';
import { cardAction, type CardReply, groupData, sendReply } from './card-actions';
import { channelOf, isPersonalChat, memberKeyOfSender, teamOf, textsOf } from './context';
import type { BotDependencies } from './deps';
import { VERBS } from './verbs';

/** Where a command answers: the 1:1 chat, the group's team's channels, the council's channel. */
export type CommandPlace = 'personal' | 'team' | 'council';
/** The Teams command menus (the manifest's `commandLists` scopes). */
export type CommandMenu = 'personal' | 'team' | 'groupChat';
/** Who may use it, checked on the server: anyone, an active member of the group, its samordnare. */
export type CommandRole = 'anyone' | 'member' | 'samordnare';

/** What every command gets: the turn, the sender's texts, what they wrote ('' from the group picker). */
export interface CommandRequest {
  deps: BotDependencies;
  context: TurnContext;
  t: Texts;
  text: string;
  memberKey: string;
}

interface CommandBase {
  name: CommandName;
  /** The words it answers to, in Swedish and English (and without å, ä, ö). */
  pattern: RegExp;
  role: CommandRole;
  answersIn: readonly CommandPlace[];
  /** The Teams command menus that offer it (at most twelve commands each). */
  menu: readonly CommandMenu[];
}

/** About one group: a member of several chooses on a card first. */
export type OneGroupCommand = CommandBase & {
  about: 'oneGroup';
  run(membership: Membership, request: CommandRequest): Promise<CardReply>;
};
/** One answer per group answered here (none for a group it has nothing for). */
export type EachGroupCommand = CommandBase & {
  about: 'eachGroup';
  run(membership: Membership, request: CommandRequest): Promise<CardReply | undefined>;
};
/** About the sender, with every group where they have the role (none for `anyone`). */
export type SenderCommand = CommandBase & {
  about: 'sender';
  run(groups: Group[], request: CommandRequest): Promise<CardReply>;
};
/** One text command: what it answers to, who may use it where, and what it does. */
export type Command = OneGroupCommand | EachGroupCommand | SenderCommand;

/** Declares commands of each kind; the type of `run`'s arguments follows from the kind. */
/** A samordnare's command in the 1:1 chat, in its command menu: most of the running of a group. */
export const SAMORDNARE_PERSONAL = { role: 'samordnare', answersIn: ['personal'], menu: ['personal'] } as const;

export const oneGroupCommand = (spec: Omit<OneGroupCommand, 'about'>): Command => ({ ...spec, about: 'oneGroup' });
export const eachGroupCommand = (spec: Omit<EachGroupCommand, 'about'>): Command => ({ ...spec, about: 'eachGroup' });
export const senderCommand = (spec: Omit<SenderCommand, 'about'>): Command => ({ ...spec, about: 'sender' });

const hasRole = (role: CommandRole, member: GroupMember) => role !== 'samordnare' || member.role === 'samordnare';

/** The groups among `memberships` that a channel answers for: its council's group, its team's group. */
function answeredInChannel(context: TurnContext, command: Command, memberships: Membership[]): Membership[] {
  const team = teamOf(context);
  const channel = channelOf(context);
  const council = command.answersIn.includes('council') && channel !== undefined;
  const teamGroup = command.answersIn.includes('team') && team !== undefined;
  return [
    ...memberships.filter(({ group }) => council && group.council?.channelId === channel?.id),
    ...memberships.filter(({ group }) => teamGroup && group.id === team?.id),
  ];
}

/** Where the command answers: in the 1:1 chat, or in a channel (of its team, or the council's). */
const answersHere = (command: Command, personal: boolean) =>
  personal ? command.answersIn.includes('personal') : command.answersIn.some((place) => place !== 'personal');

/** Answers one command: where it was said, who said it, for which groups. */
async function answer(deps: BotDependencies, command: Command, context: TurnContext): Promise<CardReply[]> {
  const request: CommandRequest = {
    deps,
    context,
    t: textsOf(context, deps.localeOverride),
    text: context.activity.text ?? '',
    memberKey: memberKeyOfSender(context),
  };
  const { t } = request;
  const personal = isPersonalChat(context);
  const samordnare = command.role === 'samordnare';
  if (!answersHere(command, personal)) {
    if (personal) return [{ message: t.commands.onlyInChannel }];
    return [{ message: samordnare ? t.adminInPersonalChat : t.reportInPersonalChat }];
  }
  if (command.role === 'anyone' && command.about === 'sender') return [await command.run([], request)];
  const all = await deps.admin.memberships(request.memberKey);
  const withRole = all.filter(({ member }) => hasRole(command.role, member));
  if (withRole.length === 0)
    return [{ message: samordnare && all.length > 0 ? t.admin.onlySamordnare : t.notInAnyGroup }];
  const here = personal ? withRole : answeredInChannel(context, command, withRole);
  // Said in a channel that none of the sender's groups answers in: the 1:1 chat is the place.
  if (command.about !== 'sender' && here.length === 0) return [{ message: t.adminInPersonalChat }];
  switch (command.about) {
    case 'sender':
      return [
        await command.run(
          withRole.map(({ group }) => group),
          request,
        ),
      ];
    case 'eachGroup': {
      const replies: CardReply[] = [];
      for (const membership of here) {
        const reply = await command.run(membership, request);
        if (reply) replies.push(reply);
      }
      return replies;
    }
    case 'oneGroup':
      if (here.length > 1 && personal) {
        const question =
          command.role === 'samordnare' ? t.commands.chooseGroup.samordnare : t.commands.chooseGroup.member;
        return [
          {
            card: groupPickerCard(
              here.map(({ group }) => group),
              question,
              command.name,
            ),
          },
        ];
      }
      return [await command.run(here[0], request)];
  }
}

/** Registers every command of the table; message routes are tried in the order registered. */
export function registerCommands(app: Application<TurnState>, deps: BotDependencies, commands: readonly Command[]) {
  for (const command of commands) {
    app.message(command.pattern, async (context) => {
      for (const reply of await answer(deps, command, context)) await sendReply(context, reply);
    });
  }
}

/** The group picker's card action: runs the chosen command for the chosen group, with its role checked. */
export function pickerAction(deps: BotDependencies, commands: readonly Command[]) {
  const oneGroup = commands.filter((command): command is OneGroupCommand => command.about === 'oneGroup');
  const input = groupData.extend({
    command: z.string().refine((name) => oneGroup.some((command) => command.name === name)),
  });
  return cardAction({
    verb: VERBS.commandOpen,
    role: 'member',
    input,
    act: ({ context, group, member, data, t }) => {
      const command = oneGroup.find((candidate) => candidate.name === data.command)!;
      if (!hasRole(command.role, member)) return Promise.resolve({ message: t.admin.onlySamordnare });
      return command.run({ group, member }, { deps, context, t, text: '', memberKey: member.memberKey });
    },
  });
}
