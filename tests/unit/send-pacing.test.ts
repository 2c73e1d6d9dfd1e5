import { SendPacing, WINDOW_MS } from '../../src/messaging/send-pacing';

const LIMITS = {
  perTenantPerSecond: 50,
  perConversationPerSecond: 7,
  concurrency: 16,
  maxAttempts: 6,
  leaseSeconds: 60,
};

/** The most of `times` (ms, sorted) in any window of `windowMs`. */
function busiest(times: number[], windowMs: number): number {
  let most = 0;
  for (let end = 0, start = 0; end < times.length; end += 1) {
    while (times[end] - times[start] >= windowMs) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** Asks for `count` wire tokens at once, per request its conversation; the times they were granted. */
async function grant(pacing: SendPacing, requests: { tenant: string; conversation: string }[]): Promise<number[]> {
  const granted: number[] = [];
  const all = Promise.all(
    requests.map(({ tenant, conversation }) =>
      pacing.wireTokens(tenant, conversation).then(() => granted.push(Date.now())),
    ),
  );
  await jest.runAllTimersAsync();
  await all;
  return granted.sort((a, b) => a - b);
}

describe('SendPacing on the wire', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-30T08:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  test('when 200 requests for one tenant ask at once, then no second holds more than the limit, none comes closer than half the even spacing, and the window is kept full', async () => {
    const pacing = new SendPacing(LIMITS);
    const start = Date.now();
    const times = await grant(
      pacing,
      Array.from({ length: 200 }, (_, i) => ({ tenant: 't', conversation: `c${i}` })),
    );

    expect(times).toHaveLength(200);
    expect(busiest(times, 1000)).toBeLessThanOrEqual(50);
    // At most the limit in any window (1.1 s: the margin for the way to Teams).
    expect(busiest(times, WINDOW_MS)).toBeLessThanOrEqual(50);
    const gaps = times.slice(1).map((at, i) => at - times[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(10);
    // 200 requests at 50 per 1.1 s: the last leaves after three windows and a half (not the 5 s of 40/s).
    expect(times[199] - start).toBeLessThan(3 * WINDOW_MS + 50 * 10 + 100);
    expect(times[199] - start).toBeGreaterThanOrEqual(3 * WINDOW_MS);
  });

  test('when two tenants send at once, then each has its own limit', async () => {
    const pacing = new SendPacing(LIMITS);
    const requests = Array.from({ length: 100 }, (_, i) => ({ tenant: `t${i % 2}`, conversation: `c${i}` }));
    const start = Date.now();
    const times = await grant(pacing, requests);
    // 50 each within the first window: neither waits for the other.
    expect(times[99] - start).toBeLessThan(1000);
  });

  test('when one chat gets many requests, then it gets at most its 7 in any window', async () => {
    const pacing = new SendPacing(LIMITS);
    const times = await grant(
      pacing,
      Array.from({ length: 20 }, () => ({ tenant: 't', conversation: 'one-chat' })),
    );
    expect(busiest(times, WINDOW_MS)).toBeLessThanOrEqual(7);
    expect(times).toHaveLength(20);
  });
});
