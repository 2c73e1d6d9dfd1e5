import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { z } from 'zod/v4';
import {
  fetchStateSchema,
  locationKey,
  policeEventSchema,
  type FetchState,
  type PoliceEvent,
} from '../../domain/police-events';
import { isAppError } from '../../errors';
import { keys, rangeEnd } from '../keys';
import type { PoliceEventRepository, Versioned } from '../repositories';
import { listEntities, storageError } from './common';
import { RowCodec, type RowProblems } from './rows';
import { TableRows } from './table-rows';

/** A transaction holds at most 100 operations, all in one partition. */
const BATCH = 100;

const eventEntity = policeEventSchema.extend({ at: z.coerce.date() });

/** Police events by location name and id; the fetch state in partition `fetch`. */
export class TablePoliceEventRepository implements PoliceEventRepository {
  private readonly rows: RowCodec<PoliceEvent>;
  private readonly stateRows: TableRows<FetchState>;

  constructor(
    private readonly table: TableClient,
    problems: RowProblems,
  ) {
    this.rows = new RowCodec('PoliceEvents', (entity) => eventEntity.parse(entity), problems);
    const decodeState = (entity: Record<string, unknown>) => fetchStateSchema.parse(entity);
    this.stateRows = new TableRows(table, new RowCodec('PoliceEvents (fetch state)', decodeState, problems));
  }

  async store(events: PoliceEvent[]): Promise<void> {
    const byPartition = new Map<string, TransactionAction[]>();
    for (const event of events) {
      const { partitionKey, rowKey } = keys.policeEvent(locationKey(event.location), event.id);
      const entity = this.rows.checked({ partitionKey, rowKey, ...event });
      const actions = byPartition.get(partitionKey) ?? [];
      // One row per id: the same id stored again replaces it (the police may edit an event).
      if (!actions.some(([, existing]) => existing.rowKey === rowKey)) actions.push(['upsert', entity, 'Replace']);
      byPartition.set(partitionKey, actions);
    }
    await this.inTransactions(byPartition, 'store police events');
  }

  async listBetween(locations: string[], from: Date, to: Date): Promise<PoliceEvent[]> {
    const events: PoliceEvent[] = [];
    for (const location of new Set(locations.map(locationKey))) {
      const rows = await listEntities<Record<string, unknown>>(
        this.table,
        odata`PartitionKey eq ${keys.policeEventsOf(location)} and at ge ${from} and at lt ${to}`,
        'list police events',
      );
      events.push(...this.rows.readAll(rows));
    }
    return events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
  }

  async deleteBefore(cutoff: Date): Promise<number> {
    const prefix = keys.policeEventPartitionPrefix;
    const rows = await listEntities<{ partitionKey: string; rowKey: string }>(
      this.table,
      odata`PartitionKey ge ${prefix} and PartitionKey lt ${rangeEnd(prefix)} and at lt ${cutoff}`,
      'list expired police events',
    );
    const byPartition = new Map<string, TransactionAction[]>();
    for (const row of rows) {
      const actions = byPartition.get(row.partitionKey) ?? [];
      actions.push(['delete', { partitionKey: row.partitionKey, rowKey: row.rowKey }]);
      byPartition.set(row.partitionKey, actions);
    }
    await this.inTransactions(byPartition, 'delete expired police events');
    return rows.length;
  }

  /** Each partition's actions in transactions of at most `BATCH`. */
  private async inTransactions(byPartition: Map<string, TransactionAction[]>, what: string): Promise<void> {
    try {
      for (const actions of byPartition.values()) {
        for (let offset = 0; offset < actions.length; offset += BATCH) {
          await this.table.submitTransaction(actions.slice(offset, offset + BATCH));
        }
      }
    } catch (error) {
      throw storageError(error, what);
    }
  }

  getFetchState(): Promise<Versioned<FetchState> | undefined> {
    return this.stateRows.get(keys.policeFetchState(), 'read fetch state');
  }

  async saveFetchState(state: FetchState, etag: string | undefined): Promise<string | undefined> {
    const entity = { ...keys.policeFetchState(), ...withoutUndefined(state) };
    try {
      return await this.stateRows.save(entity, etag, 'save fetch state');
    } catch (error) {
      if (isAppError(error, 'conflict')) return undefined;
      throw error;
    }
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, each]) => each !== undefined)) as Partial<T>;
}
