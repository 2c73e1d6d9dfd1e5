import autocannon from 'autocannon';

/** What one load run measured: requests per second and latency percentiles (ms). */
export interface LoadResult {
  requests: number;
  ok: number;
  errors: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
}

/** The value at rank `p` (0–100) of sorted samples, nearest-rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Sends `bodies` (one request each, in order) to `url` over `connections` keep-alive connections
 * with autocannon, and measures every response's time. Throughput is the responses over the time
 * from the start to the last response, measured here: autocannon's own duration ends at its next
 * one-second sample after the last response, which rounded a round of 0.4 s up to a whole second.
 */
export async function runLoad(url: string, bodies: readonly string[], connections: number): Promise<LoadResult> {
  let next = 0;
  const times: number[] = [];
  const started = performance.now();
  let last = started;
  let ok = 0;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url,
      connections,
      amount: bodies.length,
      timeout: 30,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime);
    last = performance.now();
    if (statusCode === 200) ok += 1;
  });
  const result = await done;
  times.sort((a, b) => a - b);
  const seconds = (last - started) / 1000;
  return {
    requests: times.length,
    ok,
    errors: result.errors + result.timeouts + result.non2xx,
    throughput: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  };
}
