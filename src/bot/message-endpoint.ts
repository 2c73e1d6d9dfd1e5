import type { Application, TurnState } from '@microsoft/teams-ai';
import { INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import { isAppError } from '../errors';
import type { EndpointResponse, MessageEndpoint } from '../http/server';
import type { Language } from '../i18n';
import type { Logger } from '../logger';
import { activityEnvelope, CARD_ACTION_INVOKE, cardActionInvoke, firstProblem } from './activity-envelope';
import type { BotAdapter } from './adapter';
import { tenantAllowed, tenantsOf, textsOf } from './context';

export interface MessageEndpointOptions {
  adapter: BotAdapter;
  app: Application<TurnState>;
  logger: Logger;
  /** No credentials: the Agents Playground on loopback (the schema runs before everything). */
  local: boolean;
  allowedTenants: readonly string[] | 'any';
  localeOverride?: Language;
}

const refused = (status: number, error: string, reason?: string): EndpointResponse => ({
  status,
  body: reason ? { error, reason } : { error },
});

const stringOrUndefined = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The boundary between HTTP and a turn. In production the token is checked first (nothing of an
 * unauthenticated request is looked at further), then the activity's schema, then the tenant; in
 * local mode the schema comes first. Only then does a turn run, and every invoke gets an answer:
 * a card action that no route took, or whose data is malformed, is told the card is out of date.
 * Bad input is a 4xx and one `warn` line without the body; `error` is kept for faults of ours.
 */
export function createMessageEndpoint(options: MessageEndpointOptions): MessageEndpoint {
  const { adapter, app, logger, local, allowedTenants, localeOverride } = options;
  const envelope = activityEnvelope({ local });

  /** A card action's answer that Teams shows in place of the card: a sentence. */
  const answerCardAction = (context: TurnContext, message: string) =>
    context.sendActivity({
      type: 'invokeResponse',
      value: {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message },
      },
    });
  const staleCard = (context: TurnContext) => answerCardAction(context, textsOf(context, localeOverride).invalidCard);

  /** The turn: our handlers through teams-ai, with every failure answered and logged at its level. */
  const turn = async (context: TurnContext) => {
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
      const storage = isAppError(error, 'storage');
      if (isAppError(error, 'invalid_input')) {
        logger.warn({ activityId: activity.id, type: activity.type, reason: error.message }, 'input refused');
      } else if (storage) {
        logger.warn(
          { activityId: activity.id, type: activity.type, reason: 'storageUnavailable' },
          'turn not carried out',
        );
      } else {
        logger.error({ err: error, activityId: activity.id, type: activity.type }, 'turn failed');
      }
      if (context.turnState.get(INVOKE_RESPONSE_KEY)) return;
      const t = textsOf(context, localeOverride);
      const sentence = storage ? t.storageUnavailable : t.somethingWentWrong;
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

  return async ({ body, authorization }) => {
    const facts = { channelId: stringOrUndefined(body.channelId), serviceUrl: stringOrUndefined(body.serviceUrl) };
    if (!local && authorization === '') {
      logger.warn({ reason: 'noToken' }, 'activity refused');
      return refused(401, 'unauthorized');
    }
    const checked = local ? envelope.safeParse(body) : undefined;
    if (checked && !checked.success) return invalid(firstProblem(checked.error));

    let authentication;
    try {
      authentication = await adapter.authenticate(facts, authorization);
    } catch (error) {
      if (error instanceof AuthenticationError) {
        logger.warn({ reason: 'token', detail: error.message.slice(0, 200) }, 'activity refused');
        return refused(401, 'unauthorized');
      }
      throw error;
    }

    const parsed = checked ?? envelope.safeParse(body);
    if (!parsed.success) return invalid(firstProblem(parsed.error));
    const activity = parsed.data;

    const tenants = tenantsOf(activity);
    if (!tenantAllowed(tenants, allowedTenants)) {
      logger.warn(
        { tenants, activityType: activity.type, channelId: activity.channelId, reason: 'tenant' },
        'activity from a tenant that is not allowed refused',
      );
      return activity.type === 'invoke' ? refused(403, 'tenant') : { status: 200 };
    }
    const invokeResponse = await adapter.runTurn(authentication, activity, turn);
    return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
  };

  function invalid(reason: string): EndpointResponse {
    logger.warn({ reason: 'invalidActivity', path: reason }, 'activity refused');
    return refused(400, 'invalid activity', reason);
  }
}
