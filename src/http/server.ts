import { createHash, timingSafeEqual } from 'node:crypto';
import * as restify from 'restify';
import type { Logger } from '../logger';
import { readJsonBody } from './json-body';

/** What `/api/messages` answers; `body` is JSON. */
export interface EndpointResponse {
  status: number;
  body?: unknown;
}

/** What handles an activity once its body was read as JSON: the bot (`bot/message-endpoint.ts`). */
export type MessageEndpoint = (request: {
  body: Record<string, unknown>;
  authorization: string;
}) => Promise<EndpointResponse>;

export interface ServerDependencies {
  /** `/api/messages`: the token, the activity's schema and the turn (see `bot/message-endpoint.ts`). */
  messages: MessageEndpoint;
  logger: Logger;
  /** Resolves true when the service can reach its storage. */
  healthCheck: () => Promise<boolean>;
  /** Jobs an external timer may run (POST /api/jobs/:name), behind a shared secret: every scheduled job. */
  jobs: { secret?: string; handlers: Readonly<Record<string, () => Promise<unknown>>> };
  /** Strict-Transport-Security on every answer (served beyond loopback, behind TLS). */
  hsts: boolean;
  /** Production: `/api/messages` without an Authorization header is refused before its body is read. */
  requireAuthorization: boolean;
}

/** Compares secrets in constant time (digests first, so lengths do not leak either). */
export function secretsMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match?.[1];
}

/** Activities are small; anything larger than this is refused before it is parsed. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};
interface RestifyRefusal {
  statusCode?: number;
  toJSON?: () => unknown;
}

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * A refusal that may leave part of the request body unread on the connection: answered with
 * `Connection: close`, with which Node's HTTP server closes the connection once the answer is out,
 * so the unread rest is never read as the next request (App Service's front end keeps connections
 * alive and shares them).
 */
function refuseAndClose(res: restify.Response, status: number, body: unknown): void {
  res.header('Connection', 'close');
  res.json(status, body);
}

export function createServer(deps: ServerDependencies): restify.Server {
  // An empty name: no `Server` header, so no answer names the libraries behind it.
  const server = restify.createServer({ name: '', handleUncaughtExceptions: false });
  // `pre` runs before routing, so 404 and 405 answers carry the headers too.
  server.pre((_req, res, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.header(name, value);
    if (deps.hsts) res.header('Strict-Transport-Security', HSTS);
    next();
  });

  server.post('/api/messages', async (req, res) => {
    if (deps.requireAuthorization && !req.header('authorization')) {
      deps.logger.warn({ reason: 'noToken' }, 'activity refused');
      refuseAndClose(res, 401, { error: 'unauthorized' });
      return;
    }
    const body = await readJsonBody(req, MAX_BODY_BYTES);
    if (!body.ok) {
      deps.logger.warn({ reason: body.reason, status: body.status }, 'request body refused');
      refuseAndClose(res, body.status, { error: 'invalid request', reason: body.reason });
      return;
    }
    try {
      const answer = await deps.messages({ body: body.value, authorization: req.header('authorization') ?? '' });
      if (answer.body === undefined) {
        res.status(answer.status);
        res.end();
      } else res.json(answer.status, answer.body);
    } catch (error) {
      // Only a fault of ours or of a dependency (the token keys unreachable, say) gets here.
      deps.logger.error({ err: error }, 'activity could not be processed');
      res.json(503, { error: 'unavailable' });
    }
  });

  server.post('/api/jobs/:name', async (req, res) => {
    const job = String((req.params as Record<string, unknown>).name);
    const secret = deps.jobs.secret;
    const given = bearerToken(req.header('authorization')) ?? req.header('x-jobs-key') ?? '';
    if (!secret || !secretsMatch(given, secret)) {
      deps.logger.warn({ job }, 'job request refused');
      res.json(secret ? 401 : 404, { error: secret ? 'unauthorized' : 'jobs are not enabled' });
      return;
    }
    const handler = Object.hasOwn(deps.jobs.handlers, job) ? deps.jobs.handlers[job] : undefined;
    if (!handler) {
      res.json(404, { error: 'no such job' });
      return;
    }
    try {
      res.json(200, { job, result: await handler() });
    } catch (error) {
      deps.logger.error({ err: error, job }, 'job failed');
      res.json(500, { error: 'job failed' });
    }
  });

  server.get('/healthz', async (_req, res) => {
    const healthy = await deps.healthCheck().catch(() => false);
    res.json(healthy ? 200 : 503, { status: healthy ? 'ok' : 'unavailable' });
  });

  // restify's own refusals (no route, wrong method): a plain JSON reason, one warn line.
  for (const event of ['NotFound', 'MethodNotAllowed', 'VersionNotAllowed', 'UnsupportedMediaType'] as const) {
    server.on(event, (req: restify.Request, _res: restify.Response, error: RestifyRefusal, callback: () => void) => {
      const status = error.statusCode ?? 404;
      deps.logger.warn({ method: req.method, path: req.path(), status }, 'request refused');
      // restify renders the error itself after this; its body says no more than this.
      error.toJSON = () => ({ error: status === 405 ? 'method not allowed' : 'not found' });
      callback();
    });
  }
  return server;
}

export function listen(server: restify.Server, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        port: address.port,
        url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
          }),
      });
    });
  });
}
