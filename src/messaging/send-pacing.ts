import { Sema } from 'async-sema';
import type { SendingLimits } from '../config/load-config';

/**
 * Teams counts a tenant's and a chat's requests in any one second. Our window is 100 ms longer:
 * the time between a request leaving our pipeline and Teams counting it varies (the event loop,
 * the socket, the network, their side), and a window of exactly one second would let that variation
 * bunch a second's requests into less than one at the other end. On a loaded machine it varied by
 * up to 65 ms between sender and connector in one process (a 50 ms margin let 51 through, once).
 */
export const WINDOW_MS = 1100;

/** Sends in flight over all tenants, as a multiple of the per-tenant concurrency. */
const GLOBAL_SLOTS_PER_TENANT_SLOTS = 4;

/** A tenant's requests are at least this share of the even spacing apart: no second's worth in one burst. */
const BURST_SPACING = 0.5;

/**
 * At most `limit` grants in any `windowMs`, each at least `spacingMs` after the one before, in the
 * order asked. It keeps the times of the last `limit` grants (a sliding-window log) and waits only
 * while someone asks: no timer outlives the requests. (async-sema's `RateLimit` is the same log kept
 * as one timer per grant, which holds a process or a test run open for a window after the last send.)
 */
export class SlidingWindow {
  private readonly granted: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly spacingMs = 0,
  ) {}

  take(): Promise<void> {
    const turn = this.queue.then(() => this.grant());
    this.queue = turn;
    return turn;
  }

  private async grant(): Promise<void> {
    for (;;) {
      const now = Date.now();
      while (this.granted.length > 0 && now - this.granted[0] >= this.windowMs) this.granted.shift();
      const full = this.granted.length >= this.limit ? this.granted[0] + this.windowMs - now : 0;
      const last = this.granted.at(-1);
      const wait = Math.max(full, last === undefined ? 0 : last + this.spacingMs - now);
      if (wait <= 0) {
        this.granted.push(now);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/**
 * How the sender stays under Teams' limits: bounded sends in flight per tenant and overall, and
 * per tenant and per 1:1 chat at most the limit's requests in any window of `WINDOW_MS`, counted
 * on the wire (the messenger calls `wireTokens` right before each request leaves).
 */
export class SendPacing {
  private readonly tenantWindows = new Map<string, SlidingWindow>();
  private readonly conversationWindows = new Map<string, SlidingWindow>();
  private readonly slots: Sema;
  private readonly tenantSlots = new Map<string, Sema>();

  constructor(private readonly limits: SendingLimits) {
    this.slots = new Sema(limits.concurrency * GLOBAL_SLOTS_PER_TENANT_SLOTS);
  }

  /**
   * Runs `work` in one of the tenant's slots and one of all tenants' slots: one tenant waiting for
   * its rate never holds up another, and there is a cap over all of them.
   */
  async inSlot<T>(tenantId: string, work: () => Promise<T>): Promise<T> {
    const tenant = this.slotsOf(tenantId);
    await tenant.acquire();
    await this.slots.acquire();
    try {
      return await work();
    } finally {
      this.slots.release();
      tenant.release();
    }
  }

  /**
   * Waits until one more request into this 1:1 chat (a person has one chat with the bot) and for
   * this tenant stays within their limits. The tenant's window is taken last, right before the
   * request leaves, so that what it counts is what Teams counts.
   */
  async wireTokens(tenantId: string, conversationKey: string): Promise<void> {
    const { perConversationPerSecond, perTenantPerSecond } = this.limits;
    await windowOf(
      this.conversationWindows,
      conversationKey,
      () => new SlidingWindow(perConversationPerSecond, WINDOW_MS),
    ).take();
    await windowOf(
      this.tenantWindows,
      tenantId,
      () => new SlidingWindow(perTenantPerSecond, WINDOW_MS, (1000 / perTenantPerSecond) * BURST_SPACING),
    ).take();
  }

  private slotsOf(tenantId: string): Sema {
    let slots = this.tenantSlots.get(tenantId);
    if (!slots) {
      slots = new Sema(this.limits.concurrency);
      this.tenantSlots.set(tenantId, slots);
    }
    return slots;
  }
}

function windowOf(map: Map<string, SlidingWindow>, key: string, create: () => SlidingWindow): SlidingWindow {
  let window = map.get(key);
  if (!window) {
    window = create();
    map.set(key, window);
  }
  return window;
}
