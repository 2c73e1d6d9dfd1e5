import { spawn } from 'node:child_process';
import { azuriteConnectionString, azuriteTableArgs, freePort, httpAnswers, waitFor } from '../../scripts/dev-stack';

/** Starts Azurite's table service in memory on a free port for the whole test run. */
export default async function globalSetup(): Promise<void> {
  const port = await freePort();
  const child = spawn(process.execPath, azuriteTableArgs(port, ['--inMemoryPersistence']), { stdio: 'ignore' });
  await waitFor('Azurite', httpAnswers(`http://127.0.0.1:${port}/`), child);
  process.env.TEST_STORAGE_CONNECTION_STRING = azuriteConnectionString(port);
  (globalThis as { __AZURITE__?: unknown }).__AZURITE__ = child;
}
