import { Sema } from 'async-sema';
import { RateLimiter } from 'limiter';
import type { SendingLimits } from '../config/load-config';

/** Share of Teams' limits the sender paces at. */
const PACING_HEADROOM = 0.8;

/** Sends in flight over all tenants, as a multiple of the per-tenant concurrency. */
const GLOBAL_SLOTS_PER_TENANT_SLOTS = 4;

/**
 * How the sender stays under Teams' limits: bounded sends in flight per tenant and overall, and
 * rate tokens per tenant and per 1:1 chat, taken right before each request.
 */
export class SendPacing {
  private readonly tenantLimiters = new Map<string, RateLimiter>();
  private readonly conversationLimiters = new Map<string, RateLimiter>();
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

  /** Waits for the tenant's and the 1:1 chat's rate tokens (a person has one chat with the bot). */
  async rateTokens(tenantId: string, conversationKey: string, tenantRequests: number): Promise<void> {
    const tenant = this.limiter(this.tenantLimiters, tenantId, this.limits.perTenantPerSecond);
    for (let i = 0; i < tenantRequests; i += 1) await tenant.removeTokens(1);
    await this.limiter(this.conversationLimiters, conversationKey, this.limits.perConversationPerSecond).removeTokens(
      1,
    );
  }

  /**
   * Evenly paced: one token every 1000/(0.8·N) ms. A per-second window would let 2N through across
   * its boundary; the 20 % headroom absorbs the varying storage work between a token and its request,
   * which bunches requests up by the time they arrive.
   */
  private limiter(map: Map<string, RateLimiter>, key: string, perSecond: number): RateLimiter {
    let limiter = map.get(key);
    if (!limiter) {
      limiter = new RateLimiter({ tokensPerInterval: 1, interval: Math.ceil(1000 / (perSecond * PACING_HEADROOM)) });
      map.set(key, limiter);
    }
    return limiter;
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
