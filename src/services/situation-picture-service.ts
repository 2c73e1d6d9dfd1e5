import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Clock } from '../domain/clock';
import { compileSituationPicture, type SituationPicture } from '../domain/compile';
import { DEFAULT_ORGANISATION_DISPLAY, type Group, type GroupMember } from '../domain/group';
import type { InsatsSection } from '../domain/insats-follow-up';

import {
  isClosed,
  periodById,
  periodByIndex,
  periodContaining,
  TIME_ZONE,
  type ReportingPeriod,
} from '../domain/periods';
import { dueActivities, followUp, localDate } from '../domain/pledge';
import type { PoliceSection } from '../domain/police-section';
import { findPersonalData, kindsOf, maskPersonalData, type PersonalDataKind } from '../domain/privacy';
import type { PledgeDueItem, PledgeStatusItem, Publication } from '../domain/publication';
import type { Report } from '../domain/report';
import { changedSince, councilPicture, currentEdits, reportFingerprint, reviewHash } from '../domain/review';
import { compileTrends, PICTURE_TREND_PERIODS, type AreaTrend } from '../domain/trends';
import { AppError, isAppError } from '../errors';
import type { Logger } from '../logger';
import type { Messenger, OutgoingMessage } from '../messaging/messenger';
import type { Repositories } from '../storage/repositories';
import type { InsatsFollowUpService } from './insats-follow-up';
import type { PoliceEventService } from './police-event-service';

export type { PledgeDueItem, PledgeStatusItem } from '../domain/publication';

export interface CompiledPeriod {
  picture: SituationPicture;
  /** Each area over this period and the ones before it (`PICTURE_TREND_PERIODS`). */
  trend: AreaTrend;
  insatser: InsatsSection;
  /** The police's published events of the period; absent when turned off or no names are set. */
  police?: PoliceSection;
  pledgesDue: PledgeDueItem[];
  pledgeStatus: PledgeStatusItem[];
  period: ReportingPeriod;
  previousPeriod: ReportingPeriod;
  compiledAt: Date;
  /** The reports it was compiled from, as the review's fingerprints (`review.ts`). */
  reportFingerprints: string[];
}

/** Renders the published card from an archive record; built in the bot layer. */
export type PublicationRenderer = (publication: Publication, group: Group, compiled: CompiledPeriod) => OutgoingMessage;

export type PublishOutcome =
  | { kind: 'published'; publication: Publication }
  | { kind: 'alreadyPublished'; publication: Publication }
  | { kind: 'noChannel' }
  | { kind: 'personalData'; kinds: PersonalDataKind[]; masked: string }
  /** The reports or the review changed since the card was compiled: nothing posted. */
  | { kind: 'changed'; reports: number }
  | { kind: 'notDelivered' };

/**
 * Compiles the lägesbild from the stored reports, and publishes it to the council's channel once:
 * the immutable archive record (content, hash, who, when, where) is created first — a second click
 * finds it and publishes nothing — and its delivery is recorded after the post.
 */
export class SituationPictureService {
  constructor(
    private readonly repositories: Repositories,
    private readonly messenger: Messenger,
    private readonly render: PublicationRenderer,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly insatser: InsatsFollowUpService,
    private readonly police: PoliceEventService,
    private readonly pledgeReminderDays = 14,
  ) {}

  /** The period a samordnare names: `2026-W45`, `v45 2026` or `v45` (this year); by default the one that ended last. */
  periodFor(group: Group, argument: string | undefined): ReportingPeriod | undefined {
    const now = this.clock.now();
    const text = (argument ?? '').trim().toLowerCase();
    if (text === '') {
      // The period that ended last: reported on until its deadline, and compiled for the meeting after.
      return periodByIndex(group.schedule, periodContaining(group.schedule, now).index - 1);
    }
    const iso = /^(\d{4})-w(\d{1,2})$/.exec(text);
    const swedish = /^v\.?\s*(\d{1,2})(?:\s*[–-]\s*\d{1,2})?(?:\s+(\d{4}))?$/.exec(text);
    const year = iso
      ? Number(iso[1])
      : swedish?.[2]
        ? Number(swedish[2])
        : DateTime.fromJSDate(now, { zone: TIME_ZONE }).weekYear;
    const week = iso ? Number(iso[2]) : swedish ? Number(swedish[1]) : NaN;
    if (Number.isNaN(week)) return undefined;
    const monday = DateTime.fromObject({ weekYear: year, weekNumber: week, weekday: 1 }, { zone: TIME_ZONE });
    if (!monday.isValid || monday.weekNumber !== week) return undefined;
    const period = periodContaining(group.schedule, monday.toJSDate());
    return periodById(group.schedule, period.id);
  }

  /**
   * The compiled picture of a period alone: what the long reports, the export and the insats form
   * are built from (two partitions and the members; no trend, insatser or medborgarlöften).
   */
  async picture(
    group: Group,
    period: ReportingPeriod,
  ): Promise<Pick<CompiledPeriod, 'picture' | 'period' | 'previousPeriod'>> {
    const previousPeriod = periodByIndex(group.schedule, period.index - 1);
    const [members, reports, previousReports] = await Promise.all([
      this.repositories.members.listByGroup(group.id),
      this.repositories.reports.listReports(group.id, period.id),
      this.repositories.reports.listReports(group.id, previousPeriod.id),
    ]);
    return {
      picture: this.pictureFrom(group, period, previousPeriod, members, reports, previousReports),
      period,
      previousPeriod,
    };
  }

  private pictureFrom(
    group: Group,
    period: ReportingPeriod,
    previousPeriod: ReportingPeriod,
    members: GroupMember[],
    reports: Report[],
    previousReports: Report[],
  ): SituationPicture {
    return compileSituationPicture({
      groupId: group.id,
      periodId: period.id,
      previousPeriodId: previousPeriod.id,
      areas: group.areas,
      eventTypes: group.eventTypes,
      members,
      reports,
      previousReports,
    });
  }

  /** The whole lägesbild of a period: the picture, its trend line, insatser and medborgarlöften. */
  async compile(group: Group, period: ReportingPeriod): Promise<CompiledPeriod> {
    const previousPeriod = periodByIndex(group.schedule, period.index - 1);
    const earlier = Array.from({ length: PICTURE_TREND_PERIODS - 2 }, (_, n) =>
      periodByIndex(group.schedule, period.index - PICTURE_TREND_PERIODS + 1 + n),
    );
    const [members, reports, previousReports, ...earlierReports] = await Promise.all([
      this.repositories.members.listByGroup(group.id),
      this.repositories.reports.listReports(group.id, period.id),
      this.repositories.reports.listReports(group.id, previousPeriod.id),
      ...earlier.map((each) => this.repositories.reports.listReports(group.id, each.id)),
    ]);
    // The trend line holds closed periods only: a period compiled before its deadline is not a point yet.
    const now = this.clock.now();
    const reportsByPeriod = [...earlierReports, previousReports, reports];
    const series = [...earlier, previousPeriod, period]
      .map((each, index) => ({ period: each, reports: reportsByPeriod[index] }))
      .filter((each) => isClosed(each.period, now));
    const trends = compileTrends({
      periodIds: series.map((each) => each.period.id),
      reportsByPeriod: series.map((each) => each.reports),
      areas: group.areas,
      eventTypes: group.eventTypes,
    });
    const trend: AreaTrend = {
      periodIds: trends.periodIds,
      areas: trends.areas.map(({ areaId, label, counts }) => ({ areaId, label, counts })),
    };
    const picture = this.pictureFrom(group, period, previousPeriod, members, reports, previousReports);
    const today = localDate(this.clock.now());
    const pledges = await this.repositories.pledges.list(group.id);
    const pledgesDue = dueActivities(pledges, today, this.pledgeReminderDays).map(({ activity, overdue }) => ({
      description: activity.description,
      ownerParty: activity.ownerParty,
      due: activity.due,
      overdue,
    }));
    const pledgeStatus: PledgeStatusItem[] = [];
    for (const pledge of pledges.filter(
      (candidate) => candidate.start <= today && candidate.end >= localDate(period.start),
    )) {
      const result = followUp(pledge, await this.repositories.pledges.listUpdates(group.id, pledge.id), today);
      // Changed since the last lägesbild: after the previous period's deadline.
      const since = previousPeriod.deadline.getTime();
      const changed = result.focusAreas
        .flatMap((area) => area.activities)
        .filter((row) => row.updates.some((update) => update.at.getTime() >= since))
        .map((row) => ({ description: row.activity.description, status: row.status }));
      pledgeStatus.push({ title: pledge.title, counts: result.counts, changed });
    }
    const insatser = await this.insatser.section(group, period, previousPeriod);
    const police = await this.police.section(group, period, previousPeriod, reports);
    return {
      picture,
      trend,
      insatser,
      police,
      pledgesDue,
      pledgeStatus,
      period,
      previousPeriod,
      compiledAt: this.clock.now(),
      reportFingerprints: reports.map(reportFingerprint),
    };
  }

  async publish(input: {
    group: Group;
    period: ReportingPeriod;
    by: GroupMember;
    analysis: string;
    /** What the review card showed: its hash and the reports it was compiled from. */
    reviewed: { hash: string; fingerprints: string[] };
  }): Promise<PublishOutcome> {
    const { group, period, by, reviewed } = input;
    const analysis = input.analysis.trim();
    const findings = findPersonalData(analysis, { knownPlaces: group.omraden });
    if (findings.length > 0) {
      return {
        kind: 'personalData',
        kinds: kindsOf(findings),
        masked: maskPersonalData(analysis, findings),
      };
    }
    if (!group.council) return { kind: 'noChannel' };
    const existing = await this.repositories.publications.get(group.id, period.id);
    if (existing && existing.value.state !== 'failed') return { kind: 'alreadyPublished', publication: existing.value };

    const compiled = await this.compile(group, period);
    const review = await this.repositories.reviews.get(group.id, period.id);
    const edits = currentEdits(review?.value, compiled.picture);
    if (reviewHash(compiled.reportFingerprints, edits) !== reviewed.hash) {
      // Publish exactly what was reviewed: a report sent since, or another review, is seen first.
      return { kind: 'changed', reports: changedSince(reviewed.fingerprints, compiled.reportFingerprints) };
    }
    const content = {
      // Who did not answer is the samordnare's to know; the review's edits and the organisation
      // setting decide what else the council sees (`councilPicture`).
      picture: councilPicture(compiled.picture, edits, group.organisationDisplay ?? DEFAULT_ORGANISATION_DISPLAY),
      participationByOrganisation: true,
      analysis,
      // The insatser are recorded one by one now (`insatsSection`); the free text is kept for the archive.
      insatser: '',
      insatsSection: compiled.insatser,
      trend: compiled.trend,
      police: compiled.police,
      pledgesDue: compiled.pledgesDue,
      pledgeStatus: compiled.pledgeStatus,
    };
    const publication: Publication = {
      groupId: group.id,
      periodId: period.id,
      content,
      contentHash: createHash('sha256').update(JSON.stringify(content)).digest('hex'),
      publishedBy: { memberKey: by.memberKey, name: by.name },
      publishedAt: this.clock.now(),
      channel: { teamId: group.council.teamId, channelId: group.council.channelId, name: group.council.name },
      state: 'publishing',
    };
    let record = publication;
    if (existing) {
      // An earlier attempt failed to reach Teams: that record is sent again, unchanged.
      record = existing.value;
    } else if (!(await this.repositories.publications.create(publication))) {
      const other = await this.repositories.publications.get(group.id, period.id);
      if (!other) throw new AppError('storage', 'publication vanished after a create conflict');
      return { kind: 'alreadyPublished', publication: other.value };
    }
    const stored = await this.repositories.publications.get(group.id, period.id);
    if (!stored) throw new AppError('storage', 'publication vanished');
    const outcome = await this.messenger.sendToChannel(
      { tenantId: group.council.tenantId, serviceUrl: group.council.serviceUrl, channelId: group.council.channelId },
      this.render(record, group, compiled),
    );
    const delivered = outcome.kind === 'sent';
    try {
      await this.repositories.publications.setDelivery(
        group.id,
        period.id,
        delivered ? { state: 'published', activityId: outcome.activityId } : { state: 'failed' },
        stored.etag,
      );
    } catch (error) {
      if (!isAppError(error, 'conflict')) throw error;
    }
    if (!delivered) {
      this.logger.warn(
        { groupId: group.id, outcome: outcome.kind },
        'lägesbild could not be posted to the council channel',
      );
      return { kind: 'notDelivered' };
    }
    return { kind: 'published', publication: { ...record, state: 'published', activityId: outcome.activityId } };
  }

  async archive(group: Group): Promise<Publication[]> {
    return (await this.repositories.publications.list(group.id)).filter(
      (publication) => publication.state === 'published',
    );
  }
}
