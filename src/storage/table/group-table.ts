import { odata, type TableClient } from '@azure/data-tables';
import { z } from 'zod/v4';
import type { Group, GroupChannel } from '../../domain/group';
import { withCycleDefaults } from '../../domain/schedule';
import { AppError, isAppError } from '../../errors';
import { keys } from '../keys';
import type { GroupRepository } from '../repositories';
import { getEntityOrUndefined, listEntities, storageError } from './common';

const groupEntity = z.object({
  groupId: z.string(),
  tenantId: z.string(),
  name: z.string(),
  serviceUrl: z.string(),
  areasJson: z.string(),
  omradenJson: z.string(),
  scheduleJson: z.string(),
  installedAt: z.coerce.date(),
  councilJson: z.string().optional(),
});

const councilSchema = z.object({
  teamId: z.string(),
  channelId: z.string(),
  name: z.string(),
  tenantId: z.string(),
  serviceUrl: z.string(),
});

const areasSchema = z.array(z.object({ id: z.string(), label: z.string() }));
const scheduleSchema = z
  .object({
    anchorDate: z.string(),
    lengthDays: z.number(),
    deadlineWeekday: z.number(),
    deadlineTime: z.string(),
    promptWeekday: z.number().optional(),
    promptTime: z.string().optional(),
    reminderWeekday: z.number().optional(),
    reminderTime: z.string().optional(),
  })
  .transform(withCycleDefaults);

const channelEntity = z.object({ groupId: z.string(), channelId: z.string(), name: z.string() });

function toGroup(entity: unknown): Group {
  const row = groupEntity.parse(entity);
  return {
    id: row.groupId,
    tenantId: row.tenantId,
    name: row.name,
    serviceUrl: row.serviceUrl,
    areas: areasSchema.parse(JSON.parse(row.areasJson)),
    omraden: z.array(z.string()).parse(JSON.parse(row.omradenJson)),
    schedule: scheduleSchema.parse(JSON.parse(row.scheduleJson)),
    installedAt: row.installedAt,
    council: row.councilJson ? councilSchema.parse(JSON.parse(row.councilJson)) : undefined,
  };
}

function toEntity(group: Group) {
  return {
    ...keys.group(group.id),
    groupId: group.id,
    tenantId: group.tenantId,
    name: group.name,
    serviceUrl: group.serviceUrl,
    areasJson: JSON.stringify(group.areas),
    omradenJson: JSON.stringify(group.omraden),
    scheduleJson: JSON.stringify(group.schedule),
    installedAt: group.installedAt,
    ...(group.council ? { councilJson: JSON.stringify(group.council) } : {}),
  };
}

export class TableGroupRepository implements GroupRepository {
  constructor(
    private readonly groups: TableClient,
    private readonly channels: TableClient,
  ) {}

  async get(groupId: string): Promise<Group | undefined> {
    const { partitionKey, rowKey } = keys.group(groupId);
    const entity = await getEntityOrUndefined(this.groups, partitionKey, rowKey, 'read group');
    return entity && toGroup(entity);
  }

  async createIfMissing(group: Group): Promise<{ group: Group; created: boolean }> {
    try {
      await this.groups.createEntity(toEntity(group));
      return { group, created: true };
    } catch (error) {
      const translated = storageError(error, 'create group');
      if (!isAppError(translated, 'conflict')) throw translated;
    }
    const existing = await this.get(group.id);
    if (!existing) throw new AppError('storage', 'group vanished right after a create conflict');
    return { group: existing, created: false };
  }

  async list(): Promise<Group[]> {
    const rows = await listEntities(this.groups, odata`PartitionKey eq ${'group'}`, 'list groups');
    return rows.map(toGroup);
  }

  async updateSettings(group: Group): Promise<void> {
    try {
      await this.groups.updateEntity(toEntity(group), 'Merge');
    } catch (error) {
      throw storageError(error, 'update group settings');
    }
  }

  async updateTeamFacts(groupId: string, facts: { name: string; serviceUrl: string }): Promise<void> {
    try {
      await this.groups.updateEntity(
        { ...keys.group(groupId), name: facts.name, serviceUrl: facts.serviceUrl },
        'Merge',
      );
    } catch (error) {
      throw storageError(error, 'update group');
    }
  }

  async upsertChannels(channels: GroupChannel[]): Promise<void> {
    try {
      for (const channel of channels) {
        await this.channels.upsertEntity(
          { ...keys.channel(channel.groupId, channel.channelId), ...channel },
          'Replace',
        );
      }
    } catch (error) {
      throw storageError(error, 'upsert channels');
    }
  }

  async listChannels(groupId: string): Promise<GroupChannel[]> {
    const rows = await listEntities(this.channels, odata`PartitionKey eq ${keys.channelsOf(groupId)}`, 'list channels');
    return rows.map((row) => channelEntity.parse(row));
  }
}
