import type { Application, TurnState } from '@microsoft/teams-ai';
import { INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
import { isAppError } from '../errors';
import type { Language, Texts } from '../i18n';
import type { Logger } from '../logger';
import { CARD_ACTION_INVOKE, cardActionInvoke } from './activity-envelope';
import { textsOf } from './context';

/** How a failed turn is logged and what the person is told. */
interface Failure {
  level: 'warn' | 'error';
  reason: string;
  sentence(t: Texts): string;
}

/**
 * What went wrong, by the one error type's code: a row our schema refused or a change that met
 * another (`warn`, the person may try again), storage away (`warn`, nothing was saved), or a fault
 * of ours (`error`, with the stack).
 */
export function failureOf(error: unknown): Failure {
  if (isAppError(error, 'invalid_input'))
    return { level: 'warn', reason: error.message, sentence: (t) => t.invalidCard };
  if (isAppError(error, 'conflict')) return { level: 'warn', reason: 'conflict', sentence: (t) => t.busyTryAgain };
  if (isAppError(error, 'storage')) {
    return { level: 'warn', reason: 'storageUnavailable', sentence: (t) => t.storageUnavailable };
  }
  return { level: 'error', reason: 'fault', sentence: (t) => t.somethingWentWrong };
}

/** Logs a failure at its level: a reason code for the expected ones, the error itself for ours. */
export function logFailure(logger: Logger, error: unknown, facts: Record<string, unknown>): Failure {
  const failure = failureOf(error);
  if (failure.level === 'warn') logger.warn({ ...facts, reason: failure.reason }, 'turn not carried out');
  else logger.error({ ...facts, err: error }, 'turn failed');
  return failure;
}

/** A card action's answer that Teams shows in place of the card: a sentence. */
const answerCardAction = (context: TurnContext, message: string) =>
  context.sendActivity({
    type: 'invokeResponse',
    value: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message },
    },
  });

/**
 * One turn through our routes, and the one place where a failed turn is answered and logged: every
 * command, card action and event that throws ends here. Every invoke gets an answer: a card action
 * that no route took, or whose data is malformed, is told the card is out of date.
 */
export function createTurn(options: {
  app: Application<TurnState>;
  logger: Logger;
  localeOverride?: Language;
}): (context: TurnContext) => Promise<void> {
  const { app, logger, localeOverride } = options;
  const staleCard = (context: TurnContext) => answerCardAction(context, textsOf(context, localeOverride).invalidCard);

  return async (context) => {
    const { activity } = context;
    const isInvoke = activity.type === 'invoke';
    const isCardAction = isInvoke && activity.name === CARD_ACTION_INVOKE;
    if (isCardAction && !cardActionInvoke.safeParse(activity.value).success) {
      logger.warn({ activityId: activity.id, reason: 'malformedCardAction' }, 'card action refused');
      await staleCard(context);
      return;
    }
    try {
      await app.run(context);
    } catch (error) {
      const failure = logFailure(logger, error, { activityId: activity.id, type: activity.type });
      if (context.turnState.get(INVOKE_RESPONSE_KEY)) return;
      const sentence = failure.sentence(textsOf(context, localeOverride));
      if (isCardAction) await answerCardAction(context, sentence);
      else if (activity.type === 'message') await context.sendActivity(sentence).catch(() => undefined);
      return;
    }
    if (isInvoke && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
      logger.warn({ activityId: activity.id, name: activity.name, reason: 'unhandledInvoke' }, 'invoke not handled');
      if (isCardAction) await staleCard(context);
      else
        await context.sendActivity({
          type: 'invokeResponse',
          value: { status: 400, body: { error: 'unsupported invoke' } },
        });
    }
  };
}
