/**
 * Starts the local stack: Azurite's table and blob services, the bot, and the Microsoft 365 Agents Playground.
 * Used by `npm run dev` (fixed ports, data kept in .data/) and by the e2e tests (free ports, in memory).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** The repository root, whether this runs compiled (dist/scripts) or from source (scripts). */
export const ROOT = __dirname.endsWith(join('dist', 'scripts'))
  ? resolve(__dirname, '..', '..')
  : resolve(__dirname, '..');

/** Azurite's well-known development account (public, documented, local only). */
const AZURITE_ACCOUNT = 'devstoreaccount1';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Ports of Azurite's two services: tables (the data) and blobs (the documents to download). */
export interface AzuritePorts {
  table: number;
  blob: number;
}

export function azuriteConnectionString(ports: AzuritePorts): string {
  return [
    'DefaultEndpointsProtocol=http',
    `AccountName=${AZURITE_ACCOUNT}`,
    `AccountKey=${AZURITE_KEY}`,
    `TableEndpoint=http://127.0.0.1:${ports.table}/${AZURITE_ACCOUNT}`,
    `BlobEndpoint=http://127.0.0.1:${ports.blob}/${AZURITE_ACCOUNT}`,
  ].join(';');
}

/**
 * `count` distinct free ports on 127.0.0.1. Every listener stays open until all are chosen, so the
 * operating system cannot hand the same port out twice (it did: the bot and Azurite's blob service
 * once got the same one).
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  try {
    return await Promise.all(
      servers.map(
        (server) =>
          new Promise<number>((resolvePort, reject) => {
            server.on('error', reject);
            server.listen(0, '127.0.0.1', () => {
              const address = server.address();
              resolvePort(typeof address === 'object' && address ? address.port : 0);
            });
          }),
      ),
    );
  } finally {
    await Promise.all(servers.map((server) => new Promise<void>((done) => server.close(() => done()))));
  }
}

export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port;
}

/**
 * Azurite's table or blob service on 127.0.0.1:`port`, quiet and without telemetry; `extra` picks
 * storage and the like. Each service is its own process (Azurite's all-in-one also starts a queue).
 */
export function azuriteArgs(service: 'table' | 'blob', port: number, extra: string[]): string[] {
  return [
    join(ROOT, 'node_modules', 'azurite', 'dist', 'src', service, 'main.js'),
    `--${service}Host`,
    '127.0.0.1',
    `--${service}Port`,
    String(port),
    '--disableTelemetry',
    '--skipApiVersionCheck',
    '--loose',
    '--silent',
    ...extra,
  ];
}

/** Distinct free ports for a whole stack (Azurite's two services, the bot, the Playground). */
export async function freeStackPorts(): Promise<Pick<StackOptions, 'azurite' | 'botPort' | 'playgroundPort'>> {
  const [table, blob, botPort, playgroundPort] = await freePorts(4);
  return { azurite: { table, blob }, botPort, playgroundPort };
}

/** Polls `check` until it is true; fails when the child exits or the time is up. */
export async function waitFor(what: string, check: () => Promise<boolean>, child: ChildProcess, timeoutMs = 30_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} while starting`);
    if (await check().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
}

export const httpOk = (url: string) => async () => (await fetch(url)).ok;
export const httpAnswers = (url: string) => async () => {
  await fetch(url);
  return true;
};

/** Something accepts connections on the port (for servers whose TLS a plain fetch would refuse). */
export const portOpen = (port: number) => () =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

export interface StackOptions {
  azurite: AzuritePorts;
  botPort: number;
  playgroundPort: number;
  /** A folder for Azurite's data, or undefined to keep it in memory. */
  dataDir?: string;
  /** Extra environment for the bot. */
  botEnv?: Record<string, string>;
  /** Where the children's output goes; default: this process's stdout with a prefix. */
  output?: (source: string, line: string) => void;
}

export interface Stack {
  playgroundUrl: string;
  botUrl: string;
  connectionString: string;
  stop(): Promise<void>;
}

function pipeLines(child: ChildProcess, source: string, output: (source: string, line: string) => void) {
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) output(source, line);
    });
  }
}

async function assertPortFree(port: number, what: string): Promise<void> {
  const free = await new Promise<boolean>((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });
  if (!free) throw new Error(`port ${port} (${what}) är upptagen: stoppa det som kör där, eller välj en annan port`);
}

/** Stops a child with `signal`, and with SIGKILL if it has not exited 8 s later. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const force = setTimeout(() => child.kill('SIGKILL'), 8000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill(signal);
  });
}

export async function startStack(options: StackOptions): Promise<Stack> {
  await assertPortFree(options.azurite.table, 'Azurite (tabeller)');
  await assertPortFree(options.azurite.blob, 'Azurite (blobbar)');
  await assertPortFree(options.botPort, 'boten');
  await assertPortFree(options.playgroundPort, 'Agents Playground');
  const output = options.output ?? ((source, line) => process.stdout.write(`[${source}] ${line}\n`));
  const children: ChildProcess[] = [];
  const start = (source: string, args: string[], env: Record<string, string> = {}) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Their own process group: a terminal's Ctrl-C reaches only us, and we stop them in order.
      detached: true,
    });
    pipeLines(child, source, output);
    children.push(child);
    return child;
  };
  // SIGINT, as Ctrl-C sends: Azurite saves its data only then (SIGTERM would lose the last writes).
  const stop = async () => {
    await Promise.all([...children].reverse().map((child) => stopChild(child, 'SIGINT')));
  };

  try {
    const storage = options.dataDir
      ? (mkdirSync(options.dataDir, { recursive: true }), ['--location', options.dataDir])
      : ['--inMemoryPersistence'];
    for (const service of ['table', 'blob'] as const) {
      const port = options.azurite[service];
      const azurite = start(`azurite-${service}`, azuriteArgs(service, port, storage));
      await waitFor(`Azurite (${service})`, httpAnswers(`http://127.0.0.1:${port}/`), azurite);
    }

    const connectionString = azuriteConnectionString(options.azurite);
    const botUrl = `http://127.0.0.1:${options.botPort}`;
    const bot = start('bot', ['--enable-source-maps', '--no-deprecation', join(ROOT, 'dist', 'src', 'index.js')], {
      PORT: String(options.botPort),
      STORAGE_CONNECTION_STRING: connectionString,
      ...options.botEnv,
    });
    await waitFor('the bot', httpOk(`${botUrl}/healthz`), bot);

    const playground = start(
      'playground',
      [
        join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js'),
        '-e',
        `${botUrl}/api/messages`,
        '-c',
        'msteams',
        '-p',
        String(options.playgroundPort),
        '--disable-telemetry',
      ],
      { TEAMSAPPTESTER_BROWSER: 'none', APPLICATION_INSIGHTS_NO_STATSBEAT: 'true' },
    );
    const playgroundUrl = `http://localhost:${options.playgroundPort}`;
    await waitFor('the Agents Playground', httpOk(playgroundUrl), playground);
    return { playgroundUrl, botUrl, connectionString, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
