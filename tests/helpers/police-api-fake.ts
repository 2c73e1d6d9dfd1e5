import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * (writeHead and end are separate calls: restify, loaded by the service, patches the response so
 * that writeHead does not return it.)
 *
 * A local stand-in for the police's `GET /api/events` (polisen.se): a real HTTP server on
 * 127.0.0.1 that answers with events shaped as the real API's (`datetime` as
 * "YYYY-MM-DD H:MM:SS +HH:MM", a relative `url`, `location.name`), filtered by `locationname`
 * (`;`-separated, any case). On demand it answers slowly, with 429 + Retry-After, 503, 404, a body
 * that is not JSON or not a list, or a few malformed events among good ones. It records every
 * request (when, the query, the user agent).
 */
export interface FakeEvent {
  id: number;
  datetime: string;
  name: string;
  summary: string;
  url: string;
  type: string;
  location: { name: string; gps: string };
}

export type FakeMode =
  | { kind: 'ok' }
  | { kind: 'slow'; ms: number }
  | { kind: 'status'; status: 404 | 429 | 500 | 503; retryAfter?: number }
  | { kind: 'notJson' }
  | { kind: 'notAList' };

export interface PoliceApiFake {
  url: string;
  events: FakeEvent[];
  /** Extra items served as they are (malformed ones), after the events. */
  extra: unknown[];
  mode: FakeMode;
  requests: { at: number; locationname: string; userAgent: string }[];
  close(): Promise<void>;
}

let next = 500_000;

/** An event of `location` at the local time written with its offset, e.g. '2026-11-20 21:05:00 +01:00'. */
export function fakeEvent(
  location: string,
  type: string,
  datetime: string,
  summary = 'Polisen var på plats.',
): FakeEvent {
  next += 1;
  const [date, time] = datetime.split(' ');
  return {
    id: next,
    datetime,
    name: `${date} ${time.padStart(8, '0').slice(0, 5)}, ${type}, ${location}`,
    summary,
    url: `/aktuellt/handelser/${date.slice(0, 4)}/${next}-${type.toLowerCase().replace(/[^a-z]+/g, '-')}-${location.toLowerCase()}/`,
    type,
    location: { name: location, gps: '60.0,15.8' },
  };
}

export async function startPoliceApiFake(): Promise<PoliceApiFake> {
  const fake: PoliceApiFake = {
    url: '',
    events: [],
    extra: [],
    mode: { kind: 'ok' },
    requests: [],
    close: () => Promise.resolve(),
  };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const locationname = url.searchParams.get('locationname') ?? '';
    fake.requests.push({ at: Date.now(), locationname, userAgent: String(request.headers['user-agent'] ?? '') });
    if (url.pathname !== '/api/events') {
      response.writeHead(404);
      response.end();
      return;
    }
    const mode = fake.mode;
    const answer = () => {
      if (mode.kind === 'status') {
        const headers: Record<string, string> = mode.retryAfter ? { 'Retry-After': String(mode.retryAfter) } : {};
        response.writeHead(mode.status, headers);
        response.end();
        return;
      }
      if (mode.kind === 'notJson') {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end('<html>Underhåll</html>');
        return;
      }
      if (mode.kind === 'notAList') {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end('{"error":"x"}');
        return;
      }
      const wanted = new Set(locationname.split(';').map((name) => name.trim().toLowerCase()));
      const body = [
        ...fake.events.filter((event) => wanted.has(event.location.name.toLowerCase())).reverse(),
        ...fake.extra,
      ];
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    if (mode.kind === 'slow') setTimeout(answer, mode.ms);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
