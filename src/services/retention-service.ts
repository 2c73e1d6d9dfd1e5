import type { Clock } from '../domain/clock';
import { withoutFreeTexts } from '../domain/publication';
import { expiredPeriods, retentionCutoff } from '../domain/retention';
import { isAppError } from '../errors';
import type { Logger } from '../logger';
import type { DownloadStore } from '../storage/blob/download-store';
import type { Repositories } from '../storage/repositories';

export interface RetentionResult {
  cutoff: string;
  groups: number;
  periods: number;
  reportRows: number;
  outboxRows: number;
  /** Downloaded documents older than `KEEP_HOURS` (their links expired long before). */
  downloads: number;
  /** Published lägesbilder whose free texts were removed this run (`PUBLICATION_RETENTION_MONTHS`). */
  publicationTexts: number;
  /** The police's stored events from before the cutoff (the same `RETENTION_MONTHS`). */
  policeEvents: number;
}

/**
 * Deletes raw reports (current reports, every version, drafts) and the delivery records of periods
 * that ended more than `months` ago, and the police's events stored from before then. Published lägesbilder (Publications), pledges and their
 * follow-up are kept. Also deletes the Word documents made for download more than `KEEP_HOURS`
 * ago. Safe to run any number of times and on several instances at once.
 */
export class RetentionService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
    private readonly months: number,
    private readonly logger: Logger,
    private readonly downloads: DownloadStore,
    /** Unset: published lägesbilder keep their texts for ever. */
    private readonly publicationMonths?: number,
  ) {}

  async run(): Promise<RetentionResult> {
    const cutoff = retentionCutoff(this.clock.now(), this.months);
    const result: RetentionResult = {
      cutoff: cutoff.toISOString(),
      groups: 0,
      periods: 0,
      reportRows: 0,
      outboxRows: 0,
      downloads: 0,
      publicationTexts: 0,
      policeEvents: 0,
    };
    for (const group of await this.repositories.groups.list()) {
      result.groups += 1;
      const known = new Set([
        ...(await this.repositories.reports.listPeriodIds(group.id)),
        ...(await this.repositories.outbox.listPeriodIds(group.id)),
      ]);
      for (const periodId of expiredPeriods([...known], group.schedule, cutoff)) {
        result.reportRows += await this.repositories.reports.deletePeriod(group.id, periodId);
        result.outboxRows += await this.repositories.outbox.deletePeriod(group.id, periodId);
        result.periods += 1;
      }
      result.publicationTexts += await this.removePublishedTexts(group.id);
    }
    result.policeEvents = await this.repositories.policeEvents.deleteBefore(cutoff);
    result.downloads = await this.downloads.deleteExpired();
    this.logger.info(result, 'retention ran');
    return result;
  }

  /** Gallring of what was published: the free texts of records older than `publicationMonths`. */
  private async removePublishedTexts(groupId: string): Promise<number> {
    if (this.publicationMonths === undefined) return 0;
    const cutoff = retentionCutoff(this.clock.now(), this.publicationMonths);
    let removed = 0;
    for (const publication of await this.repositories.publications.list(groupId)) {
      if (publication.content.textsRemovedAt || publication.publishedAt.getTime() >= cutoff.getTime()) continue;
      const stored = await this.repositories.publications.get(groupId, publication.periodId);
      if (!stored || stored.value.content.textsRemovedAt) continue;
      try {
        await this.repositories.publications.replaceContent(
          { ...stored.value, content: withoutFreeTexts(stored.value.content, this.clock.now()) },
          stored.etag,
        );
        removed += 1;
      } catch (error) {
        // Another instance did it first (or the delivery was recorded): the next night tries again.
        if (!isAppError(error, 'conflict')) throw error;
      }
    }
    return removed;
  }
}
