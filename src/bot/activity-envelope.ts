import { z } from 'zod/v4';

/**
 * The part of an incoming activity that the bot and the SDK rely on, as a schema. Everything from
 * Teams passes through it before a turn runs; an activity that does not fit is refused with 400
 * and never reaches a handler, the SDK's routing or storage. Unknown extra fields are kept (Teams
 * adds new ones) but nothing of ours reads them.
 */

/**
 * A string that can end up in a header (the Bot Connector's `x-ms-conversation-id`), a table key or
 * a log line: no control characters (a NUL in a team id once reached a header and failed there).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;
const plain = (max: number) => z.string().max(max).regex(NO_CONTROL, 'control character');
const id = (max = 256) => plain(max).min(1);
const name = plain(512).nullish();
const object = z.record(z.string(), z.unknown());

const account = z.looseObject({
  id: id(),
  name,
  aadObjectId: plain(128).nullish(),
  role: plain(32).nullish(),
});

const conversation = z.looseObject({
  id: id(1024),
  conversationType: plain(32).nullish(),
  tenantId: plain(128).nullish(),
  isGroup: z.boolean().nullish(),
  name,
});

/** The Teams-specific facts the bot stores: team, channel, tenant. */
const channelData = z.looseObject({
  tenant: z.looseObject({ id: id(128) }).nullish(),
  team: z.looseObject({ id: id(1024), name, aadGroupId: plain(128).nullish() }).nullish(),
  channel: z.looseObject({ id: id(1024), name }).nullish(),
  eventType: plain(64).nullish(),
});

/** A mention must name whom it mentions; the SDK strips the bot's own mention from the text. */
const entity = z
  .looseObject({
    type: z.string().min(1).max(128),
    text: z.string().max(1024).optional(),
    mentioned: account.optional(),
  })
  .refine((value) => value.type !== 'mention' || (value.mentioned !== undefined && value.text !== undefined), {
    message: 'a mention names whom it mentions',
  });

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Where the bot's replies go. With authentication: https (the SDK also requires the token's
 * `serviceurl` claim to name the same URL), or http only to this machine (a connector on loopback:
 * the tests' Bot Connector fake; no token the Bot Framework issues names one). In local anonymous
 * mode nothing vouches for the caller, so replies go only to this machine: otherwise anyone who
 * reaches the port could make the bot call any host.
 */
function serviceUrl(local: boolean) {
  return z
    .string()
    .max(512)
    .refine((text) => {
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        return false;
      }
      const loopback = LOOPBACK.has(url.hostname);
      if (local) return (url.protocol === 'http:' || url.protocol === 'https:') && loopback;
      return url.protocol === 'https:' || (url.protocol === 'http:' && loopback);
    }, 'not an allowed service URL');
}

export function activityEnvelope(options: { local: boolean }) {
  return z.looseObject({
    type: z.string().regex(/^[A-Za-z]{1,64}$/),
    id: id(),
    channelId: id(64),
    serviceUrl: serviceUrl(options.local),
    from: account,
    recipient: account,
    conversation,
    channelData: channelData.optional(),
    locale: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,35}$/)
      .optional(),
    entities: z.array(entity).max(64).optional(),
    value: object.optional(),
    text: z.string().max(40_000).optional(),
    textFormat: plain(32).optional(),
    name: plain(128).optional(),
    action: plain(64).optional(),
    replyToId: plain(1024).optional(),
    timestamp: plain(64).optional(),
    localTimestamp: plain(64).optional(),
    deliveryMode: z.enum(['normal', 'notification', 'expectReplies', 'ephemeral']).optional(),
    attachments: z.array(object).max(16).optional(),
    membersAdded: z.array(account).max(1000).optional(),
    membersRemoved: z.array(account).max(1000).optional(),
  });
}

export type ActivityEnvelope = z.infer<ReturnType<typeof activityEnvelope>>;

/** The card action of an `adaptiveCard/action` invoke (Action.Execute), as teams-ai routes it. */
export const cardActionInvoke = z.looseObject({
  action: z.looseObject({
    type: z.literal('Action.Execute'),
    verb: z.string().min(1).max(128),
    data: object.optional(),
  }),
});

export const CARD_ACTION_INVOKE = 'adaptiveCard/action';

/** The first problem, as a short dotted path for the 400 answer and the warn line (never a value). */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issue.path.map(String).join('.') || 'activity' : 'activity';
}
