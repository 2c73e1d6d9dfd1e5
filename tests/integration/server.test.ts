import { composeService, type Service } from '../../src/compose';
import { loadConfig } from '../../src/config/load-config';
import { createLogger } from '../../src/logger';
import { createServer, listen, secretsMatch } from '../../src/server';
import { testConnectionString, uniqueTablePrefix } from '../helpers/tables';

const SECRET = 'jobs-secret-for-the-test-0123456789abcdef';

async function start(env: Record<string, string>): Promise<{ service: Service; url: string }> {
  const config = loadConfig({
    STORAGE_CONNECTION_STRING: testConnectionString(),
    TABLE_PREFIX: uniqueTablePrefix(),
    ...env,
  });
  const service = await composeService(config, createLogger('silent'));
  const { url } = await listen(service.server, 0, '127.0.0.1');
  return { service, url };
}

describe('the HTTP server', () => {
  let running: { service: Service; url: string };
  beforeAll(async () => {
    running = await start({ JOBS_SECRET: SECRET });
  });
  afterAll(() => running.service.server.close());

  const tick = (headers: Record<string, string>) => fetch(`${running.url}/api/jobs/tick`, { method: 'POST', headers });

  test('when /healthz is asked, then it answers ok and nothing more, with security headers', async () => {
    const response = await fetch(`${running.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  test.each([
    [{}, 401],
    [{ authorization: 'Bearer wrong' }, 401],
    [{ authorization: `Bearer ${SECRET}x` }, 401],
    [{ 'x-jobs-key': SECRET.slice(0, -1) }, 401],
  ])('when a tick comes with %o, then it is refused with %i and nothing runs', async (headers, status) => {
    const response = await tick(headers);
    expect(response.status).toBe(status);
    expect(
      await running.service.repositories.leases.acquire(
        'scheduler-tick',
        'probe',
        new Date(Date.now() + 1),
        new Date(),
      ),
    ).toBe(true);
    await running.service.repositories.leases.release('scheduler-tick', 'probe');
  });

  test('when a tick comes with the secret, then it runs and reports what it did', async () => {
    const response = await tick({ authorization: `Bearer ${SECRET}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      job: 'tick',
      result: {
        ran: true,
        created: 0,
        planned: 0,
        drain: { sent: 0, retried: 0, unreachable: 0, failed: 0, remaining: 0 },
      },
    });
    expect((await tick({ 'x-jobs-key': SECRET })).status).toBe(200);
  });

  test('when an unknown job is asked for, then 404', async () => {
    const response = await fetch(`${running.url}/api/jobs/constructor`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET}` },
    });
    expect(response.status).toBe(404);
  });

  test('when no jobs secret is configured, then the jobs endpoint is off', async () => {
    const other = await start({});
    try {
      const response = await fetch(`${other.url}/api/jobs/tick`, {
        method: 'POST',
        headers: { authorization: 'Bearer anything' },
      });
      expect(response.status).toBe(404);
    } finally {
      other.service.server.close();
    }
  });

  test('when a request body is larger than the limit, then it is refused before the bot sees it', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }),
    });
    expect(response.status).toBe(413);
  });

  test('when secrets are compared, then equal ones match and any difference, also in length, does not', () => {
    expect(secretsMatch(SECRET, SECRET)).toBe(true);
    expect(secretsMatch(`${SECRET} `, SECRET)).toBe(false);
    expect(secretsMatch('', SECRET)).toBe(false);
  });

  test('when the service is served beyond loopback, then every answer carries HSTS, 404 and 405 included', async () => {
    const server = createServer({
      messages: () => Promise.resolve({ status: 200 }),
      logger: createLogger('silent'),
      healthCheck: () => Promise.resolve(true),
      jobs: { handlers: {} },
      hsts: true,
    });
    const { url, close } = await listen(server, 0, '127.0.0.1');
    try {
      for (const [method, path, status] of [
        ['GET', '/healthz', 200],
        ['GET', '/nowhere', 404],
        ['PUT', '/api/messages', 405],
      ] as const) {
        const response = await fetch(`${url}${path}`, { method });
        expect([path, response.status]).toEqual([path, status]);
        expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      }
    } finally {
      await close();
    }
  });
});
