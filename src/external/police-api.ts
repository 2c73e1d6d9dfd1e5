import { parseApiEvents, type PoliceEvent } from '../domain/police-events';
import { boundedText, drained } from './bounded-body';

/**
 * The police's open API of published events (`GET /api/events?locationname=A;B`), called only at
 * the configured base URL (production: https://polisen.se; tests: a local fake). The terms
 * (polisen.se, "Regler för användning av polisens öppna data och API:er") ask for a user agent
 * that names the app, HTTPS, at least 10 s between calls and at most 60 an hour and 1 440 a day,
 * and that a 404 be taken as permanent; the spacing is kept by `PoliceEventService`, the rest here.
 * Every answer is treated as hostile: size-capped, parsed, and each event checked on its own.
 * Attribution: the lägesbild names Polisen as the source and links each event to its page.
 */
export type PoliceApiAnswer =
  | { kind: 'ok'; events: PoliceEvent[]; skipped: number }
  | { kind: 'rateLimited' | 'unavailable'; status: number; retryAfterSeconds?: number }
  | { kind: 'notFound' }
  | { kind: 'malformed' }
  | { kind: 'failed'; reason: string };

export interface PoliceApi {
  events(locations: string[]): Promise<PoliceApiAnswer>;
}

export const POLICE_USER_AGENT = 'Lagesbild-boten/1.0 (Teams-bot for EST-grupper i kommuner; open source)';
const TIMEOUT_MS = 20_000;
/** The API returns at most 500 events of a few hundred bytes each: 4 MB is far more than enough. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export class HttpPoliceApi implements PoliceApi {
  private readonly base: URL;

  /** `timeoutMs`: how long a call may take, answer included (tests shorten it). */
  constructor(
    baseUrl: string,
    private readonly timeoutMs = TIMEOUT_MS,
  ) {
    this.base = new URL(baseUrl);
  }

  async events(locations: string[]): Promise<PoliceApiAnswer> {
    const url = new URL('/api/events', this.base);
    url.searchParams.set('locationname', locations.join(';'));
    // Only ever the configured host (the path and query are ours, the host is configuration's).
    if (url.origin !== this.base.origin) return { kind: 'failed', reason: 'host' };
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { 'User-Agent': POLICE_USER_AGENT, Accept: 'application/json' },
        redirect: 'error',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      return { kind: 'failed', reason: name === 'TimeoutError' ? 'timeout' : 'network' };
    }
    if (response.status === 404) return drained(response, { kind: 'notFound' });
    if (response.status === 429 || response.status === 503) {
      const retryAfter = Number(response.headers.get('retry-after'));
      return drained(response, {
        kind: response.status === 429 ? 'rateLimited' : 'unavailable',
        status: response.status,
        retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 24 * 3600) : undefined,
      });
    }
    if (!response.ok) return drained(response, { kind: 'failed', reason: `status ${response.status}` });
    const answer = await boundedText(response, MAX_BODY_BYTES);
    if (!answer.ok) return { kind: 'malformed' };
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      return { kind: 'malformed' };
    }
    if (!Array.isArray(body)) return { kind: 'malformed' };
    return { kind: 'ok', ...parseApiEvents(body, this.base.origin) };
  }
}
