import { odata, type TableClient } from '@azure/data-tables';
import { z } from 'zod/v4';
import { isAppError } from '../../errors';
import { keys } from '../keys';
import type { Publication, PublicationRepository, Versioned } from '../repositories';
import { fromJsonChunks, getEntityOrUndefined, listEntities, storageError, toJsonChunks } from './common';

const publicationEntity = z.object({
  groupId: z.string(),
  periodId: z.string(),
  contentHash: z.string(),
  publishedByJson: z.string(),
  publishedAt: z.coerce.date(),
  channelJson: z.string(),
  state: z.enum(['publishing', 'published', 'failed']),
  activityId: z.string().optional(),
});

const contentSchema = z.object({
  picture: z.unknown(),
  analysis: z.string(),
  insatser: z.string(),
  pledgesDue: z
    .array(z.object({ description: z.string(), ownerParty: z.string(), due: z.string(), overdue: z.boolean() }))
    .optional(),
});

function toPublication(entity: Record<string, unknown>): Publication {
  const row = publicationEntity.parse(entity);
  return {
    groupId: row.groupId,
    periodId: row.periodId,
    content: contentSchema.parse(fromJsonChunks('content', entity)) as Publication['content'],
    contentHash: row.contentHash,
    publishedBy: z.object({ memberKey: z.string(), name: z.string() }).parse(JSON.parse(row.publishedByJson)),
    publishedAt: row.publishedAt,
    channel: z
      .object({ teamId: z.string(), channelId: z.string(), name: z.string() })
      .parse(JSON.parse(row.channelJson)),
    state: row.state,
    activityId: row.activityId || undefined,
  };
}

export class TablePublicationRepository implements PublicationRepository {
  constructor(private readonly publications: TableClient) {}

  async create(publication: Publication): Promise<boolean> {
    try {
      await this.publications.createEntity({
        ...keys.publication(publication.groupId, publication.periodId),
        groupId: publication.groupId,
        periodId: publication.periodId,
        contentHash: publication.contentHash,
        publishedByJson: JSON.stringify(publication.publishedBy),
        publishedAt: publication.publishedAt,
        channelJson: JSON.stringify(publication.channel),
        state: publication.state,
        ...toJsonChunks('content', publication.content),
      });
      return true;
    } catch (error) {
      const translated = storageError(error, 'create publication');
      if (isAppError(translated, 'conflict')) return false;
      throw translated;
    }
  }

  async get(groupId: string, periodId: string): Promise<Versioned<Publication> | undefined> {
    const { partitionKey, rowKey } = keys.publication(groupId, periodId);
    const entity = await getEntityOrUndefined<Record<string, unknown>>(
      this.publications,
      partitionKey,
      rowKey,
      'read publication',
    );
    return entity && { value: toPublication(entity), etag: entity.etag };
  }

  async list(groupId: string): Promise<Publication[]> {
    const rows = await listEntities<Record<string, unknown>>(
      this.publications,
      odata`PartitionKey eq ${keys.publicationsOf(groupId)}`,
      'list publications',
    );
    return rows.map(toPublication).sort((a, b) => b.periodId.localeCompare(a.periodId));
  }

  async setDelivery(
    groupId: string,
    periodId: string,
    delivery: { state: Publication['state']; activityId?: string },
    etag: string,
  ): Promise<void> {
    try {
      await this.publications.updateEntity(
        { ...keys.publication(groupId, periodId), state: delivery.state, activityId: delivery.activityId ?? '' },
        'Merge',
        { etag },
      );
    } catch (error) {
      throw storageError(error, 'record publication delivery');
    }
  }
}
