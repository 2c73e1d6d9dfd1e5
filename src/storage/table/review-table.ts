import type { TableClient } from '@azure/data-tables';
import { z } from 'zod/v4';
import { pictureReviewSchema, type PictureReview } from '../../domain/review';
import { keys } from '../keys';
import type { ReviewRepository, Versioned } from '../repositories';
import { fromJsonChunks, toJsonChunks } from './common';
import { RowCodec, type RowProblems } from './rows';
import { TableRows } from './table-rows';

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
  private readonly rows: TableRows<PictureReview>;

  constructor(reports: TableClient, problems: RowProblems) {
    this.rows = new TableRows(reports, new RowCodec('Reports (review)', toReview, problems));
  }

  get(groupId: string, periodId: string): Promise<Versioned<PictureReview> | undefined> {
    return this.rows.get({ partitionKey: keys.reportPartition(groupId, periodId), rowKey: keys.review }, 'read review');
  }

  async save(review: PictureReview, etag: string | undefined): Promise<void> {
    const entity = {
      partitionKey: keys.reportPartition(review.groupId, review.periodId),
      rowKey: keys.review,
      groupId: review.groupId,
      periodId: review.periodId,
      ...toJsonChunks('review', { edits: review.edits, log: review.log }),
    };
    await this.rows.save(entity, etag, 'save review');
  }
}
