/**
 * Proactive messages to a person's 1:1 chat, with every result classified so the outbox can decide:
 * sent; throttled (429, retry after the given time); transient (5xx, 412, network: retry with
 * backoff); gone (403/404: the person blocked or removed the bot; record, do not retry); failed
 * (any other 4xx: a defect, not worth retrying).
 */
export type SendOutcome =
  | { kind: 'sent'; activityId?: string; conversation: ConversationTarget }
  | { kind: 'throttled'; retryAfterMs?: number; status: number }
  | { kind: 'transient'; status?: number }
  | { kind: 'gone'; status: number }
  | { kind: 'failed'; status?: number };

/** Where a person's 1:1 chat is, or enough to create it. */
export interface PersonTarget {
  tenantId: string;
  serviceUrl: string;
  teamsUserId: string;
  /** The stored conversation reference, when the person has one. */
  reference?: Record<string, unknown>;
}

/** The 1:1 conversation a message went to: new when the messenger had to create it. */
export interface ConversationTarget {
  conversationId: string;
  serviceUrl: string;
  reference: Record<string, unknown>;
  created: boolean;
}

/** A message: plain text, or an Adaptive Card. */
export type OutgoingMessage = { text: string } | { card: Record<string, unknown> };

/** A Teams channel: a message there starts a new post. */
export interface ChannelTarget {
  tenantId: string;
  serviceUrl: string;
  channelId: string;
}

/**
 * Awaited before each HTTP request of a send: the caller's rate limits, kept where Teams counts
 * them. A send is one request (paced on the wire, after it is built and signed), or two when it
 * creates the chat (that request paced right before the SDK builds it).
 */
export type WirePacing = () => Promise<void>;

export interface Messenger {
  sendToPerson(target: PersonTarget, message: OutgoingMessage, pace?: WirePacing): Promise<SendOutcome>;
  sendToChannel(target: ChannelTarget, message: OutgoingMessage, pace?: WirePacing): Promise<SendOutcome>;
}

/** Classifies a failed Bot Connector call by its HTTP status and Retry-After header. */
export function classifyFailure(status: number | undefined, retryAfter: string | null | undefined): SendOutcome {
  if (status === 429) return { kind: 'throttled', status, retryAfterMs: parseRetryAfter(retryAfter) };
  if (status === 403 || status === 404) return { kind: 'gone', status };
  if (status === undefined || status >= 500 || status === 408 || status === 412) return { kind: 'transient', status };
  return { kind: 'failed', status };
}

/** Retry-After is seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
