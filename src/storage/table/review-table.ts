import type { TableClient } from '@azure/data-tables';
import { z } from 'zod/v4';
import { pictureReviewSchema, type PictureReview } from '../../domain/review';
import { keys } from '../keys';
import type { ReviewRepository, Versioned } from '../repositories';
import { fromJsonChunks, getEntityOrUndefined, storageError, toJsonChunks } from './common';
import { RowCodec, type RowProblems } from './rows';

const reviewEntity = z.object({ groupId: z.string(), periodId: z.string() });

function toReview(entity: Record<string, unknown>): PictureReview {
  const row = reviewEntity.parse(entity);
  const body = z
    .object({ edits: pictureReviewSchema.shape.edits, log: pictureReviewSchema.shape.log })
    .parse(fromJsonChunks('review', entity));
  return pictureReviewSchema.parse({ ...row, ...body });
}

/** The review row in the period's `Reports` partition (RowKey `review`), replaced only with its ETag. */
export class TableReviewRepository implements ReviewRepository {
  private readonly rows: RowCodec<PictureReview>;

  constructor(
    private readonly reports: TableClient,
    problems: RowProblems,
  ) {
    this.rows = new RowCodec('Reports (review)', toReview, problems);
  }

  async get(groupId: string, periodId: string): Promise<Versioned<PictureReview> | undefined> {
    const entity = await getEntityOrUndefined<Record<string, unknown>>(
      this.reports,
      keys.reportPartition(groupId, periodId),
      keys.review,
      'read review',
    );
    return this.rows.versioned(entity);
  }

  async save(review: PictureReview, etag: string | undefined): Promise<void> {
    const entity = this.rows.checked({
      partitionKey: keys.reportPartition(review.groupId, review.periodId),
      rowKey: keys.review,
      groupId: review.groupId,
      periodId: review.periodId,
      ...toJsonChunks('review', { edits: review.edits, log: review.log }),
    });
    try {
      if (etag === undefined) await this.reports.createEntity(entity);
      else await this.reports.updateEntity(entity, 'Replace', { etag });
    } catch (error) {
      throw storageError(error, 'save review');
    }
  }
}
