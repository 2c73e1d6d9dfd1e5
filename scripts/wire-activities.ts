/**
 * Activities as Teams posts them to `/api/messages` from a person's 1:1 chat with the bot: for the
 * tests that drive the built service over HTTP (tests/helpers/wire.ts) and for `npm run bench`.
 */

/** Who writes, and in which 1:1 chat and tenant. */
export interface WireSender {
  id: string;
  aadObjectId?: string;
  name: string;
  conversationId: string;
  tenantId: string;
}

function personal(sender: WireSender, bot: { id: string; name: string }, serviceUrl: string, id: string) {
  return {
    id,
    channelId: 'msteams',
    serviceUrl,
    from: { id: sender.id, aadObjectId: sender.aadObjectId, name: sender.name },
    recipient: bot,
    conversation: { id: sender.conversationId, conversationType: 'personal', tenantId: sender.tenantId },
    channelData: { tenant: { id: sender.tenantId } },
    locale: 'sv-SE',
  };
}

export interface WireTarget {
  bot: { id: string; name: string };
  serviceUrl: string;
  /** The activity's id. */
  id: string;
}

/** A message typed in the 1:1 chat. */
export function messageActivity(sender: WireSender, target: WireTarget, text: string) {
  return { ...personal(sender, target.bot, target.serviceUrl, target.id), type: 'message', text };
}

/** `Action.Execute` from a card in the 1:1 chat; the verb is in the data too, as the card sends it. */
export function cardActionActivity(
  sender: WireSender,
  target: WireTarget,
  verb: string,
  data: Record<string, unknown>,
) {
  return {
    ...personal(sender, target.bot, target.serviceUrl, target.id),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: 'card-1',
    value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: 'manual' },
  };
}
