import type { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes } from 'botbuilder';
import { textsOf } from '../context';
import type { BotDependencies } from '../deps';

export const HELP_COMMAND = /^\s*(hjälp|hjalp|help|\?)\s*$/i;

export function registerHelpHandlers(app: Application<TurnState>, deps: BotDependencies): void {
  app.message(HELP_COMMAND, async (context) => {
    await context.sendActivity(textsOf(context, deps.localeOverride).help);
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
