import { cardActionActivity, messageActivity, type WireSender, type WireTarget } from '../../scripts/wire-activities';
import { OBSERVATION_FORM } from './bot-harness';
import type { ConnectorFake } from './connector-fake';

/**
 * Activities as Teams sends them over the wire to `/api/messages`, for tests that drive the built
 * service over HTTP. Replies go to the Bot Connector fake.
 */

export const WIRE_TENANT = 'tenant-wire-0001';
export const BOT = { id: '28:lagesbild-bot', name: 'Lägesbild' };

export interface WireUser {
  id: string;
  aadObjectId: string;
  name: string;
}

export const wireUsers = {
  samordnare: { id: '29:wire-samordnare', aadObjectId: 'aad-wire-samordnare', name: 'Sara Samordnare' },
  polis: { id: '29:wire-polis', aadObjectId: 'aad-wire-polis', name: 'Per Polis' },
  skola: { id: '29:wire-skola', aadObjectId: 'aad-wire-skola', name: 'Siv Skola' },
} satisfies Record<string, WireUser>;

let sequence = 0;
const nextId = () => `wire-${Date.now()}-${(sequence += 1)}`;

export function teamOnFake(fake: ConnectorFake, teamId: string, name: string): void {
  fake.teams.set(teamId, {
    name,
    members: Object.values(wireUsers).map(({ id, aadObjectId, name: memberName }) => ({
      id,
      aadObjectId,
      name: memberName,
    })),
    channels: [{ id: teamId }, { id: `${teamId}-rad`, name: 'Trygghetsrådet' }],
  });
}

/** The bot added to a team (what Teams sends when a team installs the app). */
export function install(fake: ConnectorFake, teamId: string, teamName: unknown, installer = wireUsers.samordnare) {
  return {
    type: 'conversationUpdate',
    id: nextId(),
    channelId: 'msteams',
    serviceUrl: fake.serviceUrl,
    from: { id: installer.id, aadObjectId: installer.aadObjectId, name: installer.name },
    recipient: BOT,
    conversation: { id: teamId, conversationType: 'channel', tenantId: WIRE_TENANT, isGroup: true },
    channelData: { tenant: { id: WIRE_TENANT }, team: { id: teamId, name: teamName }, eventType: 'teamMemberAdded' },
    membersAdded: [{ id: BOT.id }],
    locale: 'sv-SE',
  };
}

const sender = (user: WireUser): WireSender => ({
  ...user,
  conversationId: `a:personal-${user.id}`,
  tenantId: WIRE_TENANT,
});
const target = (fake: ConnectorFake): WireTarget => ({ bot: BOT, serviceUrl: fake.serviceUrl, id: nextId() });

export function message(fake: ConnectorFake, user: WireUser, text: string) {
  return messageActivity(sender(user), target(fake), text);
}

/** Action.Execute from a card in the personal chat. */
export function execute(fake: ConnectorFake, user: WireUser, verb: string, data: Record<string, unknown>) {
  return cardActionActivity(sender(user), target(fake), verb, data);
}

/** A report with three observations, as the card's Skicka rapporten sends it (the form plus the draft). */
export const SUBMIT_FORM = { ...OBSERVATION_FORM, datum: '', tidpunkt: 'kvall' };

export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: kept as text.
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

/** The first value of `key` anywhere in a card (its actions carry groupId and periodId). */
export function findInCard(card: unknown, key: string): unknown {
  if (typeof card !== 'object' || card === null) return undefined;
  if (key in card) return (card as Record<string, unknown>)[key];
  for (const value of Object.values(card)) {
    const found = findInCard(value, key);
    if (found !== undefined) return found;
  }
  return undefined;
}
