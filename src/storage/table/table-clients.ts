import { TableClient, type TableServiceClientOptions } from '@azure/data-tables';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import type { StorageConfig } from '../../config/load-config';
import { storageError, TABLE_NAMES, type TableName } from './common';

export type TableClients = Record<TableName, TableClient>;

function isInsecureEndpoint(connectionString: string): boolean {
  return (
    /UseDevelopmentStorage=true/i.test(connectionString) ||
    /=http:\/\//i.test(connectionString) ||
    /DefaultEndpointsProtocol=http(;|$)/i.test(connectionString)
  );
}

function eachTable(prefix: string, client: (tableName: string) => TableClient): TableClients {
  const clients = {} as TableClients;
  for (const [name, suffix] of Object.entries(TABLE_NAMES) as [TableName, string][]) {
    clients[name] = client(`${prefix}${suffix}`);
  }
  return clients;
}

/**
 * Retries of a storage call: few and short, so that when the storage is away a card action is
 * answered well within the ~5 s Teams waits ("not saved, send again") instead of after the SDK's
 * default 4–5 s of retries. The sender and the scheduler retry on their own schedules.
 */
export const STORAGE_RETRIES = { maxRetries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 400 } as const;

/** One client per table, from a connection string (Azurite locally, an account key elsewhere). */
export function tableClientsFromConnectionString(connectionString: string, prefix: string): TableClients {
  const options = { allowInsecureConnection: isInsecureEndpoint(connectionString), retryOptions: STORAGE_RETRIES };
  return eachTable(prefix, (table) => TableClient.fromConnectionString(connectionString, table, options));
}

/**
 * One client per table, from the account's table endpoint and an Entra ID credential: in Azure the
 * App Service's managed identity, with the role "Storage Table Data Contributor" and no account
 * key anywhere (the storage account has shared-key access switched off).
 */
export function tableClientsFromEndpoint(
  endpoint: string,
  credential: TokenCredential,
  prefix: string,
  options: TableServiceClientOptions = {},
): TableClients {
  return eachTable(
    prefix,
    (table) => new TableClient(endpoint, table, credential, { retryOptions: STORAGE_RETRIES, ...options }),
  );
}

/** The clients the configuration asks for. `credential` replaces the managed identity (tests). */
export function tableClientsFor(
  storage: StorageConfig,
  overrides: { credential?: TokenCredential; options?: TableServiceClientOptions } = {},
): TableClients {
  if (storage.kind === 'connectionString')
    return tableClientsFromConnectionString(storage.connectionString, storage.tablePrefix);
  const credential =
    overrides.credential ?? new DefaultAzureCredential({ managedIdentityClientId: storage.managedIdentityClientId });
  return tableClientsFromEndpoint(storage.endpoint, credential, storage.tablePrefix, overrides.options);
}

/** Creates every table that does not exist yet (idempotent; run once at start-up). */
export async function ensureTables(clients: TableClients): Promise<void> {
  for (const client of Object.values(clients)) {
    try {
      await client.createTable();
    } catch (error) {
      throw storageError(error, `create table ${client.tableName}`);
    }
  }
}
