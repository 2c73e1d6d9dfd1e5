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
import pledgeEditorTemplate from './templates/pledge-editor.json';
import pledgeNewTemplate from './templates/pledge-new.json';
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
export function pledgesCard(
  group: Group,
  pledges: Pledge[],
  today: string,
  t: Texts,
  samordnare = false,
): AdaptiveCardJson {
  return renderCard(pledgesTemplate, {
    title: t.pledges.listTitle(group.name),
    none: t.pledges.none,
    update: t.pledges.update,
    newPledge: t.pledges.newPledge,
    edit: t.pledges.edit,
    samordnare,
    groupId: group.id,
    pledges: pledges.slice(0, 3).map((pledge) => ({
      id: pledge.id,
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

export function newPledgeCard(
  group: Group,
  t: Texts,
  form: { title?: string; start?: string; end?: string; parties?: string; otherParty?: string } = {},
  notice = '',
): AdaptiveCardJson {
  return renderCard(pledgeNewTemplate, {
    t: t.pledges,
    notice,
    noticeText: notice || HIDDEN_TEXT,
    groupId: group.id,
    form: {
      title: form.title ?? '',
      start: form.start ?? '',
      end: form.end ?? '',
      parties: form.parties ?? 'polisen,kommunen',
      otherParty: form.otherParty ?? '',
    },
    parties: [
      { title: t.pledges.owner('polisen'), value: 'polisen' },
      { title: t.pledges.owner('kommunen'), value: 'kommunen' },
    ],
  });
}

/** The samordnare's editor for one pledge: what it holds, and forms to add focus areas and activities. */
export function pledgeEditorCard(
  group: Group,
  pledge: Pledge,
  members: { memberKey: string; name: string }[],
  today: string,
  t: Texts,
  notice?: { text: string; good: boolean },
): AdaptiveCardJson {
  return renderCard(pledgeEditorTemplate, {
    t: t.pledges,
    title: t.pledges.editorTitle(pledge.title),
    subtitle: `${t.pledges.period(pledge.start, pledge.end)} · ${t.pledges.parties}: ${pledge.parties.map((party) => t.pledges.owner(party)).join(', ')}`,
    notice: notice?.text ?? '',
    noticeText: notice?.text ?? HIDDEN_TEXT,
    noticeColor: notice?.good === false ? 'Attention' : 'Good',
    groupId: group.id,
    pledgeId: pledge.id,
    focusAreaList:
      pledge.focusAreas.length > 0
        ? pledge.focusAreas.map((area, index) => `${index + 1}. ${area.name}`).join('\n')
        : t.pledges.nothingYet,
    activityList:
      pledge.activities.length > 0
        ? pledge.activities
            .map((activity) => `- ${activityLine(activity, effectiveStatus(activity, today), t)}`)
            .join('\n')
        : t.pledges.nothingYet,
    focusAreas: pledge.focusAreas.map((area) => ({ title: area.name, value: area.id })),
    defaultFocusArea: pledge.focusAreas[pledge.focusAreas.length - 1]?.id ?? '',
    parties: [...new Set(['polisen', 'kommunen', 'gemensamt', ...pledge.parties])].map((party) => ({
      title: t.pledges.owner(party),
      value: party,
    })),
    members: [
      { title: t.pledges.noOwnerPerson, value: '' },
      ...members.map((member) => ({ title: member.name, value: member.memberKey })),
    ],
  });
}
