import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { azuriteConnectionString, freePort, ROOT } from '../../scripts/dev-stack';

/** Starts Azurite's table service in memory on a free port for the whole test run. */
export default async function globalSetup(): Promise<void> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'azurite', 'dist', 'src', 'table', 'main.js'),
      '--tableHost',
      '127.0.0.1',
      '--tablePort',
      String(port),
      '--inMemoryPersistence',
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--loose',
      '--silent',
    ],
    { stdio: 'ignore' },
  );
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Azurite exited with code ${child.exitCode}`);
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() - started > 30_000) throw new Error('Azurite did not start within 30 s');
    await new Promise((done) => setTimeout(done, 100));
  }
  process.env.TEST_STORAGE_CONNECTION_STRING = azuriteConnectionString(port);
  (globalThis as { __AZURITE__?: unknown }).__AZURITE__ = child;
}
