import type { Clock } from '../domain/clock';
import type { Group } from '../domain/group';
import {
  lastClosedPeriod,
  periodByIndex,
  runningPeriods,
  type ReportingPeriod,
  type RunningPeriod,
} from '../domain/periods';
import { compileTrends, type TrendFilter, type Trends, type TrendSpan } from '../domain/trends';
import type { Repositories } from '../storage/repositories';
import { runningOf } from './running-periods';

/** `trender`: the group's observations over the last periods, from the stored reports. */
export class TrendService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
  ) {}

  /** The `span` periods up to the one that closed last, oldest first: a running one is never a zero. */
  periods(group: Group, span: TrendSpan): ReportingPeriod[] {
    const last = lastClosedPeriod(group.schedule, this.clock.now()).index;
    return Array.from({ length: span }, (_, n) => periodByIndex(group.schedule, last - span + 1 + n));
  }

  async trends(
    group: Group,
    span: TrendSpan,
    filter: TrendFilter = {},
  ): Promise<{ trends: Trends; periods: ReportingPeriod[]; running: RunningPeriod[] }> {
    const periods = this.periods(group, span);
    const reportsByPeriod = await Promise.all(
      periods.map((period) => this.repositories.reports.listReports(group.id, period.id)),
    );
    const trends = compileTrends({
      periodIds: periods.map((period) => period.id),
      reportsByPeriod,
      areas: group.areas,
      eventTypes: group.eventTypes,
      filter,
    });
    const now = this.clock.now();
    const running = await runningOf(this.repositories, group, runningPeriods(group.schedule, now), now);
    return { trends, periods, running };
  }
}
