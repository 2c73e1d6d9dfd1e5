import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  azuriteConnectionString,
  azuriteArgs,
  freePort,
  freePorts,
  httpAnswers,
  httpOk,
  ROOT,
  stopChild,
  waitFor,
} from '../dev-stack';

/** A child process of the benchmark: its URL, its resident memory, and a way to stop it. */
export interface Running {
  url: string;
  child: ChildProcess;
  /** Resident set size in MB, read from /proc (Linux). */
  rssMb(): number;
  /** CPU time used so far (user + system), in seconds, from /proc (Linux). */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

function rssOf(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

function cpuOf(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): utime and stime, in ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

function start(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

function running(url: string, child: ChildProcess): Running {
  return {
    url,
    child,
    rssMb: () => rssOf(child.pid),
    cpuSeconds: () => cpuOf(child.pid),
    stop: () => stopChild(child, 'SIGTERM'),
  };
}

/**
 * Azurite's table service in memory on a free port (what is measured), and its blob service beside
 * it (the downloads' container; the bench sends none), stopped together.
 */
export async function startAzurite(): Promise<Running & { connectionString: string }> {
  const [tablePort, blobPort] = await freePorts(2);
  const ports = { table: tablePort, blob: blobPort };
  const blob = start(azuriteArgs('blob', ports.blob, ['--inMemoryPersistence']), {});
  await waitFor('Azurite (blob)', httpAnswers(`http://127.0.0.1:${ports.blob}/`), blob);
  const child = start(azuriteArgs('table', ports.table, ['--inMemoryPersistence']), {});
  await waitFor('Azurite', httpAnswers(`http://127.0.0.1:${ports.table}/`), child);
  const table = running(`http://127.0.0.1:${ports.table}`, child);
  return {
    ...table,
    stop: async () => {
      await Promise.all([table.stop(), stopChild(blob, 'SIGTERM')]);
    },
    connectionString: azuriteConnectionString(ports),
  };
}

/**
 * The Node flags of `npm start` (package.json), which infra/azure.bicep's start command repeats
 * (tests/unit/infra.test.ts checks that the two agree): the service is measured as it runs.
 */
export function startFlags(): string[] {
  const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts
    .start;
  return start.split(/\s+/).filter((part) => part.startsWith('--'));
}

/**
 * The built service, as Azure runs it (local anonymous mode), on a free port. Extra Node flags come
 * from BENCH_SERVICE_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=bench-results/profiles` to profile it.
 */
export async function startService(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const nodeArgs = (process.env.BENCH_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = start([...nodeArgs, ...startFlags(), join(ROOT, 'dist', 'src', 'index.js')], {
    PORT: String(port),
    SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    ...env,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor('the service', httpOk(`${url}/healthz`), child);
  return running(url, child);
}

/** The anchor: a bare echo bot with the same SDKs (`echo-bot.ts`). */
/** The echo bot; with `store`, the one that keeps each card action in one Table transaction. */
export async function startEchoBot(store?: { connectionString: string; table: string }): Promise<Running> {
  const port = await freePort();
  const child = start([join(ROOT, 'dist', 'scripts', 'bench', 'echo-bot.js')], {
    PORT: String(port),
    NODE_ENV: 'production',
    ...(store ? { ECHO_STORE_CONNECTION_STRING: store.connectionString, ECHO_STORE_TABLE: store.table } : {}),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor('the echo bot', httpOk(`${url}/healthz`), child);
  return running(url, child);
}
