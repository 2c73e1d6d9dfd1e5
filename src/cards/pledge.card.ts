import {
  ACTIVITY_STATUSES,
  effectiveStatus,
  type ActivityStatus,
  type DueActivity,
  type FollowUp,
  type Pledge,
  type PledgeActivity,
} from '../domain/pledge';
import type { Group } from '../domain/group';
import type { Texts } from '../i18n';
import pledgeDueTemplate from './templates/pledge-due.json';
import pledgeStatusTemplate from './templates/pledge-status.json';
import pledgesTemplate from './templates/pledges.json';
import { renderCard, type AdaptiveCardJson } from './render';

const HIDDEN_TEXT = '-';

function activityLine(activity: PledgeActivity, status: ActivityStatus, t: Texts): string {
  return t.pledges.activityLine(
    activity.description,
    t.pledges.owner(activity.ownerParty),
    activity.due,
    t.pledges.status[status],
    activity.target,
  );
}

/** `löften`: the group's pledges (newest first) with each activity's status as it stands today. */
export function pledgesCard(group: Group, pledges: Pledge[], today: string, t: Texts): AdaptiveCardJson {
  return renderCard(pledgesTemplate, {
    title: t.pledges.listTitle(group.name),
    none: t.pledges.none,
    update: t.pledges.update,
    groupId: group.id,
    pledges: pledges.slice(0, 3).map((pledge) => ({
      title: pledge.title,
      subtitle: `${t.pledges.period(pledge.start, pledge.end)} · ${t.pledges.parties}: ${pledge.parties.map((party) => t.pledges.owner(party)).join(', ')}`,
      focusAreas: pledge.focusAreas.map((area) => ({
        name: area.name,
        activities: pledge.activities
          .filter((activity) => activity.focusAreaId === area.id)
          .map((activity) => ({
            id: activity.id,
            pledgeId: pledge.id,
            line: activityLine(activity, effectiveStatus(activity, today), t),
          })),
      })),
    })),
  });
}

export function pledgeStatusCard(
  group: Group,
  pledge: Pledge,
  activity: PledgeActivity,
  today: string,
  t: Texts,
  form: { status?: ActivityStatus; comment?: string; measured?: string; notice?: { text: string; good: boolean } } = {},
): AdaptiveCardJson {
  return renderCard(pledgeStatusTemplate, {
    t: t.pledges,
    line: activityLine(activity, effectiveStatus(activity, today), t),
    notice: form.notice?.text ?? '',
    noticeText: form.notice?.text ?? HIDDEN_TEXT,
    noticeColor: form.notice?.good === false ? 'Attention' : 'Good',
    status: form.status ?? activity.status,
    comment: form.comment ?? '',
    measured: form.measured ?? '',
    statuses: ACTIVITY_STATUSES.map((value) => ({ title: t.pledges.status[value], value })),
    groupId: group.id,
    pledgeId: pledge.id,
    activityId: activity.id,
  });
}

/** The follow-up as Markdown, in the shape of the kommuner's own "Uppföljning av medborgarlöften". */
export function followUpMarkdown(result: FollowUp, t: Texts): string {
  const { pledge } = result;
  const lines = [
    `**${t.pledges.followUpTitle(pledge.title)}**`,
    '',
    `${t.pledges.period(pledge.start, pledge.end)} · ${t.pledges.parties}: ${pledge.parties.map((party) => t.pledges.owner(party)).join(', ')}`,
    '',
    t.pledges.counts(result.counts),
  ];
  result.focusAreas.forEach((area, index) => {
    lines.push('', `**${index + 1}. ${area.focusArea.name}**`);
    if (area.focusArea.problem) lines.push(`_${area.focusArea.problem}_`);
    for (const { activity, status, updates } of area.activities) {
      lines.push('', `- ${activityLine(activity, status, t)}`);
      const done = updates.filter((update) => update.comment || update.measured);
      if (done.length === 0) lines.push(`  - ${t.pledges.noUpdates}`);
      for (const update of done) {
        lines.push(`  - ${t.pledges.doneLine(update.comment, update.measured, update.byName, t.dateTime(update.at))}`);
      }
    }
  });
  return lines.join('\n');
}

/** Due and overdue activities, as lines for the lägesbild and the council channel. */
export function dueLines(due: DueActivity[], t: Texts): string[] {
  return due.map(({ activity, overdue }) =>
    t.pledges.dueLine(activity.description, t.pledges.owner(activity.ownerParty), activity.due, overdue),
  );
}

/**
 * The reminder of medborgarlöften activities due: to an owner person (their activities, with a
 * button to update each) or to the council channel (all of them, to read).
 */
export function pledgeDueCard(group: Group, due: DueActivity[], t: Texts, forOwner: boolean): AdaptiveCardJson {
  return renderCard(pledgeDueTemplate, {
    title: t.pledges.dueTitle,
    subtitle: group.name,
    update: t.pledges.update,
    groupId: group.id,
    items: due.map(({ pledge, activity, overdue }) => ({
      line: t.pledges.dueLine(activity.description, t.pledges.owner(activity.ownerParty), activity.due, overdue),
      pledgeId: pledge.id,
      activityId: activity.id,
      canUpdate: forOwner,
    })),
  });
}
