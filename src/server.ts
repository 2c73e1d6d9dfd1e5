import { createHash, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import * as restify from 'restify';
import { tenantAllowed, tenantsOf } from './bot/context';
import type { Logger } from './logger';

export interface ServerDependencies {
  adapter: TeamsAdapter;
  app: Application<TurnState>;
  logger: Logger;
  /** Resolves true when the service can reach its storage. */
  healthCheck: () => Promise<boolean>;
  /** Tenants whose activities are served (see `Config.allowedTenants`). */
  allowedTenants: readonly string[] | 'any';
  /** Jobs an external timer may run (POST /api/jobs/:name), behind a shared secret. */
  jobs: { secret?: string; handlers: Record<string, () => Promise<unknown>> };
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

export function createServer(deps: ServerDependencies): restify.Server {
  const server = restify.createServer({ name: 'lagesbild-bot', handleUncaughtExceptions: false });
  server.use((_req, res, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.header(name, value);
    next();
  });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    await deps.adapter.process(req, res, async (context) => {
      // The token has been validated by now; the tenant is checked before any handler runs.
      const tenants = tenantsOf(context);
      if (!tenantAllowed(tenants, deps.allowedTenants)) {
        deps.logger.warn(
          { tenants, activityType: context.activity.type, channelId: context.activity.channelId },
          'activity from a tenant that is not allowed refused',
        );
        if (context.activity.type === 'invoke')
          await context.sendActivity({ type: 'invokeResponse', value: { status: 403, body: { error: 'tenant' } } });
        return;
      }
      await deps.app.run(context);
    });
  });

  server.post('/api/jobs/:name', async (req, res) => {
    const secret = deps.jobs.secret;
    const given = bearerToken(req.header('authorization')) ?? req.header('x-jobs-key') ?? '';
    if (!secret || !secretsMatch(given, secret)) {
      deps.logger.warn({ job: req.params.name }, 'job request refused');
      res.json(secret ? 401 : 404, { error: secret ? 'unauthorized' : 'jobs are not enabled' });
      return;
    }
    const handler = Object.hasOwn(deps.jobs.handlers, req.params.name)
      ? deps.jobs.handlers[req.params.name]
      : undefined;
    if (!handler) {
      res.json(404, { error: 'no such job' });
      return;
    }
    try {
      res.json(200, { job: req.params.name, result: await handler() });
    } catch (error) {
      deps.logger.error({ err: error, job: req.params.name }, 'job failed');
      res.json(500, { error: 'job failed' });
    }
  });

  server.get('/healthz', async (_req, res) => {
    const healthy = await deps.healthCheck().catch(() => false);
    res.json(healthy ? 200 : 503, { status: healthy ? 'ok' : 'unavailable' });
  });

  server.on('restifyError', (req, _res, error, callback) => {
    deps.logger.warn(
      { method: req.method, path: req.path(), status: (error as { statusCode?: number }).statusCode },
      'request refused',
    );
    callback();
  });
  return server;
}

export function listen(server: restify.Server, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({
        port: address.port,
        url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
