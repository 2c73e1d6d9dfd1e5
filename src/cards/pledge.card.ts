import type { Group } from '../domain/group';
import type { Insats, InsatsStatus } from '../domain/insats';
import {
  ACTIVITY_STATUSES,
  effectiveStatus,
  type ActivityStatus,
  type DueActivity,
  type FollowUp,
  type Pledge,
  type PledgeActivity,
} from '../domain/pledge';
import type { Texts } from '../i18n';
import { insatsLineText } from './insats.card';
import { md, mdOrEmpty } from './markdown';
import { renderCard, type AdaptiveCardJson } from './render';
import pledgeDueTemplate from './templates/pledge-due.json';
import pledgeEditorTemplate from './templates/pledge-editor.json';
import pledgeNewTemplate from './templates/pledge-new.json';
import pledgeStatusTemplate from './templates/pledge-status.json';
import pledgesTemplate from './templates/pledges.json';

const HIDDEN_TEXT = '-';

function activityLine(activity: PledgeActivity, status: ActivityStatus, t: Texts): string {
  return t.pledges.activityLine(
    md(activity.description),
    md(t.pledges.owner(activity.ownerParty)),
    activity.due,
    t.pledges.status[status],
    activity.target && md(activity.target),
  );
}

/** "2026-01-01 – 2026-12-31 · Parter: Polisen, Kommunen": under a pledge's title wherever it is shown. */
function periodAndParties(pledge: Pledge, t: Texts): string {
  return `${t.pledges.period(pledge.start, pledge.end)} · ${t.pledges.parties}: ${pledge.parties.map((party) => md(t.pledges.owner(party))).join(', ')}`;
}

/** `löften`: the group's pledges (newest first) with each activity's status as it stands today. */
export function pledgesCard(
  group: Group,
  pledges: Pledge[],
  today: string,
  t: Texts,
  /** `samordnare`: the buttons to change the pledges; `readOnly` (a channel): no buttons at all. */
  viewer: { samordnare: boolean; readOnly?: boolean } = { samordnare: false },
): AdaptiveCardJson {
  const { samordnare } = viewer;
  return renderCard(pledgesTemplate, {
    canUpdate: viewer.readOnly !== true,
    title: t.pledges.listTitle(md(group.name)),
    none: t.pledges.none,
    update: t.pledges.update,
    newPledge: t.pledges.newPledge,
    edit: t.pledges.edit,
    samordnare,
    groupId: group.id,
    pledges: pledges.slice(0, 3).map((pledge) => ({
      id: pledge.id,
      title: md(pledge.title),
      subtitle: periodAndParties(pledge, t),
      focusAreas: pledge.focusAreas.map((area) => ({
        name: md(area.name),
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
    `**${t.pledges.followUpTitle(md(pledge.title))}**`,
    '',
    periodAndParties(pledge, t),
    '',
    t.pledges.counts(result.counts),
  ];
  result.focusAreas.forEach((area, index) => {
    lines.push('', `**${index + 1}. ${md(area.focusArea.name)}**`);
    if (area.focusArea.problem) lines.push(`_${md(area.focusArea.problem)}_`);
    for (const { activity, status, updates } of area.activities) {
      lines.push('', `- ${activityLine(activity, status, t)}`);
      const done = updates.filter((update) => update.comment || update.measured);
      if (done.length === 0) lines.push(`  - ${t.pledges.noUpdates}`);
      for (const update of done) {
        const line = t.pledges.doneLine(
          mdOrEmpty(update.comment),
          mdOrEmpty(update.measured),
          md(update.byName),
          t.dateTime(update.at),
        );
        lines.push(`  - ${line}`);
      }
    }
  });
  return lines.join('\n');
}

/** Due and overdue activities, as lines for the lägesbild and the council channel. */
export function dueLines(due: DueActivity[], t: Texts): string[] {
  return due.map(({ activity, overdue }) =>
    t.pledges.dueLine(md(activity.description), md(t.pledges.owner(activity.ownerParty)), activity.due, overdue),
  );
}

/**
 * The reminder of medborgarlöften activities due: to an owner person (their activities, with a
 * button to update each) or to the council channel (all of them, to read).
 */
/**
 * What is due: medborgarlöften activities (to their owners and the council channel) and, for an
 * owner person, their insatser due soon or late, each with its update button.
 */
export function pledgeDueCard(
  group: Group,
  due: DueActivity[],
  t: Texts,
  forOwner: boolean,
  insatser: { insats: Insats; status: InsatsStatus }[] = [],
): AdaptiveCardJson {
  const onlyInsatser = due.length === 0 && insatser.length > 0;
  return renderCard(pledgeDueTemplate, {
    title: onlyInsatser ? t.insatser.dueTitle : t.pledges.dueTitle,
    subtitle: md(group.name),
    update: t.pledges.update,
    groupId: group.id,
    hasPledges: due.length > 0 && insatser.length > 0,
    pledgesTitle: t.pledges.dueTitle,
    hasInsatser: insatser.length > 0 && !onlyInsatser,
    insatserTitle: t.insatser.dueTitle,
    insatsItems: insatser.map(({ insats, status }) => ({
      line: insatsLineText(insats, status, t),
      insatsId: insats.id,
      canUpdate: forOwner,
    })),
    items: due.map(({ pledge, activity, overdue }) => ({
      line: t.pledges.dueLine(
        md(activity.description),
        md(t.pledges.owner(activity.ownerParty)),
        activity.due,
        overdue,
      ),
      pledgeId: pledge.id,
      activityId: activity.id,
      canUpdate: forOwner,
    })),
  });
}

/** The pledge's own fields; with `pledgeId` the form changes that pledge instead of creating one. */
export interface PledgeForm {
  pledgeId?: string;
  title: string;
  start: string;
  end: string;
  /** The usual parties chosen, comma separated (the multi-select's value). */
  parties: string;
  /** Any other parties, comma separated. */
  otherParty: string;
}

const USUAL_PARTIES = ['polisen', 'kommunen'];

export function pledgeFormOf(pledge: Pledge): PledgeForm {
  return {
    pledgeId: pledge.id,
    title: pledge.title,
    start: pledge.start,
    end: pledge.end,
    parties: pledge.parties.filter((party) => USUAL_PARTIES.includes(party)).join(','),
    otherParty: pledge.parties.filter((party) => !USUAL_PARTIES.includes(party)).join(', '),
  };
}

/** The parties a pledge form names: the usual ones chosen and the others written out. */
export function partiesOf(form: Pick<PledgeForm, 'parties' | 'otherParty'>): string[] {
  return [...new Set([...form.parties.split(','), ...form.otherParty.split(',')].map((party) => party.trim()))].filter(
    Boolean,
  );
}

export function newPledgeCard(group: Group, t: Texts, form?: PledgeForm, notice = ''): AdaptiveCardJson {
  return renderCard(pledgeNewTemplate, {
    t: t.pledges,
    heading: form?.pledgeId ? t.pledges.editPledge : t.pledges.newPledge,
    notice,
    noticeText: notice || HIDDEN_TEXT,
    groupId: group.id,
    pledgeId: form?.pledgeId ?? '',
    form: {
      title: form?.title ?? '',
      start: form?.start ?? '',
      end: form?.end ?? '',
      parties: form?.parties ?? USUAL_PARTIES.join(','),
      otherParty: form?.otherParty ?? '',
    },
    parties: USUAL_PARTIES.map((party) => ({ title: t.pledges.owner(party), value: party })),
  });
}

/** The focus area form of the editor: empty to add one, or an existing one's values to change it. */
export interface FocusAreaForm {
  id?: string;
  name: string;
  problem: string;
}

/** The activity form of the editor: empty to add one, or an existing one's values to change it. */
export interface ActivityForm {
  id?: string;
  focusAreaId: string;
  description: string;
  ownerParty: string;
  ownerMemberKey: string;
  start: string;
  due: string;
  target: string;
}

export function activityFormOf(activity: PledgeActivity): ActivityForm {
  return {
    id: activity.id,
    focusAreaId: activity.focusAreaId,
    description: activity.description,
    ownerParty: activity.ownerParty,
    ownerMemberKey: activity.ownerMemberKey ?? '',
    start: activity.start ?? '',
    due: activity.due,
    target: activity.target ?? '',
  };
}

/**
 * The samordnare's editor for one pledge: its focus areas and activities, each with Ändra and Ta
 * bort, and the forms to add one or change the one chosen. A form given keeps what was typed.
 */
export function pledgeEditorCard(
  group: Group,
  pledge: Pledge,
  members: { memberKey: string; name: string }[],
  today: string,
  t: Texts,
  state: { notice?: { text: string; good: boolean }; focusArea?: FocusAreaForm; activity?: ActivityForm } = {},
): AdaptiveCardJson {
  const { notice } = state;
  const focusArea = state.focusArea ?? { name: '', problem: '' };
  const activity = state.activity ?? {
    focusAreaId: pledge.focusAreas[pledge.focusAreas.length - 1]?.id ?? '',
    description: '',
    ownerParty: 'gemensamt',
    ownerMemberKey: '',
    start: '',
    due: '',
    target: '',
  };
  const memberName = new Map(members.map((member) => [member.memberKey, member.name]));
  return renderCard(pledgeEditorTemplate, {
    t: t.pledges,
    title: t.pledges.editorTitle(md(pledge.title)),
    subtitle: periodAndParties(pledge, t),
    notice: notice?.text ?? '',
    noticeText: notice?.text ?? HIDDEN_TEXT,
    noticeColor: notice?.good === false ? 'Attention' : 'Good',
    groupId: group.id,
    pledgeId: pledge.id,
    focusAreaItems: pledge.focusAreas.map((area, index) => ({
      id: area.id,
      line: `${index + 1}. ${md(area.name)}`,
      detail: area.problem ? md(area.problem) : HIDDEN_TEXT,
      hasDetail: area.problem !== '',
    })),
    activityItems: pledge.activities.map((item) => ({
      id: item.id,
      line: activityLine(item, effectiveStatus(item, today), t),
      detail: [
        mdOrEmpty(pledge.focusAreas.find((area) => area.id === item.focusAreaId)?.name),
        item.start && t.pledges.startsLine(item.start),
        mdOrEmpty(item.ownerMemberKey && memberName.get(item.ownerMemberKey)),
      ]
        .filter(Boolean)
        .join(' · '),
      hasDetail: true,
    })),
    focusAreaForm: {
      id: focusArea.id ?? '',
      heading: focusArea.id ? t.pledges.editFocusArea : t.pledges.newFocusArea,
      name: focusArea.name,
      problem: focusArea.problem,
    },
    activityForm: {
      ...activity,
      id: activity.id ?? '',
      heading: activity.id ? t.pledges.editActivity : t.pledges.newActivity,
    },
    focusAreas: pledge.focusAreas.map((area) => ({ title: area.name, value: area.id })),
    parties: [...new Set(['polisen', 'kommunen', 'gemensamt', ...pledge.parties, activity.ownerParty])]
      .filter(Boolean)
      .map((party) => ({ title: t.pledges.owner(party), value: party })),
    members: [
      { title: t.pledges.noOwnerPerson, value: '' },
      ...members.map((member) => ({ title: member.name, value: member.memberKey })),
    ],
  });
}
