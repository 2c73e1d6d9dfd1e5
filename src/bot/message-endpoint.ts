import type { Application, TurnState } from '@microsoft/teams-ai';
import { AuthenticationError } from 'botframework-connector';
import type { EndpointResponse, MessageEndpoint } from '../http/server';
import type { Language } from '../i18n';
import type { Logger } from '../logger';
import { activityEnvelope, firstProblem } from './activity-envelope';
import type { BotAdapter } from './adapter';
import { tenantAllowed, tenantsOf } from './context';
import { createTurn } from './turn';

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
 * local mode the schema comes first. Only then does a turn run (`turn.ts`). Bad input is a 4xx and one `warn` line without the body; `error` is kept for faults of ours.
 */
export function createMessageEndpoint(options: MessageEndpointOptions): MessageEndpoint {
  const { adapter, app, logger, local, allowedTenants, localeOverride } = options;
  const envelope = activityEnvelope({ local });

  const turn = createTurn({ app, logger, localeOverride });

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
