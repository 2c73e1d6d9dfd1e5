import type { Group } from '../domain/group';
import { isClosed, type ReportingPeriod, type RunningPeriod } from '../domain/periods';
import { participationStatus } from '../domain/status';
import type { Repositories } from '../storage/repositories';

/** Of `periods`, those closed at `now` (reporting deadline passed): the ones every series counts. */
export const closedOf = (periods: readonly ReportingPeriod[], now: Date): ReportingPeriod[] =>
  periods.filter((period) => isClosed(period, now));

/**
 * Of `periods`, those begun and not closed at `now`, with how many of the reporting members have
 * answered so far: what a report says of them instead of counting them.
 */
export async function runningOf(
  repositories: Pick<Repositories, 'members' | 'reports'>,
  group: Group,
  periods: readonly ReportingPeriod[],
  now: Date,
): Promise<RunningPeriod[]> {
  const running = periods.filter((period) => period.start.getTime() <= now.getTime() && !isClosed(period, now));
  if (running.length === 0) return [];
  const [members, ...reports] = await Promise.all([
    repositories.members.listByGroup(group.id),
    ...running.map((period) => repositories.reports.listReports(group.id, period.id)),
  ]);
  return running.map((period, index) => {
    const { answered, total } = participationStatus(members, reports[index], []);
    return { period, answered, total };
  });
}
