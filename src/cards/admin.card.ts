import { activeEventTypes } from '../domain/event-types';
import {
  DEFAULT_ORGANISATION_DISPLAY,
  ORGANISATION_DISPLAYS,
  ORGANISATIONS,
  type Group,
  type GroupMember,
} from '../domain/group';
import { currentReportingPeriod } from '../domain/periods';
import { policeForm } from '../domain/police-settings';
import { periodInstants } from '../domain/schedule';
import type { StatusView } from '../domain/status';
import { organisationName, type Texts } from '../i18n';
import { md } from './markdown';
import { renderCard, type AdaptiveCardJson } from './render';
import membersTemplate from './templates/members.json';
import settingsTemplate from './templates/settings.json';
import statusTemplate from './templates/status.json';

/** Hidden lines keep a text (see report.card.ts: the form's elements keep their places). */
const HIDDEN_TEXT = '-';

export const MEMBERS_PER_PAGE = 25;

/** `police`: the line on the police's events (last fetch and outcome), '' for none. */
export function statusCard(view: StatusView, t: Texts, notice = '', police = ''): AdaptiveCardJson {
  const { group, period, instants, status } = view;
  const title = t.admin.statusTitle(t.periodLabel(period), md(group.name));
  return renderCard(statusTemplate, {
    t: {
      promptAt: t.admin.promptAt,
      reminderAt: t.admin.reminderAt,
      deadline: t.admin.deadline,
      answered: t.admin.answered,
      byOrganisation: t.admin.byOrganisation,
      remind: t.admin.remind,
      refresh: t.admin.refresh,
    },
    title,
    fallbackText: t.cardNotSupported(title),
    notice,
    noticeText: notice || HIDDEN_TEXT,
    groupId: group.id,
    promptAt: t.dateTime(instants.promptAt),
    reminderAt: t.dateTime(instants.reminderAt),
    deadline: t.dateTime(instants.deadline),
    answered: t.admin.answeredValue(status.answered, status.total, status.nothingToReport),
    organisations: status.byOrganisation.map((row) => ({
      organisation: md(organisationName(t, row.organisation)),
      value: t.admin.ofTotal(row.answered, row.total),
    })),
    missingTitle: t.admin.missing(status.missing.length),
    missing: status.missing.length > 0 ? status.missing.map(md).join(', ') : t.admin.nobodyMissing,
    unreachableTitle: status.unreachable.length > 0 ? t.admin.unreachable(status.unreachable.length) : '',
    unreachable: status.unreachable.map(md).join(', '),
    police,
  });
}

export type SettingsForm = Record<
  | 'lengthDays'
  | 'anchorDate'
  | 'promptWeekday'
  | 'promptTime'
  | 'reminderWeekday'
  | 'reminderTime'
  | 'deadlineWeekday'
  | 'deadlineTime'
  | 'omraden'
  | 'handelsetyper'
  | 'polisorter'
  | 'polistyper'
  | 'visaOrganisation'
  | 'radetsNamn',
  string
>;

export function settingsFormOf(group: Group): SettingsForm {
  const { schedule } = group;
  return {
    lengthDays: String(schedule.lengthDays),
    anchorDate: schedule.anchorDate,
    promptWeekday: String(schedule.promptWeekday),
    promptTime: schedule.promptTime,
    reminderWeekday: String(schedule.reminderWeekday),
    reminderTime: schedule.reminderTime,
    deadlineWeekday: String(schedule.deadlineWeekday),
    deadlineTime: schedule.deadlineTime,
    omraden: group.omraden.join('\n'),
    handelsetyper: activeEventTypes(group.eventTypes)
      .map((type) => type.label)
      .join('\n'),
    ...policeForm(group),
    visaOrganisation: group.organisationDisplay ?? DEFAULT_ORGANISATION_DISPLAY,
    radetsNamn: group.councilName ?? '',
  };
}

/** Schedule errors are shown by the row they belong to (weekday and time share one). */
const ERROR_ROWS: Record<string, string> = {
  lengthDays: 'lengthDays',
  anchorDate: 'anchorDate',
  promptWeekday: 'prompt',
  promptTime: 'prompt',
  reminderWeekday: 'reminder',
  reminderTime: 'reminder',
  deadlineWeekday: 'deadline',
  deadlineTime: 'deadline',
  omraden: 'omraden',
  handelsetyper: 'handelsetyper',
  polisorter: 'polisorter',
  polistyper: 'polistyper',
  visaOrganisation: 'visaOrganisation',
  radetsNamn: 'radetsNamn',
};

export function settingsCard(
  group: Group,
  form: SettingsForm,
  t: Texts,
  now: Date,
  outcome: { saved?: boolean; errors?: Record<string, string> } = {},
): AdaptiveCardJson {
  const errors: Record<string, string> = {
    lengthDays: '',
    anchorDate: '',
    prompt: '',
    reminder: '',
    deadline: '',
    omraden: '',
    handelsetyper: '',
    polisorter: '',
    polistyper: '',
    visaOrganisation: '',
    radetsNamn: '',
  };
  for (const [field, code] of Object.entries(outcome.errors ?? {})) {
    const row = ERROR_ROWS[field];
    if (row) errors[row] ||= t.admin.settingsError(code);
  }
  const failed = Object.values(errors).some((error) => error !== '');
  const notice = failed ? t.admin.fixSettings : outcome.saved ? t.admin.saved : '';
  const period = currentReportingPeriod(group.schedule, now);
  const instants = periodInstants(group.schedule, period);
  const title = t.admin.settingsTitle(md(group.name));
  return renderCard(settingsTemplate, {
    t: t.admin,
    title,
    fallbackText: t.cardNotSupported(title),
    nextCycle: t.admin.nextCycle(
      t.periodLabel(period),
      t.dateTime(instants.promptAt),
      t.dateTime(instants.reminderAt),
      t.dateTime(instants.deadline),
    ),
    notice,
    noticeText: notice || HIDDEN_TEXT,
    noticeColor: failed ? 'Attention' : 'Good',
    groupId: group.id,
    form,
    errors,
    retiredEventTypes: t.admin.retiredEventTypes(
      group.eventTypes.filter((type) => type.retired).map((type) => type.label),
    ),
    errorText: Object.fromEntries(Object.entries(errors).map(([key, value]) => [key, value || HIDDEN_TEXT])),
    lengths: (['7', '14', '21', '28'] as const).map((value) => ({ title: t.admin.lengthChoices[value], value })),
    weekdays: t.admin.weekdays.map((title, index) => ({ title, value: String(index + 1) })),
    organisationDisplayLabel: t.review.organisationDisplayLabel,
    organisationDisplays: ORGANISATION_DISPLAYS.map((value) => ({ title: t.review.organisationDisplay[value], value })),
  });
}

export function membersCard(
  group: Group,
  members: GroupMember[],
  page: number,
  t: Texts,
  notice: { text: string; good: boolean } | undefined = undefined,
): AdaptiveCardJson {
  const pages = Math.max(1, Math.ceil(members.length / MEMBERS_PER_PAGE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const shown = members.slice(current * MEMBERS_PER_PAGE, (current + 1) * MEMBERS_PER_PAGE);
  const title = t.admin.membersTitle(md(group.name), members.length);
  return renderCard(membersTemplate, {
    t: t.admin,
    title,
    fallbackText: t.cardNotSupported(title),
    notice: notice?.text ?? '',
    noticeText: notice?.text ?? HIDDEN_TEXT,
    noticeColor: notice?.good === false ? 'Attention' : 'Good',
    groupId: group.id,
    page: current,
    memberKeys: JSON.stringify(shown.map((member) => member.memberKey)),
    members: shown.map((member, index) => ({
      index,
      name: md(member.name),
      organisation: member.organisation ?? '',
      samordnare: String(member.role === 'samordnare'),
      excluded: String(member.excluded),
    })),
    organisations: [
      { title: t.admin.noOrganisation, value: '' },
      ...ORGANISATIONS.map((name) => ({ title: name, value: name })),
    ],
    hasPrevious: current > 0,
    hasNext: current < pages - 1,
    previousPage: current - 1,
    nextPage: current + 1,
  });
}
