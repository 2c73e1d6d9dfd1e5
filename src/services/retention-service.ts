import type { Clock } from '../domain/clock';
import { expiredPeriods, retentionCutoff } from '../domain/retention';
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
}

/**
 * Deletes raw reports (current reports, every version, drafts) and the delivery records of periods
 * that ended more than `months` ago. Published lägesbilder (Publications), pledges and their
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
    }
    result.downloads = await this.downloads.deleteExpired();
    this.logger.info(result, 'retention ran');
    return result;
  }
}
