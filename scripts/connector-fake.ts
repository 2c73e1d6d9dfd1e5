import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mulberry32 } from './random';

/**
 * A Bot Connector fake: a real HTTP server on 127.0.0.1 that answers the calls the bot makes
 * (create conversation, send, reply, update, paged members, team channels), enforces Teams' rate
 * limits when asked, and injects 429 (with Retry-After), 503, 403 and 404. Used by the tests
 * (`tests/helpers/connector-fake.ts`) and by `npm run bench`.
 */

export interface Delivered {
  conversationId: string;
  activityId: string;
  activity: Record<string, unknown>;
  at: number;
}

export interface FakeMember {
  id: string;
  aadObjectId?: string;
  name?: string;
}

export interface Faults {
  /** Share of sends answered 429 (0–1), and the Retry-After it gives, in seconds. */
  throttle: number;
  retryAfterSeconds: number;
  /** Share of sends answered 503. */
  unavailable: number;
  /** Conversations (or user ids, for create) that answer 403, e.g. the user blocked the bot. */
  forbidden: Set<string>;
  /** Conversations that answer 404 ConversationNotFound. */
  notFound: Set<string>;
  /** Enforce 7 messages / s per conversation and this many requests / s per tenant (0 = off). */
  perConversationPerSecond: number;
  perTenantPerSecond: number;
  /** Milliseconds every send takes. */
  latencyMs: number;
}

const DEFAULT_FAULTS: Faults = {
  throttle: 0,
  retryAfterSeconds: 1,
  unavailable: 0,
  forbidden: new Set(),
  notFound: new Set(),
  perConversationPerSecond: 0,
  perTenantPerSecond: 0,
  latencyMs: 0,
};

class SlidingWindow {
  private readonly hits = new Map<string, number[]>();
  allow(key: string, limit: number, now: number): boolean {
    if (limit <= 0) return true;
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < 1000);
    if (recent.length >= limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    return true;
  }
}

export class ConnectorFake {
  readonly delivered: Delivered[] = [];
  readonly updates: Delivered[] = [];
  /** Every request, with the status it got (and for a 429, why): for asserting on retries and limits. */
  readonly requests: {
    method: string;
    path: string;
    status: number;
    at: number;
    tenantId?: string;
    throttledBy?: 'tenant limit' | 'conversation limit' | 'injected';
  }[] = [];
  faults: Faults = { ...DEFAULT_FAULTS, forbidden: new Set(), notFound: new Set() };
  /** Team rosters and channels, by team id. */
  readonly teams = new Map<
    string,
    { members: FakeMember[]; channels: { id: string; name?: string }[]; name: string }
  >();

  private server?: Server;
  private random = mulberry32(42);
  private nextActivity = 1;
  private readonly tenantOfConversation = new Map<string, string>();
  private readonly windows = new SlidingWindow();
  private paused = false;
  private readonly held: (() => void)[] = [];
  private readonly heldSockets: Socket[] = [];

  get serviceUrl(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('the connector fake is not started');
    return `http://127.0.0.1:${address.port}/`;
  }

  setFaults(faults: Partial<Faults>, seed = 42): void {
    this.faults = { ...DEFAULT_FAULTS, forbidden: new Set(), notFound: new Set(), ...faults };
    this.random = mulberry32(seed);
  }

  /** Holds every new request unanswered and undelivered until `resume` (a stalled network). */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    for (const release of this.held.splice(0)) release();
  }

  /** The held requests never reach Teams: they are dropped and their connections closed. */
  dropHeld(): number {
    const dropped = this.heldSockets.splice(0);
    this.held.splice(0);
    for (const socket of dropped) socket.destroy();
    return dropped.length;
  }

  deliveredTo(conversationId: string): Delivered[] {
    return this.delivered.filter((item) => item.conversationId === conversationId);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const handle = () => {
          // A request whose client went away while held was never delivered.
          if (req.socket.destroyed) return;
          this.handle(req, res, body).catch((error: unknown) => this.reply(req, res, 500, { error: String(error) }));
        };
        if (this.paused) {
          this.held.push(handle);
          this.heldSockets.push(req.socket);
        } else handle();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.resume();
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  private reply(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
    tenantId?: string,
  ) {
    const why = status === 429 ? (body as { error?: { message?: unknown } }).error?.message : undefined;
    this.requests.push({
      method: req.method ?? '',
      path: req.url ?? '',
      status,
      at: Date.now(),
      tenantId,
      throttledBy: why === 'tenant limit' || why === 'conversation limit' ? why : why ? 'injected' : undefined,
    });
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  /** Faults and limits that apply to a send into a conversation; undefined when it may go through. */
  private refusal(
    conversationId: string,
    tenantId: string | undefined,
  ): { status: number; body: unknown; headers?: Record<string, string> } | undefined {
    const now = Date.now();
    const retryAfter = { 'retry-after': String(this.faults.retryAfterSeconds) };
    if (this.faults.forbidden.has(conversationId)) {
      return { status: 403, body: { error: { code: 'BotDisabledByAdmin', message: 'The bot is blocked' } } };
    }
    if (this.faults.notFound.has(conversationId)) {
      return { status: 404, body: { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } } };
    }
    if (tenantId && !this.windows.allow(`tenant:${tenantId}`, this.faults.perTenantPerSecond, now)) {
      return { status: 429, body: { error: { code: 'Throttled', message: 'tenant limit' } }, headers: retryAfter };
    }
    if (!this.windows.allow(`conversation:${conversationId}`, this.faults.perConversationPerSecond, now)) {
      return {
        status: 429,
        body: { error: { code: 'Throttled', message: 'conversation limit' } },
        headers: retryAfter,
      };
    }
    const roll = this.random();
    if (roll < this.faults.throttle) {
      return { status: 429, body: { error: { code: 'Throttled', message: 'injected' } }, headers: retryAfter };
    }
    if (roll < this.faults.throttle + this.faults.unavailable) {
      return { status: 503, body: { error: { code: 'ServiceUnavailable', message: 'injected' } } };
    }
    return undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    if (this.faults.latencyMs > 0) await new Promise((done) => setTimeout(done, this.faults.latencyMs));

    // POST /v3/conversations
    if (req.method === 'POST' && parts.length === 2 && parts[0] === 'v3' && parts[1] === 'conversations') {
      const members = (body.members as FakeMember[] | undefined) ?? [];
      const tenantId =
        (body.tenantId as string | undefined) ?? (body.channelData as { tenant?: { id?: string } })?.tenant?.id;
      const userId = members[0]?.id ?? 'unknown';
      if (this.faults.forbidden.has(userId)) {
        return this.reply(
          req,
          res,
          403,
          { error: { code: 'Forbidden', message: 'The bot is not installed for this user' } },
          {},
          tenantId,
        );
      }
      if (tenantId && !this.windows.allow(`tenant:${tenantId}`, this.faults.perTenantPerSecond, Date.now())) {
        return this.reply(
          req,
          res,
          429,
          { error: { code: 'Throttled' } },
          { 'retry-after': String(this.faults.retryAfterSeconds) },
          tenantId,
        );
      }
      const conversationId = `a:personal-${userId}`;
      if (tenantId) this.tenantOfConversation.set(conversationId, tenantId);
      return this.reply(req, res, 201, { id: conversationId }, {}, tenantId);
    }

    // POST /v3/conversations/:id/activities[/:replyTo]
    if (req.method === 'POST' && parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'activities') {
      const conversationId = parts[2];
      const activity = body;
      const tenantId =
        this.tenantOfConversation.get(conversationId) ??
        (activity.conversation as { tenantId?: string } | undefined)?.tenantId ??
        (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
      const refusal = this.refusal(conversationId, tenantId);
      if (refusal) return this.reply(req, res, refusal.status, refusal.body, refusal.headers, tenantId);
      const activityId = `activity-${this.nextActivity++}`;
      this.delivered.push({ conversationId, activityId, activity, at: Date.now() });
      return this.reply(req, res, 201, { id: activityId }, {}, tenantId);
    }

    // PUT /v3/conversations/:id/activities/:activityId
    if (req.method === 'PUT' && parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'activities') {
      const conversationId = parts[2];
      const refusal = this.refusal(conversationId, this.tenantOfConversation.get(conversationId));
      if (refusal) return this.reply(req, res, refusal.status, refusal.body, refusal.headers);
      this.updates.push({ conversationId, activityId: parts[4], activity: body, at: Date.now() });
      return this.reply(req, res, 200, { id: parts[4] });
    }

    // GET /v3/conversations/:id/pagedmembers
    if (req.method === 'GET' && parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'pagedmembers') {
      const team = this.teams.get(parts[2]);
      if (!team) return this.reply(req, res, 404, { error: { code: 'ConversationNotFound' } });
      const pageSize = Number(url.searchParams.get('pageSize') ?? 100);
      const start = Number(url.searchParams.get('continuationToken') ?? 0);
      const page = team.members.slice(start, start + pageSize);
      const next = start + pageSize < team.members.length ? String(start + pageSize) : undefined;
      return this.reply(req, res, 200, { members: page, continuationToken: next });
    }

    // GET /v3/teams/:id/conversations
    if (req.method === 'GET' && parts[0] === 'v3' && parts[1] === 'teams' && parts[3] === 'conversations') {
      const team = this.teams.get(parts[2]);
      if (!team) return this.reply(req, res, 404, { error: { code: 'TeamNotFound' } });
      return this.reply(req, res, 200, { conversations: team.channels });
    }

    // GET /v3/teams/:id
    if (req.method === 'GET' && parts[0] === 'v3' && parts[1] === 'teams' && parts.length === 3) {
      const team = this.teams.get(parts[2]);
      if (!team) return this.reply(req, res, 404, { error: { code: 'TeamNotFound' } });
      return this.reply(req, res, 200, { id: parts[2], name: team.name });
    }

    return this.reply(req, res, 404, {
      error: { code: 'NotImplementedInFake', message: `${req.method} ${url.pathname}` },
    });
  }
}
