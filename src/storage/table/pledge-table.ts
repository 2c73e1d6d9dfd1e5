import { randomBytes } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import { pledgeSchema, statusUpdateSchema, type Pledge, type StatusUpdate } from '../../domain/pledge';
import { keys, rangeEnd } from '../keys';
import type { PledgeRepository, Versioned } from '../repositories';
import { fromJsonChunks, getEntityOrUndefined, listEntities, storageError, toJsonChunks } from './common';
import { RowCodec, type RowProblems } from './rows';

export class TablePledgeRepository implements PledgeRepository {
  private readonly rows: RowCodec<Pledge>;
  private readonly updateRows: RowCodec<StatusUpdate>;

  constructor(
    private readonly pledges: TableClient,
    problems: RowProblems,
  ) {
    this.rows = new RowCodec('Pledges', (entity) => pledgeSchema.parse(fromJsonChunks('pledge', entity)), problems);
    this.updateRows = new RowCodec('Pledges (update)', (entity) => statusUpdateSchema.parse(entity), problems);
  }

  private entity(pledge: Pledge) {
    return this.rows.checked({
      ...keys.pledge(pledge.groupId, pledge.id),
      title: pledge.title,
      ...toJsonChunks('pledge', pledge),
    });
  }

  async create(pledge: Pledge): Promise<void> {
    try {
      await this.pledges.createEntity(this.entity(pledge));
    } catch (error) {
      throw storageError(error, 'create pledge');
    }
  }

  async get(groupId: string, pledgeId: string): Promise<Versioned<Pledge> | undefined> {
    const { partitionKey, rowKey } = keys.pledge(groupId, pledgeId);
    const entity = await getEntityOrUndefined<Record<string, unknown>>(
      this.pledges,
      partitionKey,
      rowKey,
      'read pledge',
    );
    return this.rows.versioned(entity);
  }

  async list(groupId: string): Promise<Pledge[]> {
    const prefix = keys.pledgesPrefix();
    const rows = await listEntities<Record<string, unknown>>(
      this.pledges,
      odata`PartitionKey eq ${keys.pledgesOf(groupId)} and RowKey ge ${prefix} and RowKey lt ${rangeEnd(prefix)}`,
      'list pledges',
    );
    return this.rows.readAll(rows).sort((a, b) => b.start.localeCompare(a.start));
  }

  async replace(pledge: Pledge, etag: string): Promise<void> {
    try {
      await this.pledges.updateEntity(this.entity(pledge), 'Replace', { etag });
    } catch (error) {
      throw storageError(error, 'update pledge');
    }
  }

  async addUpdate(groupId: string, update: StatusUpdate): Promise<void> {
    try {
      const entity = this.updateRows.checked({
        ...keys.pledgeUpdate(groupId, update.pledgeId, update.activityId, update.at, randomBytes(3).toString('hex')),
        ...Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined)),
      });
      await this.pledges.createEntity(entity);
    } catch (error) {
      throw storageError(error, 'add status update');
    }
  }

  async listUpdates(groupId: string, pledgeId: string): Promise<StatusUpdate[]> {
    const prefix = keys.pledgeUpdatesPrefix(pledgeId);
    const rows = await listEntities(
      this.pledges,
      odata`PartitionKey eq ${keys.pledgesOf(groupId)} and RowKey ge ${prefix} and RowKey lt ${rangeEnd(prefix)}`,
      'list status updates',
    );
    return this.updateRows.readAll(rows).sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}
