import { md } from '../cards/markdown';
import { pledgeDueCard } from '../cards/pledge.card';
import { reminderCard, reportScreenCard } from '../cards/report.card';
import { publishedSituationPictureCard } from '../cards/situation-picture.card';
import type { Clock } from '../domain/clock';
import type { Group } from '../domain/group';
import { dueInsatser, insatsId } from '../domain/insats';
import { periodById, type ReportingPeriod } from '../domain/periods';
import { dueActivities, localDate, effectiveStatus } from '../domain/pledge';
import { whereOf } from '../domain/report';
import { AppError } from '../errors';
import { languageFor, textsFor, type Language, type Texts } from '../i18n';
import type { InsatsService } from '../services/insats-service';
import type { MessageComposer } from '../services/outbox-sender';
import type { PictureReviewService } from '../services/picture-review';
import type { PledgeService } from '../services/pledge-service';
import type { ReportService } from '../services/report-service';
import type { PublicationRenderer } from '../services/situation-picture-service';
import { reviewCardOf } from './handlers/situation-picture';

/** How long a prompt round reuses the report states it read (see `screensFor`). */
const ROUND_SNAPSHOT_MS = 20_000;

/**
 * What the cycle sends: the prompt is the report form itself (the same card as `rapportera`, with
 * the member's draft), the reminder a short card that opens it. Cards are rendered at send time,
 * so they show the member's state as it is then.
 */
export function proactiveMessages(
  services: {
    reports: ReportService;
    reviews: PictureReviewService;
    pledges: PledgeService;
    insatser: InsatsService;
  },
  clock: Clock,
  localeOverride?: Language,
  pledgeReminderDays = 14,
): MessageComposer {
  const { reports, reviews, pledges, insatser } = services;
  const textsOf = (locale?: string) => textsFor(languageFor(locale, localeOverride));
  // A member without a draft gets the same blank form as everyone else in the group: render it once.
  const blankForms = new Map<string, Record<string, unknown>>();
  // A round's report states, read once for the whole group (two partition queries) and reused for
  // ROUND_SNAPSHOT_MS: a prompt shows the member's state as it was at most that long ago.
  const snapshots = new Map<string, { until: number; screens: ReturnType<ReportService['periodScreens']> }>();
  const screensFor = (group: Group, period: ReportingPeriod, round: string) => {
    const now = clock.now().getTime();
    const key = `${group.id}|${period.id}|${round}`;
    const known = snapshots.get(key);
    if (known && known.until > now) return known.screens;
    for (const [stale, snapshot] of snapshots) if (snapshot.until <= now) snapshots.delete(stale);
    const screens = reports.periodScreens(group, period);
    snapshots.set(key, { until: now + ROUND_SNAPSHOT_MS, screens });
    screens.catch(() => snapshots.delete(key));
    return screens;
  };
  /** The återkoppling to one reporter: their own places only, never who else reported. */
  const feedbackText = async (
    kind: 'feedbackNew' | 'feedbackDone',
    group: Group,
    number: number,
    memberKey: string,
    t: Texts,
  ): Promise<string> => {
    const insats = await insatser.get(group, insatsId(number));
    if (!insats) throw new AppError('not_found', `insats ${number} of the feedback round is gone`);
    const places = (await insatser.reporters(insats)).get(memberKey) ?? [];
    const labelOf = (periodId: string) => {
      const period = periodById(group.schedule, periodId);
      return period ? t.periodLabel(period) : periodId;
    };
    const where = places
      .map((place) => `${md(whereOf(place.omrade, place.place))} ${labelOf(place.periodId)}`)
      .join(', ');
    const text =
      kind === 'feedbackNew'
        ? t.insatser.feedbackNew(where, md(insats.what), md(insats.ownerOrganisation), insats.due)
        : t.insatser.feedbackDone(where, md(insats.what));
    return `${text}\n\n${t.insatser.feedbackFooter}`;
  };
  return {
    async outboxMessage({ entry, group, member, period, locale }) {
      const t = textsOf(locale);
      if (entry.kind === 'pledges') {
        const today = localDate(clock.now());
        const due = dueActivities(await pledges.list(group), today, pledgeReminderDays);
        if (!member) return { card: pledgeDueCard(group, due, t, false) };
        const mine = due.filter((item) => item.activity.ownerMemberKey === member.memberKey);
        const myInsatser = dueInsatser(await insatser.list(group), today, pledgeReminderDays)
          .filter((insats) => insats.ownerMemberKey === member.memberKey)
          .map((insats) => ({ insats, status: effectiveStatus(insats, today) }));
        return { card: pledgeDueCard(group, mine, t, true, myInsatser) };
      }
      if (!member) throw new Error(`a ${entry.kind} message needs a member`);
      if (entry.kind === 'feedbackNew' || entry.kind === 'feedbackDone') {
        return { text: await feedbackText(entry.kind, group, entry.seq, member.memberKey, t) };
      }
      if (entry.kind === 'reminder') return { card: reminderCard(group, period, t) };
      if (entry.kind === 'review') {
        const notice = { text: t.picture.reviewReady(t.periodLabel(period)), good: true };
        return { card: reviewCardOf(await reviews.view(group, period), group, t, { analysis: '', notice }) };
      }
      const screen = (await screensFor(group, period, `${entry.kind}|${entry.seq}`))(member);
      if (screen.kind === 'closed')
        return { text: t.report.periodClosed(t.periodLabel(period), t.dateTime(period.deadline)) };
      if (screen.kind === 'receipt') return { card: reportScreenCard(screen, t, clock.now()) };
      const blank = screen.observations.length === 0;
      const key = `${group.id}|${period.id}|${t.language}`;
      const cached = blank ? blankForms.get(key) : undefined;
      if (cached) return { card: cached };
      const card = reportScreenCard({ ...screen, notice: 'prompt' }, t, clock.now());
      if (blank) {
        if (blankForms.size > 1000) blankForms.clear();
        blankForms.set(key, card);
      }
      return { card };
    },
    undeliveredNotice({ dispatch, group, period, count, names, locale }) {
      const t = textsOf(locale);
      return { text: t.cycle.undelivered(dispatch.kind, t.periodLabel(period), md(group.name), count, names?.map(md)) };
    },
  };
}

/** The card the council sees, rendered from the archive record (so `arkiv` shows exactly it again). */
export function publicationRenderer(localeOverride?: Language): PublicationRenderer {
  const t = textsFor(localeOverride ?? 'sv');
  return (publication, group, compiled) => ({
    card: publishedSituationPictureCard(publication, group, compiled.period, compiled.previousPeriod, t),
  });
}
