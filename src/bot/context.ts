import type { TurnContext } from 'botbuilder';
import { memberKeyOf } from '../domain/group';
import { languageFor, textsFor, type Language, type Texts } from '../i18n';

/**
 * Readers of the facts a turn's activity states. The activity passed the envelope schema
 * (`activity-envelope.ts`) before any turn ran; these still check each type, so that a caller
 * that skipped it (a test adapter, a proactive turn) cannot store a wrong type either.
 */

interface ActivityFacts {
  channelData?: unknown;
  conversation?: { tenantId?: unknown };
}

const stringOf = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

export function textsOf(context: TurnContext, override: Language | undefined): Texts {
  return textsFor(languageFor(stringOf(context.activity.locale), override));
}

export function memberKeyOfSender(context: TurnContext): string {
  return memberKeyOf(context.activity.from);
}

export function isPersonalChat(context: TurnContext): boolean {
  return context.activity.conversation?.conversationType === 'personal';
}

/** The Teams team of a team-scoped activity, if any. */
export function teamOf(context: TurnContext): { id: string; name?: string } | undefined {
  const team = field(context.activity.channelData, 'team');
  const id = stringOf(field(team, 'id'));
  return id ? { id, name: stringOf(field(team, 'name')) } : undefined;
}

/** The channel of a channel-scoped activity, if any. */
export function channelOf(context: TurnContext): { id: string; name?: string } | undefined {
  const channel = field(context.activity.channelData, 'channel');
  const id = stringOf(field(channel, 'id'));
  return id ? { id, name: stringOf(field(channel, 'name')) } : undefined;
}

/** The tenants an activity names, as written: Teams states it twice, in channelData and the conversation. */
function namedTenants(activity: ActivityFacts): string[] {
  const named = [
    stringOf(field(field(activity.channelData, 'tenant'), 'id')),
    stringOf(activity.conversation?.tenantId),
  ];
  return named.filter((id): id is string => id !== undefined);
}

export function tenantOf(context: TurnContext): string {
  return namedTenants(context.activity)[0] ?? '';
}

/** Every tenant the activity names (normally the same one twice), for the allow-list. */
export function tenantsOf(activity: ActivityFacts): string[] {
  return [...new Set(namedTenants(activity).map((id) => id.toLowerCase()))];
}

/** Allowed only when it names a tenant and every tenant it names is on the list. */
export function tenantAllowed(tenants: string[], allowed: readonly string[] | 'any'): boolean {
  if (allowed === 'any') return true;
  return tenants.length > 0 && tenants.every((tenant) => allowed.includes(tenant));
}
