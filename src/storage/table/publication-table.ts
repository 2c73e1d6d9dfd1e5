import { odata, type TableClient } from '@azure/data-tables';
import { z } from 'zod/v4';
import { PUBLICATION_STATES, publicationSchema, type Publication } from '../../domain/publication';
import { isAppError } from '../../errors';
import { keys } from '../keys';
import type { PublicationRepository, Versioned } from '../repositories';
import { fromJsonChunks, getEntityOrUndefined, listEntities, storageError, toJsonChunks } from './common';
import { RowCodec, type RowProblems } from './rows';

const publicationEntity = z.object({
  groupId: z.string(),
  periodId: z.string(),
  contentHash: z.string(),
  publishedByJson: z.string(),
  publishedAt: z.coerce.date(),
  channelJson: z.string(),
  state: z.enum(PUBLICATION_STATES),
  activityId: z.string().optional(),
});

function toPublication(entity: Record<string, unknown>): Publication {
  const row = publicationEntity.parse(entity);
  const publication = publicationSchema.parse({
    ...row,
    content: fromJsonChunks('content', entity),
    publishedBy: JSON.parse(row.publishedByJson) as unknown,
    channel: JSON.parse(row.channelJson) as unknown,
  });
  return { ...publication, activityId: publication.activityId || undefined };
}

export class TablePublicationRepository implements PublicationRepository {
  private readonly rows: RowCodec<Publication>;

  constructor(
    private readonly publications: TableClient,
    problems: RowProblems,
  ) {
    this.rows = new RowCodec('Publications', toPublication, problems, publicationEntity);
  }

  private entity(publication: Publication) {
    return this.rows.checked({
      ...keys.publication(publication.groupId, publication.periodId),
      groupId: publication.groupId,
      periodId: publication.periodId,
      contentHash: publication.contentHash,
      publishedByJson: JSON.stringify(publication.publishedBy),
      publishedAt: publication.publishedAt,
      channelJson: JSON.stringify(publication.channel),
      state: publication.state,
      ...(publication.activityId ? { activityId: publication.activityId } : {}),
      ...toJsonChunks('content', publication.content),
    });
  }

  async replaceContent(publication: Publication, etag: string): Promise<void> {
    try {
      await this.publications.updateEntity(this.entity(publication), 'Replace', { etag });
    } catch (error) {
      throw storageError(error, 'replace publication content');
    }
  }

  async create(publication: Publication): Promise<boolean> {
    try {
      await this.publications.createEntity(this.entity(publication));
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
    return this.rows.versioned(entity);
  }

  async list(groupId: string): Promise<Publication[]> {
    const rows = await listEntities<Record<string, unknown>>(
      this.publications,
      odata`PartitionKey eq ${keys.publicationsOf(groupId)}`,
      'list publications',
    );
    return this.rows.readAll(rows).sort((a, b) => b.periodId.localeCompare(a.periodId));
  }

  async setDelivery(
    groupId: string,
    periodId: string,
    delivery: { state: Publication['state']; activityId?: string },
    etag: string,
  ): Promise<void> {
    try {
      await this.publications.updateEntity(
        this.rows.checkedFields({
          ...keys.publication(groupId, periodId),
          state: delivery.state,
          activityId: delivery.activityId ?? '',
        }),
        'Merge',
        { etag },
      );
    } catch (error) {
      throw storageError(error, 'record publication delivery');
    }
  }
}
