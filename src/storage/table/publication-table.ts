import { odata, type TableClient } from '@azure/data-tables';
import { z } from 'zod/v4';
import { PUBLICATION_STATES, publicationSchema, type Publication } from '../../domain/publication';
import { keys } from '../keys';
import type { PublicationRepository, Versioned } from '../repositories';
import { fromJsonChunks, storageError, toJsonChunks } from './common';
import { RowCodec, type RowProblems } from './rows';
import { TableRows } from './table-rows';

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
  private readonly codec: RowCodec<Publication>;
  private readonly rows: TableRows<Publication>;

  constructor(
    private readonly publications: TableClient,
    problems: RowProblems,
  ) {
    this.codec = new RowCodec('Publications', toPublication, problems, publicationEntity);
    this.rows = new TableRows(publications, this.codec);
  }

  private entity(publication: Publication) {
    return {
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
    };
  }

  replaceContent(publication: Publication, etag: string): Promise<void> {
    return this.rows.replace(this.entity(publication), etag, 'replace publication content');
  }

  create(publication: Publication): Promise<boolean> {
    return this.rows.createIfNew(this.entity(publication), 'create publication');
  }

  get(groupId: string, periodId: string): Promise<Versioned<Publication> | undefined> {
    return this.rows.get(keys.publication(groupId, periodId), 'read publication');
  }

  async list(groupId: string): Promise<Publication[]> {
    const publications = await this.rows.list(
      odata`PartitionKey eq ${keys.publicationsOf(groupId)}`,
      'list publications',
    );
    return publications.sort((a, b) => b.periodId.localeCompare(a.periodId));
  }

  async setDelivery(
    groupId: string,
    periodId: string,
    delivery: { state: Publication['state']; activityId?: string },
    etag: string,
  ): Promise<void> {
    try {
      await this.publications.updateEntity(
        this.codec.checkedFields({
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
