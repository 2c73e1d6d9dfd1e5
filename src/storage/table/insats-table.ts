import { randomBytes } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import { insatsSchema, insatsUpdateSchema, type Insats, type InsatsUpdate } from '../../domain/insats';
import { isAppError } from '../../errors';
import { keys, rangeEnd } from '../keys';
import type { InsatsRepository, Versioned } from '../repositories';
import { fromJsonChunks, getEntityOrUndefined, listEntities, storageError, toJsonChunks } from './common';
import { RowCodec, type RowProblems } from './rows';

/** Insatser (JSON, with the number and status as columns for reading by eye) and their status history. */
export class TableInsatsRepository implements InsatsRepository {
  private readonly rows: RowCodec<Insats>;
  private readonly updateRows: RowCodec<InsatsUpdate>;

  constructor(
    private readonly table: TableClient,
    problems: RowProblems,
  ) {
    this.rows = new RowCodec('Insatser', (entity) => insatsSchema.parse(fromJsonChunks('insats', entity)), problems);
    this.updateRows = new RowCodec('Insatser (update)', (entity) => insatsUpdateSchema.parse(entity), problems);
  }

  private entity(insats: Insats) {
    return this.rows.checked({
      ...keys.insats(insats.groupId, insats.id),
      number: insats.number,
      status: insats.status,
      ...toJsonChunks('insats', insats),
    });
  }

  async create(insats: Insats): Promise<boolean> {
    try {
      await this.table.createEntity(this.entity(insats));
      return true;
    } catch (error) {
      const translated = storageError(error, 'create insats');
      if (isAppError(translated, 'conflict')) return false;
      throw translated;
    }
  }

  async get(groupId: string, insatsId: string): Promise<Versioned<Insats> | undefined> {
    const { partitionKey, rowKey } = keys.insats(groupId, insatsId);
    const entity = await getEntityOrUndefined<Record<string, unknown>>(this.table, partitionKey, rowKey, 'read insats');
    return this.rows.versioned(entity);
  }

  async list(groupId: string): Promise<Insats[]> {
    const prefix = keys.insatserPrefix();
    const rows = await listEntities<Record<string, unknown>>(
      this.table,
      odata`PartitionKey eq ${keys.insatserOf(groupId)} and RowKey ge ${prefix} and RowKey lt ${rangeEnd(prefix)}`,
      'list insatser',
    );
    return this.rows.readAll(rows).sort((a, b) => a.number - b.number);
  }

  async replace(insats: Insats, etag: string): Promise<void> {
    try {
      await this.table.updateEntity(this.entity(insats), 'Replace', { etag });
    } catch (error) {
      throw storageError(error, 'update insats');
    }
  }

  async addUpdate(groupId: string, update: InsatsUpdate): Promise<void> {
    try {
      const entity = this.updateRows.checked({
        ...keys.insatsUpdate(groupId, update.insatsId, update.at, randomBytes(3).toString('hex')),
        ...update,
      });
      await this.table.createEntity(entity);
    } catch (error) {
      throw storageError(error, 'add insats update');
    }
  }

  async listUpdates(groupId: string, insatsId?: string): Promise<InsatsUpdate[]> {
    const prefix = keys.insatsUpdatesPrefix(insatsId);
    const rows = await listEntities(
      this.table,
      odata`PartitionKey eq ${keys.insatserOf(groupId)} and RowKey ge ${prefix} and RowKey lt ${rangeEnd(prefix)}`,
      'list insats updates',
    );
    return this.updateRows.readAll(rows).sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}
