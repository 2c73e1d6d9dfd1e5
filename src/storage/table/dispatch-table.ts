import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { z } from 'zod/v4';
import { dispatchSchema, outboxEntrySchema, type Dispatch, type OutboxEntry } from '../../domain/dispatch';
import { isAppError } from '../../errors';
import { keys, rangeEnd } from '../keys';
import type { DispatchRepository, LeaseRepository, OutboxRepository, Versioned } from '../repositories';
import {
  getEntityOrUndefined,
  listEntities,
  storageError,
  TRANSACTION_SIZE,
  deletePartition,
  partitionsUnder,
} from './common';
import { RowCodec, type RowProblems } from './rows';

const leaseEntity = z.object({ owner: z.string(), until: z.coerce.date() });

/** Optional properties are left out rather than stored as null. */
const defined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;

function dispatchSchemaOf(dispatch: Dispatch) {
  return { ...keys.dispatch(dispatch.groupId, dispatch.periodId, dispatch.kind, dispatch.seq), ...defined(dispatch) };
}

function outboxEntrySchemaOf(entry: OutboxEntry) {
  return {
    partitionKey: keys.outboxPartition(entry.groupId, entry.periodId),
    rowKey: keys.outboxEntry(entry.kind, entry.seq, entry.memberKey),
    ...defined(entry),
  };
}

const dispatchRows = (problems: RowProblems) =>
  new RowCodec<Dispatch>('Dispatches', (entity) => dispatchSchema.parse(entity), problems);
const outboxRows = (problems: RowProblems) =>
  new RowCodec<OutboxEntry>('Outbox', (entity) => outboxEntrySchema.parse(entity), problems);

export class TableDispatchRepository implements DispatchRepository {
  private readonly rows: RowCodec<Dispatch>;

  constructor(
    private readonly dispatches: TableClient,
    problems: RowProblems,
  ) {
    this.rows = dispatchRows(problems);
  }

  async create(dispatch: Dispatch): Promise<boolean> {
    try {
      await this.dispatches.createEntity(this.rows.checked(dispatchSchemaOf(dispatch)));
      return true;
    } catch (error) {
      const translated = storageError(error, 'create dispatch');
      if (isAppError(translated, 'conflict')) return false;
      throw translated;
    }
  }

  async listUnfinished(): Promise<Versioned<Dispatch>[]> {
    const rows = await listEntities(this.dispatches, odata`state ne ${'done'}`, 'list unfinished dispatches');
    return this.rows.readVersioned(rows);
  }

  async listForPeriod(groupId: string, periodId: string): Promise<Dispatch[]> {
    const prefix = keys.dispatchesOfPeriodPrefix(periodId);
    const rows = await listEntities(
      this.dispatches,
      odata`PartitionKey eq ${keys.dispatch(groupId, periodId, 'prompt', 1).partitionKey} and RowKey ge ${prefix} and RowKey lt ${rangeEnd(prefix)}`,
      'list dispatches of a period',
    );
    return this.rows.readAll(rows);
  }

  async replace(dispatch: Dispatch, etag: string): Promise<string> {
    try {
      const response = await this.dispatches.updateEntity(this.rows.checked(dispatchSchemaOf(dispatch)), 'Replace', {
        etag,
      });
      return response.etag ?? '';
    } catch (error) {
      throw storageError(error, 'update dispatch');
    }
  }
}

export class TableOutboxRepository implements OutboxRepository {
  private readonly rows: RowCodec<OutboxEntry>;

  constructor(
    private readonly outbox: TableClient,
    problems: RowProblems,
  ) {
    this.rows = outboxRows(problems);
  }

  async addMissing(entries: OutboxEntry[]): Promise<number> {
    let added = 0;
    const byDispatch = new Map<string, OutboxEntry[]>();
    for (const entry of entries) {
      const key = JSON.stringify([entry.groupId, entry.periodId, entry.kind, entry.seq]);
      byDispatch.set(key, [...(byDispatch.get(key) ?? []), entry]);
    }
    for (const group of byDispatch.values()) {
      const existing = new Set((await this.listForDispatch(group[0])).map((row) => row.value.memberKey));
      const missing = group.filter((entry) => !existing.has(entry.memberKey));
      try {
        for (let i = 0; i < missing.length; i += TRANSACTION_SIZE) {
          const actions: TransactionAction[] = missing
            .slice(i, i + TRANSACTION_SIZE)
            .map((entry) => ['create', this.rows.checked(outboxEntrySchemaOf(entry))]);
          await this.outbox.submitTransaction(actions);
          added += actions.length;
        }
      } catch (error) {
        throw storageError(error, 'add outbox entries');
      }
    }
    return added;
  }

  async listForDispatch(
    dispatch: Pick<Dispatch, 'groupId' | 'periodId' | 'kind' | 'seq'>,
  ): Promise<Versioned<OutboxEntry>[]> {
    const prefix = keys.outboxOfDispatchPrefix(dispatch.kind, dispatch.seq);
    const rows = await listEntities(
      this.outbox,
      odata`PartitionKey eq ${keys.outboxPartition(dispatch.groupId, dispatch.periodId)} and RowKey ge ${prefix} and RowKey lt ${rangeEnd(prefix)}`,
      'list outbox entries',
    );
    return this.rows.readVersioned(rows);
  }

  async listForPeriod(groupId: string, periodId: string): Promise<OutboxEntry[]> {
    const rows = await listEntities(
      this.outbox,
      odata`PartitionKey eq ${keys.outboxPartition(groupId, periodId)}`,
      'list outbox of a period',
    );
    return this.rows.readAll(rows);
  }

  async listPeriodIds(groupId: string): Promise<string[]> {
    return partitionsUnder(this.outbox, keys.outboxPartitionsOf(groupId), 'list outbox periods');
  }

  async deletePeriod(groupId: string, periodId: string): Promise<number> {
    return deletePartition(this.outbox, keys.outboxPartition(groupId, periodId), 'delete outbox of a period');
  }

  async replace(entry: OutboxEntry, etag: string): Promise<string> {
    try {
      const response = await this.outbox.updateEntity(this.rows.checked(outboxEntrySchemaOf(entry)), 'Replace', {
        etag,
      });
      return response.etag ?? '';
    } catch (error) {
      throw storageError(error, 'update outbox entry');
    }
  }
}

export class TableLeaseRepository implements LeaseRepository {
  private readonly rows: RowCodec<z.infer<typeof leaseEntity>>;

  constructor(
    private readonly leases: TableClient,
    problems: RowProblems,
  ) {
    this.rows = new RowCodec('Leases', (entity) => leaseEntity.parse(entity), problems);
  }

  async acquire(name: string, owner: string, until: Date, now: Date): Promise<boolean> {
    const { partitionKey, rowKey } = keys.lease(name);
    const entity = this.rows.checked({ partitionKey, rowKey, owner, until });
    try {
      const current = await getEntityOrUndefined<Record<string, unknown>>(
        this.leases,
        partitionKey,
        rowKey,
        'read lease',
      );
      if (!current) {
        await this.leases.createEntity(entity);
        return true;
      }
      // A lease row that does not parse is taken over like an expired one.
      const lease = this.rows.read(current);
      if (lease && lease.owner !== owner && lease.until.getTime() > now.getTime()) return false;
      await this.leases.updateEntity(entity, 'Replace', { etag: current.etag });
      return true;
    } catch (error) {
      const translated = isAppError(error) ? error : storageError(error, 'acquire lease');
      if (isAppError(translated, 'conflict')) return false;
      throw translated;
    }
  }

  async release(name: string, owner: string): Promise<void> {
    const { partitionKey, rowKey } = keys.lease(name);
    const current = await getEntityOrUndefined<Record<string, unknown>>(
      this.leases,
      partitionKey,
      rowKey,
      'read lease',
    );
    if (!current || this.rows.read(current)?.owner !== owner) return;
    try {
      await this.leases.deleteEntity(partitionKey, rowKey, { etag: current.etag });
    } catch (error) {
      const translated = storageError(error, 'release lease');
      if (!isAppError(translated, 'conflict')) throw translated;
    }
  }
}
