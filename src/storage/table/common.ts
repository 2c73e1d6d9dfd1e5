import { isRestError } from '@azure/core-rest-pipeline';
import { odata, type TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import { AppError } from '../../errors';
import { decodeKeyPart, rangeEnd } from '../keys';

/** Turns a storage failure into the repository conventions: 409/412 conflict, the rest `storage`. */
export function storageError(error: unknown, what: string): AppError {
  if (isRestError(error) && (error.statusCode === 409 || error.statusCode === 412)) {
    return new AppError('conflict', `${what}: concurrent change (${error.statusCode})`, { cause: error });
  }
  return new AppError('storage', `${what} failed`, { cause: error });
}

/** A point read that maps 404 to undefined. */
export async function getEntityOrUndefined<T extends object>(
  client: TableClient,
  partitionKey: string,
  rowKey: string,
  what: string,
): Promise<TableEntityResult<T> | undefined> {
  try {
    return await client.getEntity<T>(partitionKey, rowKey);
  } catch (error) {
    if (isRestError(error) && error.statusCode === 404) return undefined;
    throw storageError(error, what);
  }
}

export async function listEntities<T extends object>(
  client: TableClient,
  filter: string,
  what: string,
): Promise<TableEntityResult<T>[]> {
  try {
    const rows: TableEntityResult<T>[] = [];
    for await (const entity of client.listEntities<T>({ queryOptions: { filter } })) rows.push(entity);
    return rows;
  } catch (error) {
    throw storageError(error, what);
  }
}

/**
 * A string property holds at most 32 K UTF-16 characters, so large JSON values are spread over
 * numbered properties `<name>0`, `<name>1`, … and joined again on read.
 */
const CHUNK = 30_000;

export function toJsonChunks(name: string, value: unknown): Record<string, string | number> {
  const json = JSON.stringify(value);
  const result: Record<string, string | number> = {};
  let count = 0;
  for (let offset = 0; offset < json.length || count === 0; offset += CHUNK, count += 1) {
    result[`${name}${count}`] = json.slice(offset, offset + CHUNK);
  }
  result[`${name}Chunks`] = count;
  return result;
}

export function fromJsonChunks(name: string, entity: Record<string, unknown>): unknown {
  const count = Number(entity[`${name}Chunks`] ?? 0);
  let json = '';
  for (let i = 0; i < count; i += 1) {
    const chunk = entity[`${name}${i}`];
    json += typeof chunk === 'string' ? chunk : '';
  }
  return json === '' ? undefined : JSON.parse(json);
}

/** Table names: the configured prefix plus a fixed suffix, alphanumeric as Azure requires. */
export const TABLE_NAMES = {
  groups: 'Groups',
  channels: 'Channels',
  members: 'Members',
  memberships: 'Memberships',
  conversations: 'Conversations',
  reports: 'Reports',
  dispatches: 'Dispatches',
  outbox: 'Outbox',
  leases: 'Leases',
  publications: 'Publications',
  pledges: 'Pledges',
  insatser: 'Insatser',
  policeEvents: 'PoliceEvents',
} as const;
export type TableName = keyof typeof TABLE_NAMES;

/** Entity group transactions hold at most 100 operations. */
export const TRANSACTION_SIZE = 100;

/**
 * The last key part of every partition under `prefix` (which ends with `|`), decoded and sorted:
 * the period ids of a group's `Reports` or `Outbox` partitions. Only the keys are read.
 */
export async function partitionsUnder(client: TableClient, prefix: string, what: string): Promise<string[]> {
  const found = new Set<string>();
  try {
    const rows = client.listEntities({
      queryOptions: {
        filter: odata`PartitionKey ge ${prefix} and PartitionKey lt ${rangeEnd(prefix)}`,
        select: ['PartitionKey'],
      },
    });
    for await (const row of rows) found.add(decodeKeyPart((row.partitionKey as string).slice(prefix.length)));
  } catch (error) {
    throw storageError(error, what);
  }
  return [...found].sort();
}

/** Deletes every row of one partition, in transactions of 100; returns how many rows went. */
export async function deletePartition(client: TableClient, partitionKey: string, what: string): Promise<number> {
  try {
    const rowKeys: string[] = [];
    const rows = client.listEntities({
      queryOptions: { filter: odata`PartitionKey eq ${partitionKey}`, select: ['RowKey'] },
    });
    for await (const row of rows) rowKeys.push(row.rowKey as string);
    for (let i = 0; i < rowKeys.length; i += TRANSACTION_SIZE) {
      const actions: TransactionAction[] = rowKeys
        .slice(i, i + TRANSACTION_SIZE)
        .map((rowKey) => ['delete', { partitionKey, rowKey }]);
      await client.submitTransaction(actions);
    }
    return rowKeys.length;
  } catch (error) {
    throw storageError(error, what);
  }
}
