import { odata, type TableClient } from '@azure/data-tables';
import { z } from 'zod/v4';
import { PLACE_KEY_MAX, positionSchema, type Position } from '../../domain/place-map';
import { keys } from '../keys';
import type { PositionRepository } from '../repositories';
import { RowCodec, type RowProblems } from './rows';
import { TableRows } from './table-rows';

const positionEntity = positionSchema.extend({ placeKey: z.string().min(2).max(PLACE_KEY_MAX) });
type PositionRow = z.infer<typeof positionEntity>;

/** Positions in the Groups table, partition `position|<group>`, one row a place. */
export class TablePositionRepository implements PositionRepository {
  private readonly rows: TableRows<PositionRow>;

  constructor(groups: TableClient, problems: RowProblems) {
    const decode = (entity: Record<string, unknown>) => positionEntity.parse(entity);
    this.rows = new TableRows(groups, new RowCodec('Groups (position)', decode, problems));
  }

  async list(groupId: string): Promise<Record<string, Position>> {
    const rows = await this.rows.list(odata`PartitionKey eq ${keys.positionsOf(groupId)}`, 'list positions');
    return Object.fromEntries(rows.map(({ placeKey, lat, lng }) => [placeKey, { lat, lng }]));
  }

  set(groupId: string, placeKey: string, position: Position): Promise<void> {
    const entity = { ...keys.position(groupId, placeKey), placeKey, lat: position.lat, lng: position.lng };
    return this.rows.upsert(entity, 'set position');
  }

  remove(groupId: string, placeKey: string): Promise<void> {
    return this.rows.delete(keys.position(groupId, placeKey), 'remove position');
  }
}
