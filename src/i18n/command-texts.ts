/** Every text command of the bot, by name (the command table in `bot/commands.ts` has one entry each). */
export const COMMAND_NAMES = [
  'report',
  'pledges',
  'insatser',
  'myReports',
  'feedback',
  'help',
  'status',
  'remind',
  'start',
  'members',
  'settings',
  'newInsats',
  'compile',
  'archive',
  'pledgesFollowUp',
  'longReport',
  'trends',
  'policeFetch',
  'publishHere',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** How a command is written and what it does, in `hjälp`, the Teams command menu and the README. */
export interface CommandText {
  /** The words a user types, as the command menu offers them: "rapportera". */
  title: string;
  /** How `hjälp` shows it when that differs from the title: ["återkoppling av", "återkoppling på"]. */
  forms?: readonly string[];
  /** What it does, as the end of "rapportera: …" (lower case). */
  does: string;
}

/** What the command table says (see `texts.ts`). */
export interface CommandTexts {
  byName: Record<CommandName, CommandText>;
  helpIntro: string;
  helpSamordnare: string;
  helpPrivacy: string;
  /** A samordnare's command in the command menu: "Samordnaren: vem som har svarat". */
  forSamordnare(does: string): string;
  /** A member of several groups, before a command that is about one. */
  chooseGroup: { member: string; samordnare: string };
  /** A command said in the 1:1 chat that is only for a channel. */
  onlyInChannel: string;
}
