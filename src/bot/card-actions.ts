import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/render';
import type { Logger } from '../logger';

/** What a card action answers: a card that replaces the one clicked, or a short message. */
export type CardReply = { card: AdaptiveCardJson } | { message: string };

export type CardActionHandler = (context: TurnContext, data: Record<string, unknown>) => Promise<CardReply>;

/**
 * Registers one handler for a verb, reached both by `Action.Execute` (the reply becomes the invoke
 * response) and by its `Action.Submit` fallback (the reply updates the clicked card, or is sent).
 */
export function onCardAction(
  app: Application<TurnState>,
  verb: string,
  handler: CardActionHandler,
  logger: Logger,
): void {
  app.adaptiveCards.actionExecute<Record<string, unknown>>(verb, async (context, _state, data) => {
    const reply = await handler(context, data ?? {});
    return 'card' in reply ? reply.card : reply.message;
  });
  app.adaptiveCards.actionSubmit<Record<string, unknown>>(verb, async (context, _state, data) => {
    const reply = await handler(context, data ?? {});
    if ('message' in reply) {
      await context.sendActivity(reply.message);
      return;
    }
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(reply.card));
    const replyToId = context.activity.replyToId;
    if (replyToId) {
      try {
        await context.updateActivity({ ...activity, id: replyToId });
        return;
      } catch (error) {
        logger.warn({ err: error, verb }, 'could not update the clicked card; sending a new one');
      }
    }
    await context.sendActivity(activity);
  });
}
