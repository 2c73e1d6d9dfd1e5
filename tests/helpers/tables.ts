import { randomBytes } from 'node:crypto';
import type { Repositories } from '../../src/storage/repositories';
import {
  ensureTables,
  tableClientsFromConnectionString,
  tableRepositories,
  type TableClients,
} from '../../src/storage/table';

export function testConnectionString(): string {
  const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING;
  if (!connectionString)
    throw new Error('Azurite is not running: the jest global setup sets TEST_STORAGE_CONNECTION_STRING');
  return connectionString;
}

/** A table prefix no other test uses, so test files never see each other's rows. */
export function uniqueTablePrefix(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

export interface TestTables {
  prefix: string;
  clients: TableClients;
  repositories: Repositories;
  drop(): Promise<void>;
}

/** Creates a fresh set of tables in Azurite; `drop` deletes them again. */
export async function createTestTables(): Promise<TestTables> {
  const prefix = uniqueTablePrefix();
  const clients = tableClientsFromConnectionString(testConnectionString(), prefix);
  await ensureTables(clients);
  return {
    prefix,
    clients,
    repositories: tableRepositories(clients),
    drop: async () => {
      await Promise.all(Object.values(clients).map((client) => client.deleteTable()));
    },
  };
}
