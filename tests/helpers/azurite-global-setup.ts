import { spawn } from 'node:child_process';
import { azuriteArgs, azuriteConnectionString, freePorts, httpAnswers, waitFor } from '../../scripts/dev-stack';

/** Starts Azurite's table and blob services in memory on free ports for the whole test run. */
export default async function globalSetup(): Promise<void> {
  const [table, blob] = await freePorts(2);
  const ports = { table, blob };
  const children = [];
  for (const service of ['table', 'blob'] as const) {
    const child = spawn(process.execPath, azuriteArgs(service, ports[service], ['--inMemoryPersistence']), {
      stdio: 'ignore',
    });
    children.push(child);
    await waitFor(`Azurite (${service})`, httpAnswers(`http://127.0.0.1:${ports[service]}/`), child);
  }
  process.env.TEST_STORAGE_CONNECTION_STRING = azuriteConnectionString(ports);
  (globalThis as { __AZURITE__?: unknown }).__AZURITE__ = children;
}
