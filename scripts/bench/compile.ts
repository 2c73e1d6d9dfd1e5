import { performance } from 'node:perf_hooks';
import { compileSituationPicture } from '../../src/domain/compile';
import type { Group } from '../../src/domain/group';
import { compileLongReport, periodsInSpan, spanOf } from '../../src/domain/long-report';
import { periodByIndex, type ReportingPeriod } from '../../src/domain/periods';
import { reportContentHash, type Report } from '../../src/domain/report';
import type { LongReportService } from '../../src/services/long-report-service';
import type { Repositories } from '../../src/storage/repositories';
import { percentile } from './load';
import { inBatches, observation, seedGroup, type BenchMember } from './seed';

export interface CompileResult {
  periods: number;
  reports: number;
  observations: number;
  /** Medians, ms. */
  periodMs: number;
  yearMs: number;
  yearThroughStorageMs: number;
}

/** The year the benchmark compiles: 2025, 26 fortnights with the bench schedule. */
const YEAR = spanOf('ar', 2025, 0);

/** Up to five observations for each of the group's members, in every period of the year (seeded, so alike on every run). */
function reportsOf(group: Group, members: readonly BenchMember[], period: ReportingPeriod): Report[] {
  return members.map(({ member }, index) => {
    const count = (index * 7 + period.index * 3) % 6;
    const observations = Array.from({ length: count }, (_, o) => observation(index * 5 + o, period));
    return {
      groupId: group.id,
      periodId: period.id,
      memberKey: member.memberKey,
      organisation: member.organisation,
      nothingToReport: count === 0,
      observations,
      version: 1,
      contentHash: reportContentHash(count === 0, observations),
      submittedAt: period.end,
    };
  });
}

function median(run: () => void, times: number): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return percentile(
    samples.sort((a, b) => a - b),
    50,
  );
}

/**
 * The compile of one period and of the year report for a group of 20 members: pure (median of
 * many runs), and through the service against Azurite (the reads included).
 */
export async function runCompile(
  repositories: Repositories,
  longReports: LongReportService,
  serviceUrl: string,
  runs: number,
): Promise<CompileResult> {
  const { group, members } = await seedGroup(repositories, {
    name: 'compile',
    tenantId: 'tenant-compile',
    size: 20,
    serviceUrl,
  });
  const periods = periodsInSpan(group.schedule, YEAR);
  const byPeriod = new Map<string, Report[]>();
  for (const period of [periodByIndex(group.schedule, periods[0].index - 1), ...periods])
    byPeriod.set(period.id, reportsOf(group, members, period));
  const memberList = members.map(({ member }) => member);
  const compileOne = (period: ReportingPeriod) => {
    const previous = periodByIndex(group.schedule, period.index - 1);
    return compileSituationPicture({
      groupId: group.id,
      periodId: period.id,
      previousPeriodId: previous.id,
      areas: group.areas,
      eventTypes: group.eventTypes,
      members: memberList,
      reports: byPeriod.get(period.id) ?? [],
      previousReports: byPeriod.get(previous.id) ?? [],
    });
  };
  const periodMs = median(() => compileOne(periods[periods.length - 1]), runs * 10);
  const yearMs = median(() => compileLongReport(YEAR, periods.map(compileOne)), runs);

  const all = [...byPeriod.values()].flat();
  await inBatches(all, 16, (report) => repositories.reports.submit(report, {}));
  const stored: number[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 10)); i += 1) {
    const started = performance.now();
    await longReports.longReport(group, YEAR);
    stored.push(performance.now() - started);
  }
  return {
    periods: periods.length,
    reports: all.length,
    observations: all.reduce((sum, report) => sum + report.observations.length, 0),
    periodMs,
    yearMs,
    yearThroughStorageMs: percentile(
      stored.sort((a, b) => a - b),
      50,
    ),
  };
}
