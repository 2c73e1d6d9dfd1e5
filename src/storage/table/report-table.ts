import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { z } from 'zod/v4';
import { reportDraftSchema, reportSchema, type Report, type ReportDraft } from '../../domain/report';
import { keys, rangeEnd, REPORT_ROW_PREFIX } from '../keys';
import type { DraftSlot, ReportRepository } from '../repositories';
import {
  deletePartition,
  fromJsonChunks,
  getEntityOrUndefined,
  listEntities,
  partitionsUnder,
  storageError,
  toJsonChunks,
} from './common';
import { RowCodec, type RowProblems } from './rows';

/** A draft row's columns: `cleared` once a submit took the draft. */
const draftEntity = reportDraftSchema.omit({ observations: true }).extend({ cleared: z.boolean() });

const observationsOf = (entity: Record<string, unknown>) => fromJsonChunks('observations', entity) ?? [];

function toReport(entity: Record<string, unknown>): Report {
  const report = reportSchema.parse({ ...entity, observations: observationsOf(entity) });
  // '' is how a report without an organisation is stored.
  return { ...report, organisation: report.organisation || undefined };
}

/** A draft row: the draft, or `null` once it was cleared by a submit. */
function toDraft(entity: Record<string, unknown>): ReportDraft | null {
  if (draftEntity.parse(entity).cleared) return null;
  return reportDraftSchema.parse({ ...entity, observations: observationsOf(entity) });
}

function reportFields(report: Report) {
  return {
    groupId: report.groupId,
    periodId: report.periodId,
    memberKey: report.memberKey,
    organisation: report.organisation ?? '',
    nothingToReport: report.nothingToReport,
    version: report.version,
    contentHash: report.contentHash,
    submittedAt: report.submittedAt,
    ...toJsonChunks('observations', report.observations),
  };
}

function clearedDraftEntity(groupId: string, periodId: string, memberKey: string, updatedAt: Date) {
  return {
    partitionKey: keys.reportPartition(groupId, periodId),
    rowKey: keys.draft(memberKey),
    groupId,
    periodId,
    memberKey,
    cleared: true,
    updatedAt,
    ...toJsonChunks('observations', []),
  };
}

export class TableReportRepository implements ReportRepository {
  private readonly reportRows: RowCodec<Report>;
  private readonly draftRows: RowCodec<ReportDraft | null>;

  constructor(
    private readonly reports: TableClient,
    problems: RowProblems,
  ) {
    this.reportRows = new RowCodec('Reports', toReport, problems);
    this.draftRows = new RowCodec('Reports (draft)', toDraft, problems);
  }

  async getDraft(groupId: string, periodId: string, memberKey: string): Promise<DraftSlot> {
    const entity = await getEntityOrUndefined<Record<string, unknown>>(
      this.reports,
      keys.reportPartition(groupId, periodId),
      keys.draft(memberKey),
      'read draft',
    );
    if (!entity) return { draft: undefined, etag: undefined };
    // A draft that no longer parses is reported and replaced by the next save (its ETag is kept).
    return { draft: this.draftRows.read(entity) ?? undefined, etag: entity.etag };
  }

  async saveDraft(draft: ReportDraft, etag: string | undefined): Promise<void> {
    const entity = this.draftRows.checked({
      partitionKey: keys.reportPartition(draft.groupId, draft.periodId),
      rowKey: keys.draft(draft.memberKey),
      groupId: draft.groupId,
      periodId: draft.periodId,
      memberKey: draft.memberKey,
      cleared: false,
      updatedAt: draft.updatedAt,
      ...toJsonChunks('observations', draft.observations),
    });
    try {
      if (etag === undefined) await this.reports.createEntity(entity);
      else await this.reports.updateEntity(entity, 'Replace', { etag });
    } catch (error) {
      throw storageError(error, 'save draft');
    }
  }

  async clearDraft(groupId: string, periodId: string, memberKey: string, etag: string): Promise<void> {
    try {
      const cleared = this.draftRows.checked(clearedDraftEntity(groupId, periodId, memberKey, new Date()));
      await this.reports.updateEntity(cleared, 'Replace', { etag });
    } catch (error) {
      throw storageError(error, 'clear draft');
    }
  }

  async getReport(groupId: string, periodId: string, memberKey: string) {
    const entity = await getEntityOrUndefined<Record<string, unknown>>(
      this.reports,
      keys.reportPartition(groupId, periodId),
      keys.report(memberKey),
      'read report',
    );
    return this.reportRows.versioned(entity);
  }

  async submit(report: Report, expected: { reportEtag?: string; draftEtag?: string }): Promise<void> {
    const partitionKey = keys.reportPartition(report.groupId, report.periodId);
    const fields = reportFields(report);
    const current = this.reportRows.checked({ partitionKey, rowKey: keys.report(report.memberKey), ...fields });
    const version = { partitionKey, rowKey: keys.reportVersion(report.memberKey, report.version), ...fields };
    const actions: TransactionAction[] = [
      expected.reportEtag === undefined
        ? ['create', current]
        : ['update', current, 'Replace', { etag: expected.reportEtag }],
      ['create', version],
    ];
    if (expected.draftEtag !== undefined) {
      const cleared = this.draftRows.checked(
        clearedDraftEntity(report.groupId, report.periodId, report.memberKey, report.submittedAt),
      );
      actions.push(['update', cleared, 'Replace', { etag: expected.draftEtag }]);
    }
    try {
      await this.reports.submitTransaction(actions);
    } catch (error) {
      throw storageError(error, 'submit report');
    }
  }

  async listVersions(groupId: string, periodId: string, memberKey: string): Promise<Report[]> {
    const prefix = keys.reportVersionPrefix(memberKey);
    const rows = await listEntities<Record<string, unknown>>(
      this.reports,
      odata`PartitionKey eq ${keys.reportPartition(groupId, periodId)} and RowKey ge ${prefix} and RowKey lt ${rangeEnd(prefix)}`,
      'list report versions',
    );
    return this.reportRows.readAll(rows).sort((a, b) => a.version - b.version);
  }

  async listPeriodIds(groupId: string): Promise<string[]> {
    return partitionsUnder(this.reports, keys.reportPartitionsOf(groupId), 'list report periods');
  }

  async deletePeriod(groupId: string, periodId: string): Promise<number> {
    return deletePartition(this.reports, keys.reportPartition(groupId, periodId), 'delete reports of a period');
  }

  async listReports(groupId: string, periodId: string): Promise<Report[]> {
    const rows = await listEntities<Record<string, unknown>>(
      this.reports,
      odata`PartitionKey eq ${keys.reportPartition(groupId, periodId)} and RowKey ge ${REPORT_ROW_PREFIX} and RowKey lt ${rangeEnd(REPORT_ROW_PREFIX)}`,
      'list reports',
    );
    return this.reportRows.readAll(rows);
  }

  async listDrafts(groupId: string, periodId: string): Promise<ReportDraft[]> {
    const prefix = keys.draftsPrefix();
    const rows = await listEntities<Record<string, unknown>>(
      this.reports,
      odata`PartitionKey eq ${keys.reportPartition(groupId, periodId)} and RowKey ge ${prefix} and RowKey lt ${rangeEnd(prefix)}`,
      'list drafts',
    );
    return this.draftRows.readAll(rows).filter((draft): draft is ReportDraft => draft !== null);
  }
}
