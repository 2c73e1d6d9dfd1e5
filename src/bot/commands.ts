import type { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes } from 'botbuilder';
import type { CommandText, Texts } from '../i18n';
import { type Command, type CommandMenu, senderCommand } from './command-table';
import { textsOf } from './context';
import type { BotDependencies } from './deps';
import { adminCommands } from './handlers/admin';
import { insatsCommands } from './handlers/insatser';
import { memberCommands } from './handlers/my-reports';
import { pledgeCommands } from './handlers/pledges';
import { policeCommands } from './handlers/police';
import { reportCommands } from './handlers/report';
import { situationPictureCommands } from './handlers/situation-picture-commands';
import { trendCommands } from './handlers/trends';

/** `hjälp`: every command the sender may use, from the table below. */
const helpCommand: Command = senderCommand({
  name: 'help',
  pattern: /^\s*(hjälp|hjalp|help|\?)\s*$/i,
  role: 'anyone',
  answersIn: ['personal', 'team', 'council'],
  menu: ['personal', 'team', 'groupChat'],
  run: (_groups, { t }) => Promise.resolve({ message: helpText(t) }),
});

/**
 * Every text command of the bot, in the order their patterns are tried: the one table that registers
 * them, and that `hjälp`, the manifest's command menus and the README's tables are checked against.
 */
export const COMMANDS: readonly Command[] = [
  ...reportCommands,
  ...pledgeCommands,
  ...insatsCommands,
  ...memberCommands,
  ...adminCommands,
  ...situationPictureCommands,
  ...trendCommands,
  ...policeCommands,
  helpCommand,
];

/** A command's line in `hjälp`: "- **rapportera**: lämna din lägesbild …". */
const helpLine = (text: CommandText) =>
  `- ${(text.forms ?? [text.title]).map((form) => `**${form}**`).join(' / ')}: ${text.does}`;

/** `hjälp`: the members' commands, then the samordnare's, then what to write about. */
export function helpText(t: Texts): string {
  const lines = (samordnare: boolean) =>
    COMMANDS.filter((command) => (command.role === 'samordnare') === samordnare).map((command) =>
      helpLine(t.commands.byName[command.name]),
    );
  const { helpIntro, helpSamordnare, helpPrivacy } = t.commands;
  return [helpIntro, '', ...lines(false), '', helpSamordnare, ...lines(true), '', helpPrivacy].join('\n');
}

/** The manifest's command menu of one scope, in one language: what `appPackage/` must hold. */
export function commandMenu(menu: CommandMenu, t: Texts): { title: string; description: string }[] {
  return COMMANDS.filter((command) => command.menu.includes(menu)).map((command) => {
    const { title, does } = t.commands.byName[command.name];
    const description = does.charAt(0).toUpperCase() + does.slice(1);
    return { title, description: command.role === 'samordnare' ? t.commands.forSamordnare(does) : description };
  });
}

/** Registered last: anything no other route took gets a short pointer instead of silence. */
export function registerFallbackHandler(app: Application<TurnState>, deps: BotDependencies): void {
  app.activity(ActivityTypes.Message, async (context) => {
    const t = textsOf(context, deps.localeOverride);
    const isCardSubmit = !context.activity.text && context.activity.value !== undefined;
    await context.sendActivity(isCardSubmit ? t.invalidCard : t.unknownCommand);
  });
}
