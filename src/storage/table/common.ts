import type { TableClient, TableEntityResult } from '@azure/data-tables';
import { isRestError } from '@azure/core-rest-pipeline';
import { AppError } from '../../errors';

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
  for (let i = 0; i < count; i += 1) json += String(entity[`${name}${i}`] ?? '');
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
} as const;
export type TableName = keyof typeof TABLE_NAMES;
