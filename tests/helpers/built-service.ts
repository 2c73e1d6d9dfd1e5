import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort, ROOT } from '../../scripts/dev-stack';
import { testConnectionString } from './tables';

/** The built service (`dist/src/index.js`) in its own process, as Azure runs it. */
export interface BuiltService {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Whether the process is still running. */
  alive(): boolean;
  /** Every JSON log line it wrote to stdout so far. */
  logs: Record<string, unknown>[];
  /** Whatever it wrote to stderr (stack traces from libraries, say). */
  stderr(): string;
  stop(): Promise<void>;
}

export const JOBS_SECRET = 'a-jobs-secret-that-is-long-enough-0123456789';

/** Starts the built service on a free port against the test Azurite; resolves once /healthz is ok. */
export async function startBuiltService(prefix: string, env: Record<string, string> = {}): Promise<BuiltService> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'index.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: prefix,
      JOBS_SECRET,
      SCHEDULER_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  const logs: Record<string, unknown>[] = [];
  let pending = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ unparsed: line });
      }
    }
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const service: BuiltService = {
    child,
    url,
    exited,
    logs,
    alive: () => exitCode === undefined,
    stderr: () => stderr,
    stop: async () => {
      if (exitCode === undefined) child.kill('SIGTERM');
      await exited;
    },
  };
  for (let i = 0; i < 100; i += 1) {
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return service;
    if (exitCode !== undefined) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await service.stop();
  throw new Error(`the service did not start: ${stderr}`);
}

/** pino's levels: 40 warn, 50 error, 60 fatal. */
export const errorLines = (service: BuiltService) => service.logs.filter((line) => Number(line.level) >= 50);
