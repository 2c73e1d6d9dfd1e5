import type { TurnContext } from 'botbuilder';
import { memberKeyOf } from '../domain/group';
import { languageFor, textsFor, type Language, type Texts } from '../i18n';

export function textsOf(context: TurnContext, override: Language | undefined): Texts {
  return textsFor(languageFor(context.activity.locale, override));
}

export function memberKeyOfSender(context: TurnContext): string {
  return memberKeyOf(context.activity.from);
}

export function isPersonalChat(context: TurnContext): boolean {
  return context.activity.conversation?.conversationType === 'personal';
}

/** The Teams team of a team-scoped activity, if any. */
export function teamOf(context: TurnContext): { id: string; name?: string } | undefined {
  const team = (context.activity.channelData as { team?: { id?: string; name?: string } } | undefined)?.team;
  return team?.id ? { id: team.id, name: team.name } : undefined;
}

export function tenantOf(context: TurnContext): string {
  const channelData = context.activity.channelData as { tenant?: { id?: string } } | undefined;
  return channelData?.tenant?.id ?? context.activity.conversation?.tenantId ?? '';
}

/** Every tenant the activity names (Teams states it twice; normally the same one), for the allow-list. */
export function tenantsOf(context: TurnContext): string[] {
  const channelData = context.activity.channelData as { tenant?: { id?: string } } | undefined;
  const named = [channelData?.tenant?.id, context.activity.conversation?.tenantId];
  return [...new Set(named.filter((id): id is string => Boolean(id)).map((id) => id.toLowerCase()))];
}

/** Allowed only when it names a tenant and every tenant it names is on the list. */
export function tenantAllowed(tenants: string[], allowed: readonly string[] | 'any'): boolean {
  if (allowed === 'any') return true;
  return tenants.length > 0 && tenants.every((tenant) => allowed.includes(tenant));
}
