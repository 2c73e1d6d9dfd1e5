import { odata, type TableClient } from '@azure/data-tables';
import { z } from 'zod/v4';
import { defaultEventTypes } from '../../domain/event-types';
import {
  groupChannelSchema,
  groupSchema,
  ORGANISATION_DISPLAYS,
  type Group,
  type GroupChannel,
} from '../../domain/group';
import { AppError, isAppError } from '../../errors';
import { keys } from '../keys';
import type { GroupRepository } from '../repositories';
import { getEntityOrUndefined, listEntities, storageError } from './common';
import { RowCodec, type RowProblems } from './rows';

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
  /** Absent on groups stored before händelsetyper: they read with the default list. */
  eventTypesJson: z.string().optional(),
  /** Absent until the samordnare sets the police's location names or type map. */
  policeJson: z.string().optional(),
  /** Absent until the samordnare chooses: the default (`DEFAULT_ORGANISATION_DISPLAY`). */
  organisationDisplay: z.enum(ORGANISATION_DISPLAYS).optional(),
  /** Absent until the samordnare names the council. */
  councilName: z.string().optional(),
});

/** A group row: its JSON columns read back, then the domain's schema (older rows get the defaults). */
function toGroup(entity: Record<string, unknown>): Group {
  const row = groupEntity.parse(entity);
  const json = (text: string | undefined) => (text ? (JSON.parse(text) as unknown) : undefined);
  return groupSchema.parse({
    id: row.groupId,
    tenantId: row.tenantId,
    name: row.name,
    serviceUrl: row.serviceUrl,
    areas: json(row.areasJson),
    omraden: json(row.omradenJson),
    eventTypes: json(row.eventTypesJson) ?? defaultEventTypes(),
    schedule: json(row.scheduleJson),
    installedAt: row.installedAt,
    council: json(row.councilJson),
    police: json(row.policeJson),
    organisationDisplay: row.organisationDisplay,
    councilName: row.councilName || undefined,
  });
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
    eventTypesJson: JSON.stringify(group.eventTypes),
    scheduleJson: JSON.stringify(group.schedule),
    installedAt: group.installedAt,
    ...(group.council ? { councilJson: JSON.stringify(group.council) } : {}),
    ...(group.police ? { policeJson: JSON.stringify(group.police) } : {}),
    ...(group.organisationDisplay ? { organisationDisplay: group.organisationDisplay } : {}),
    ...(group.councilName ? { councilName: group.councilName } : {}),
  };
}

export class TableGroupRepository implements GroupRepository {
  private readonly rows: RowCodec<Group>;
  private readonly channelRows: RowCodec<GroupChannel>;

  constructor(
    private readonly groups: TableClient,
    private readonly channels: TableClient,
    problems: RowProblems,
  ) {
    this.rows = new RowCodec('Groups', toGroup, problems, groupEntity);
    this.channelRows = new RowCodec('Channels', (entity) => groupChannelSchema.parse(entity), problems);
  }

  async get(groupId: string): Promise<Group | undefined> {
    const { partitionKey, rowKey } = keys.group(groupId);
    const entity = await getEntityOrUndefined(this.groups, partitionKey, rowKey, 'read group');
    return entity && this.rows.read(entity);
  }

  async createIfMissing(group: Group): Promise<{ group: Group; created: boolean }> {
    const fresh = this.rows.checked(toEntity(group));
    try {
      await this.groups.createEntity(fresh);
      return { group, created: true };
    } catch (error) {
      const translated = storageError(error, 'create group');
      if (!isAppError(translated, 'conflict')) throw translated;
    }
    const { partitionKey, rowKey } = keys.group(group.id);
    const stored = await getEntityOrUndefined(this.groups, partitionKey, rowKey, 'read group');
    if (!stored) throw new AppError('storage', 'group vanished right after a create conflict');
    const existing = this.rows.read(stored);
    if (existing) return { group: existing, created: false };
    // A row that no longer parses is mended from this install: what still reads is kept.
    const repaired = this.rows.repaired(stored, fresh);
    try {
      await this.groups.updateEntity(repaired, 'Replace', { etag: stored.etag });
    } catch (error) {
      throw storageError(error, 'repair group');
    }
    return { group: toGroup(repaired), created: false };
  }

  async list(): Promise<Group[]> {
    const rows = await listEntities(this.groups, odata`PartitionKey eq ${'group'}`, 'list groups');
    return this.rows.readAll(rows);
  }

  async updateSettings(group: Group): Promise<void> {
    const entity = this.rows.checked(toEntity(group));
    try {
      await this.groups.updateEntity(entity, 'Merge');
    } catch (error) {
      throw storageError(error, 'update group settings');
    }
  }

  async updateTeamFacts(groupId: string, facts: { name: string; serviceUrl: string }): Promise<void> {
    const entity = this.rows.checkedFields({ ...keys.group(groupId), name: facts.name, serviceUrl: facts.serviceUrl });
    try {
      await this.groups.updateEntity(entity, 'Merge');
    } catch (error) {
      throw storageError(error, 'update group');
    }
  }

  async upsertChannels(channels: GroupChannel[]): Promise<void> {
    const entities = channels.map((channel) =>
      this.channelRows.checked({ ...keys.channel(channel.groupId, channel.channelId), ...channel }),
    );
    try {
      for (const entity of entities) await this.channels.upsertEntity(entity, 'Replace');
    } catch (error) {
      throw storageError(error, 'upsert channels');
    }
  }

  async listChannels(groupId: string): Promise<GroupChannel[]> {
    const rows = await listEntities(this.channels, odata`PartitionKey eq ${keys.channelsOf(groupId)}`, 'list channels');
    return this.channelRows.readAll(rows);
  }
}
