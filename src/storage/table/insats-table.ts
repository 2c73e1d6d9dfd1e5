import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { insatsSchema, insatsUpdateSchema, type Insats, type InsatsUpdate } from '../../domain/insats';
import { keys } from '../keys';
import type { InsatsRepository, Versioned } from '../repositories';
import { fromJsonChunks, toJsonChunks } from './common';
import { RowCodec, type RowProblems } from './rows';
import { TableRows } from './table-rows';

/** Insatser (JSON, with the number and status as columns for reading by eye) and their status history. */
export class TableInsatsRepository implements InsatsRepository {
  private readonly rows: TableRows<Insats>;
  private readonly updates: TableRows<InsatsUpdate>;

  constructor(table: TableClient, problems: RowProblems) {
    const decode = (entity: Record<string, unknown>) => insatsSchema.parse(fromJsonChunks('insats', entity));
    this.rows = new TableRows(table, new RowCodec('Insatser', decode, problems));
    const decodeUpdate = (entity: Record<string, unknown>) => insatsUpdateSchema.parse(entity);
    this.updates = new TableRows(table, new RowCodec('Insatser (update)', decodeUpdate, problems));
  }

  private entity(insats: Insats) {
    const { number, status } = insats;
    return { ...keys.insats(insats.groupId, insats.id), number, status, ...toJsonChunks('insats', insats) };
  }

  create(insats: Insats): Promise<boolean> {
    return this.rows.createIfNew(this.entity(insats), 'create insats');
  }

  get(groupId: string, insatsId: string): Promise<Versioned<Insats> | undefined> {
    return this.rows.get(keys.insats(groupId, insatsId), 'read insats');
  }

  async list(groupId: string): Promise<Insats[]> {
    const insatser = await this.rows.listPrefixed(keys.insatserOf(groupId), keys.insatserPrefix(), 'list insatser');
    return insatser.sort((a, b) => a.number - b.number);
  }

  replace(insats: Insats, etag: string): Promise<void> {
    return this.rows.replace(this.entity(insats), etag, 'update insats');
  }

  addUpdate(groupId: string, update: InsatsUpdate): Promise<void> {
    const rowKeys = keys.insatsUpdate(groupId, update.insatsId, update.at, randomBytes(3).toString('hex'));
    return this.updates.create({ ...rowKeys, ...update }, 'add insats update');
  }

  async listUpdates(groupId: string, insatsId?: string): Promise<InsatsUpdate[]> {
    const prefix = keys.insatsUpdatesPrefix(insatsId);
    const updates = await this.updates.listPrefixed(keys.insatserOf(groupId), prefix, 'list insats updates');
    return updates.sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}
