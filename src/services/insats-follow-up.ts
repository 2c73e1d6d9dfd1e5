import type { Clock } from '../domain/clock';
import type { Group } from '../domain/group';
import {
  EFFECT_PERIODS,
  insatsEffect,
  isAtInsatsPlace,
  type Insats,
  type InsatsEffect,
  type PeriodCount,
} from '../domain/insats';
import { insatsLine, insatsSection, type InsatsLine, type InsatsSection } from '../domain/insats-follow-up';
import { periodByIndex, periodContaining, type ReportingPeriod } from '../domain/periods';
import { localDate } from '../domain/pledge';
import type { Report } from '../domain/report';
import type { Repositories } from '../storage/repositories';

/** How many periods after an insats was done its effect is still shown in the lägesbild. */
const SHOWN_AFTER_DONE = EFFECT_PERIODS + 1;

/** Follows the insatser up for the lägesbild and the long reports: status, and effect at the place. */
export class InsatsFollowUpService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
  ) {}

  /** The section of the lägesbild of `period`; `previousPeriod`'s deadline is "since the last one". */
  async section(group: Group, period: ReportingPeriod, previousPeriod: ReportingPeriod): Promise<InsatsSection> {
    const [insatser, updates] = await Promise.all([
      this.repositories.insatser.list(group.id),
      this.repositories.insatser.listUpdates(group.id),
    ]);
    const horizon = localDate(periodByIndex(group.schedule, period.index - SHOWN_AFTER_DONE).start);
    const shown = insatser.filter((insats) => insats.status === 'genomford' && (insats.doneOn ?? '') >= horizon);
    return insatsSection({
      insatser,
      updates,
      today: localDate(this.clock.now()),
      since: previousPeriod.deadline,
      effects: await this.effects(group, shown),
    });
  }

  /** Every insats but the cancelled ones, each as the lägesbild shows it, a finished one with its effect. */
  async board(group: Group): Promise<InsatsLine[]> {
    const [insatser, updates] = await Promise.all([
      this.repositories.insatser.list(group.id),
      this.repositories.insatser.listUpdates(group.id),
    ]);
    const shown = insatser.filter((insats) => insats.status !== 'installd');
    const effects = await this.effects(
      group,
      shown.filter((insats) => insats.status === 'genomford'),
    );
    const today = localDate(this.clock.now());
    return shown.map((insats) => insatsLine(insats, updates, today, effects.get(insats.id)));
  }

  /** The insatser set genomförd within [from, to) (local dates), each with its effect at the place. */
  async doneBetween(group: Group, from: string, to: string): Promise<InsatsLine[]> {
    const [insatser, updates] = await Promise.all([
      this.repositories.insatser.list(group.id),
      this.repositories.insatser.listUpdates(group.id),
    ]);
    const done = insatser.filter(
      (insats) => insats.status === 'genomford' && (insats.doneOn ?? '') >= from && (insats.doneOn ?? '') < to,
    );
    const effects = await this.effects(group, done);
    return insatsSection({ insatser: done, updates, today: localDate(this.clock.now()), since: new Date(0), effects })
      .done;
  }

  /** The effect of each finished insats (those given), from the stored reports around it. */
  async effects(group: Group, insatser: Insats[]): Promise<Map<string, InsatsEffect>> {
    const reports = new Map<string, Promise<Report[]>>();
    const reportsOf = (period: ReportingPeriod) => {
      if (!reports.has(period.id)) reports.set(period.id, this.repositories.reports.listReports(group.id, period.id));
      return reports.get(period.id) as Promise<Report[]>;
    };
    const now = this.clock.now().getTime();
    const effects = new Map<string, InsatsEffect>();
    for (const insats of insatser) {
      const end = insats.doneOn ?? insats.due;
      const first = periodContaining(group.schedule, new Date(`${insats.start}T12:00:00Z`)).index - EFFECT_PERIODS;
      const last = periodContaining(group.schedule, new Date(`${end}T12:00:00Z`)).index + EFFECT_PERIODS;
      const counts: PeriodCount[] = [];
      for (let index = first; index <= last; index += 1) {
        const period = periodByIndex(group.schedule, index);
        if (period.start.getTime() > now) break;
        const observations = (await reportsOf(period)).flatMap((report) => report.observations);
        counts.push({
          first: localDate(period.start),
          last: localDate(new Date(period.end.getTime() - 1)),
          count: observations.filter((observation) => isAtInsatsPlace(insats, observation)).length,
          closed: period.deadline.getTime() <= now,
        });
      }
      effects.set(insats.id, insatsEffect(counts, insats.start, end));
    }
    return effects;
  }
}
