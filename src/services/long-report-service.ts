import type { Clock } from '../domain/clock';
import type { SituationPicture } from '../domain/compile';
import type { Group } from '../domain/group';
import { compileLongReport, periodsInSpan, type LongReport, type ReportSpan } from '../domain/long-report';
import { periodById, periodByIndex, periodContaining, type ReportingPeriod } from '../domain/periods';
import { localDate } from '../domain/pledge';
import type { Repositories } from '../storage/repositories';
import type { InsatsFollowUpService } from './insats-follow-up';
import type { PoliceEventService } from './police-event-service';
import { closedOf, runningOf } from './running-periods';
import type { SituationPictureService } from './situation-picture-service';

/**
 * The month, tertial and year reports (`rapport månad|tertial|år`, the Word document, the exports):
 * the span's closed periods' pictures compiled into series, with the insatser finished in the span,
 * the police's events, and the running periods said as such.
 */
export class LongReportService {
  constructor(
    private readonly repositories: Repositories,
    private readonly situationPictures: SituationPictureService,
    private readonly insatser: InsatsFollowUpService,
    private readonly police: PoliceEventService,
    private readonly clock: Clock,
  ) {}

  /** The span's periods whose reporting has closed: what a long report counts. */
  periodsClosed(group: Group, span: ReportSpan): ReportingPeriod[] {
    return closedOf(periodsInSpan(group.schedule, span), this.clock.now());
  }

  /** Each of the span's closed periods with its compiled picture, in order. */
  async closedPictures(
    group: Group,
    span: ReportSpan,
  ): Promise<{ period: ReportingPeriod; picture: SituationPicture }[]> {
    const compiled = [];
    for (const period of this.periodsClosed(group, span)) {
      compiled.push({ period, picture: (await this.situationPictures.picture(group, period)).picture });
    }
    return compiled;
  }

  /** The month, tertial or year report of a span, compiled from each of its closed periods' pictures. */
  async longReport(group: Group, span: ReportSpan): Promise<LongReport> {
    const compiled = await this.closedPictures(group, span);
    return this.longReportOf(
      group,
      span,
      compiled.map((item) => item.picture),
    );
  }

  /**
   * The long report of a span from its closed periods' pictures, with the insatser finished in it
   * and the span's running periods said as such.
   */
  async longReportOf(group: Group, span: ReportSpan, pictures: SituationPicture[]): Promise<LongReport> {
    const now = this.clock.now();
    const insatser = await this.insatser.doneBetween(group, localDate(span.start), localDate(span.end));
    const periods = pictures.flatMap((picture) => periodById(group.schedule, picture.periodId) ?? []);
    const police = await this.police.series(group, periods);
    const running = await runningOf(this.repositories, group, periodsInSpan(group.schedule, span), now);
    return { ...compileLongReport(span, pictures, insatser, running), police };
  }

  /** A day in the period that ended last: the span a report names by default holds it. */
  lastEnded(group: Group): Date {
    return periodByIndex(group.schedule, periodContaining(group.schedule, this.clock.now()).index - 1).start;
  }
}
