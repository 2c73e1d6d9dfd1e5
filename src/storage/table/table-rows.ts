import { isRestError } from '@azure/core-rest-pipeline';
import { odata, type TableClient, type TableEntity } from '@azure/data-tables';
import { isAppError } from '../../errors';
import { rangeEnd } from '../keys';
import type { Versioned } from '../repositories';
import { getEntityOrUndefined, listEntities, storageError } from './common';
import type { RowCodec } from './rows';

type Keys = { partitionKey: string; rowKey: string };

/**
 * One kind of row in one table: reads through its codec (a row that does not parse reads as
 * missing) and writes only what reads back (else `invalid_input`, before any request). `what`
 * names the operation in a storage error.
 */
export class TableRows<T> {
  constructor(
    private readonly table: TableClient,
    private readonly codec: RowCodec<T>,
  ) {}

  async get({ partitionKey, rowKey }: Keys, what: string): Promise<Versioned<T> | undefined> {
    const entity = await getEntityOrUndefined<Record<string, unknown>>(this.table, partitionKey, rowKey, what);
    return this.codec.versioned(entity);
  }

  async list(filter: string, what: string): Promise<T[]> {
    return this.codec.readAll(await listEntities<Record<string, unknown>>(this.table, filter, what));
  }

  /** The rows of a partition whose RowKey starts with `prefix`. */
  listPrefixed(partitionKey: string, prefix: string, what: string): Promise<T[]> {
    return this.list(
      odata`PartitionKey eq ${partitionKey} and RowKey ge ${prefix} and RowKey lt ${rangeEnd(prefix)}`,
      what,
    );
  }

  /** Creates the row; a row with its keys already there is a `conflict`. */
  async create(entity: TableEntity, what: string): Promise<void> {
    const checked = this.codec.checked(entity);
    await this.write(what, () => this.table.createEntity(checked));
  }

  /** Creates the row; false when a row with its keys is already there. */
  async createIfNew(entity: TableEntity, what: string): Promise<boolean> {
    try {
      await this.create(entity, what);
      return true;
    } catch (error) {
      if (isAppError(error, 'conflict')) return false;
      throw error;
    }
  }

  /** Replaces the row read with `etag`; a change since is a `conflict`. */
  async replace(entity: TableEntity, etag: string, what: string): Promise<void> {
    const checked = this.codec.checked(entity);
    await this.write(what, () => this.table.updateEntity(checked, 'Replace', { etag }));
  }

  /** Creates the row when `etag` is undefined, else replaces it; the new ETag. */
  async save(entity: TableEntity, etag: string | undefined, what: string): Promise<string | undefined> {
    const checked = this.codec.checked(entity);
    const saved = await this.write(what, () =>
      etag === undefined ? this.table.createEntity(checked) : this.table.updateEntity(checked, 'Replace', { etag }),
    );
    return saved.etag;
  }

  async upsert(entity: TableEntity, what: string): Promise<void> {
    const checked = this.codec.checked(entity);
    await this.write(what, () => this.table.upsertEntity(checked, 'Replace'));
  }

  /** Deletes the row; one that is not there is already what was asked for. */
  async delete({ partitionKey, rowKey }: Keys, what: string): Promise<void> {
    try {
      await this.table.deleteEntity(partitionKey, rowKey);
    } catch (error) {
      if (isRestError(error) && error.statusCode === 404) return;
      throw storageError(error, what);
    }
  }

  private async write<R>(what: string, operation: () => Promise<R>): Promise<R> {
    try {
      return await operation();
    } catch (error) {
      throw storageError(error, what);
    }
  }
}
