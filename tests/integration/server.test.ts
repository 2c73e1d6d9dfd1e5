import { connect } from 'node:net';
import { composeService, type Service } from '../../src/compose';
import { loadConfig } from '../../src/config/load-config';
import { createServer, listen, secretsMatch } from '../../src/http/server';
import { createLogger } from '../../src/logger';
import { testConnectionString, uniqueTablePrefix } from '../helpers/tables';

/**
 * Writes raw bytes on one TCP connection and collects everything the server sends until it closes
 * the connection (or `waitMs` passes, which the caller then sees as `closed: false`).
 */
function rawExchange(
  url: string,
  chunks: (string | Buffer)[],
  waitMs = 10_000,
): Promise<{ answer: string; closed: boolean }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ answer, closed: false });
    }, waitMs);
    socket.on('data', (data) => (answer += data.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ answer, closed: true });
    });
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
    });
  });
}

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  [
    `POST ${path} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    '',
    body,
  ].join('\r\n');
const HEALTHZ = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
/** How many HTTP answers a raw exchange holds. */
const answers = (text: string) => text.match(/^HTTP\/1\.1 \d{3}/gm) ?? [];

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

  test('when every scheduled job is asked for over HTTP, then each runs: an external timer can stand in for the scheduler', async () => {
    for (const job of Object.keys(running.service.jobs)) {
      const response = await fetch(`${running.url}/api/jobs/${job}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${SECRET}` },
      });
      expect([job, response.status]).toEqual([job, 200]);
    }
    expect(Object.keys(running.service.jobs).sort()).toEqual(['police', 'retention', 'tick']);
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

  test('when a body too large is refused on a kept-alive connection, then the connection is closed and what followed is never read as a request', async () => {
    // A 1 MB body, then a health request on the same connection (pipelined, as a shared front end may).
    const { answer, closed } = await rawExchange(running.url, [
      post('/api/messages', JSON.stringify({ type: 'message', text: 'x'.repeat(1024 * 1024) })),
      HEALTHZ,
    ]);
    expect(closed).toBe(true);
    expect(answers(answer)).toEqual(['HTTP/1.1 413']);
    expect(answer.toLowerCase()).toContain('connection: close');
    // A new connection is served at once.
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });

  test.each([
    ['an unsupported media type', { 'Content-Type': 'text/plain' }, 'HTTP/1.1 415'],
    ['a compressed body', { 'Content-Encoding': 'gzip' }, 'HTTP/1.1 415'],
  ])(
    'when %s is refused before its body is read, then the connection is closed too',
    async (_what, headers, status) => {
      const body = JSON.stringify({ type: 'message', text: 'x'.repeat(64 * 1024) });
      const request = post('/api/messages', body, headers).replace('Content-Type: application/json\r\n', '');
      const { answer, closed } = await rawExchange(running.url, [request, HEALTHZ]);
      expect(closed).toBe(true);
      expect(answers(answer)).toEqual([status]);
    },
  );

  test('when a valid request is answered, then the connection stays open for the next one', async () => {
    const { hostname, port } = new URL(running.url);
    const socket = connect(Number(port), hostname);
    let closed = false;
    socket.on('close', () => (closed = true));
    /** Writes one request and resolves with the whole answer (headers and its Content-Length of body). */
    const exchange = (request: string) =>
      new Promise<string>((resolve) => {
        let answer = '';
        const onData = (data: Buffer) => {
          answer += data.toString('latin1');
          const [head, body = ''] = answer.split('\r\n\r\n');
          const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? NaN);
          if (answer.includes('\r\n\r\n') && body.length >= length) {
            socket.off('data', onData);
            resolve(answer);
          }
        };
        socket.on('data', onData);
        socket.write(request);
      });
    await new Promise((resolve) => socket.once('connect', resolve));
    const first = await exchange(HEALTHZ);
    const second = await exchange(HEALTHZ);
    expect([answers(first), answers(second)]).toEqual([['HTTP/1.1 200'], ['HTTP/1.1 200']]);
    expect(closed).toBe(false);
    socket.destroy();
  });

  test('when production gets a request without a token, then it is refused before the body is read', async () => {
    let bodyRead = false;
    const server = createServer({
      messages: () => {
        bodyRead = true;
        return Promise.resolve({ status: 200 });
      },
      logger: createLogger('silent'),
      healthCheck: () => Promise.resolve(true),
      jobs: { handlers: {} },
      hsts: false,
      requireAuthorization: true,
    });
    const { url, close } = await listen(server, 0, '127.0.0.1');
    try {
      // The headers announce 1 MB, and only the first bytes ever come: the answer cannot wait for them.
      const head = post('/api/messages', '').replace('Content-Length: 0', `Content-Length: ${1024 * 1024}`);
      const { answer, closed } = await rawExchange(url, [head, '{"type":"mess']);
      expect(closed).toBe(true);
      expect(answers(answer)).toEqual(['HTTP/1.1 401']);
      expect(bodyRead).toBe(false);
    } finally {
      await close();
    }
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
      requireAuthorization: false,
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
