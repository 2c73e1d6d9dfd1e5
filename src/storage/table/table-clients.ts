import { TableClient } from '@azure/data-tables';
import { storageError, TABLE_NAMES, type TableName } from './common';

export type TableClients = Record<TableName, TableClient>;

function isInsecureEndpoint(connectionString: string): boolean {
  return (
    /UseDevelopmentStorage=true/i.test(connectionString) ||
    /=http:\/\//i.test(connectionString) ||
    /DefaultEndpointsProtocol=http(;|$)/i.test(connectionString)
  );
}

/** One client per table, from a connection string (Azurite locally, an account key elsewhere). */
export function tableClientsFromConnectionString(connectionString: string, prefix: string): TableClients {
  const options = { allowInsecureConnection: isInsecureEndpoint(connectionString) };
  const clients = {} as TableClients;
  for (const [name, suffix] of Object.entries(TABLE_NAMES) as [TableName, string][]) {
    clients[name] = TableClient.fromConnectionString(connectionString, `${prefix}${suffix}`, options);
  }
  return clients;
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
