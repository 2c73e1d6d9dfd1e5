import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { pledgeSchema, statusUpdateSchema, type Pledge, type StatusUpdate } from '../../domain/pledge';
import { keys } from '../keys';
import type { PledgeRepository, Versioned } from '../repositories';
import { fromJsonChunks, toJsonChunks } from './common';
import { RowCodec, type RowProblems } from './rows';
import { TableRows } from './table-rows';

/** Medborgarlöften (JSON, with the title as a column for reading by eye) and their activities' status history. */
export class TablePledgeRepository implements PledgeRepository {
  private readonly rows: TableRows<Pledge>;
  private readonly updates: TableRows<StatusUpdate>;

  constructor(table: TableClient, problems: RowProblems) {
    const decode = (entity: Record<string, unknown>) => pledgeSchema.parse(fromJsonChunks('pledge', entity));
    this.rows = new TableRows(table, new RowCodec('Pledges', decode, problems));
    const decodeUpdate = (entity: Record<string, unknown>) => statusUpdateSchema.parse(entity);
    this.updates = new TableRows(table, new RowCodec('Pledges (update)', decodeUpdate, problems));
  }

  private entity(pledge: Pledge) {
    return { ...keys.pledge(pledge.groupId, pledge.id), title: pledge.title, ...toJsonChunks('pledge', pledge) };
  }

  create(pledge: Pledge): Promise<void> {
    return this.rows.create(this.entity(pledge), 'create pledge');
  }

  get(groupId: string, pledgeId: string): Promise<Versioned<Pledge> | undefined> {
    return this.rows.get(keys.pledge(groupId, pledgeId), 'read pledge');
  }

  async list(groupId: string): Promise<Pledge[]> {
    const pledges = await this.rows.listPrefixed(keys.pledgesOf(groupId), keys.pledgesPrefix(), 'list pledges');
    return pledges.sort((a, b) => b.start.localeCompare(a.start));
  }

  replace(pledge: Pledge, etag: string): Promise<void> {
    return this.rows.replace(this.entity(pledge), etag, 'update pledge');
  }

  addUpdate(groupId: string, update: StatusUpdate): Promise<void> {
    const suffix = randomBytes(3).toString('hex');
    const rowKeys = keys.pledgeUpdate(groupId, update.pledgeId, update.activityId, update.at, suffix);
    const fields = Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined));
    return this.updates.create({ ...rowKeys, ...fields }, 'add status update');
  }

  async listUpdates(groupId: string, pledgeId: string): Promise<StatusUpdate[]> {
    const prefix = keys.pledgeUpdatesPrefix(pledgeId);
    const updates = await this.updates.listPrefixed(keys.pledgesOf(groupId), prefix, 'list status updates');
    return updates.sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}
