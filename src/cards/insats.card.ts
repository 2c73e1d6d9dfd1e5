import { activeEventTypes } from '../domain/event-types';
import { ORGANISATIONS, type Group, type GroupMember } from '../domain/group';
import {
  hotSpotValue,
  observationValue,
  type InsatsForm,
  type LinkOptions,
  SETTABLE_INSATS_STATUSES,
  type Insats,
  type InsatsStatus,
  type InsatsUpdate,
} from '../domain/insats';
import { isEmptySection, type InsatsLine, type InsatsSection } from '../domain/insats-follow-up';
import type { ReportingPeriod } from '../domain/periods';
import { localDate, effectiveStatus } from '../domain/pledge';
import { whereOf } from '../domain/report';
import { organisationName, type Texts } from '../i18n';
import { md, mdOrEmpty } from './markdown';
import { excerpt, renderCard, type AdaptiveCardJson } from './render';
import insatsFormTemplate from './templates/insats-form.json';
import insatsStatusTemplate from './templates/insats-status.json';
import insatserTemplate from './templates/insatser.json';

const HIDDEN_TEXT = '-';

type Named = Pick<Insats, 'number' | 'what' | 'omrade' | 'place' | 'ownerOrganisation' | 'due'>;

/** One insats as the lists and the lägesbild say it. */
export function insatsLineText(insats: Named, status: InsatsStatus, t: Texts): string {
  return t.insatser.line(
    t.insatser.name(insats.number, md(insats.what), md(whereOf(insats.omrade, insats.place))),
    md(insats.ownerOrganisation),
    insats.due,
    t.insatser.status[status],
  );
}

/**
 * The lägesbild's section "Insatser" as Markdown: new ones, status changes, the late ones, and
 * the effect at the place of the finished ones. Never who reported. '' when there is nothing.
 */
/** Finished insatser, each with its effect at the place, as Markdown list lines. */
export function doneInsatserText(list: InsatsLine[], t: Texts, max = 10): string {
  return linesText(list, t, max, (line) => (line.effect ? ` – ${t.insatser.effect(line.effect)}` : ''));
}

function linesText(list: InsatsLine[], t: Texts, max: number, detail: (line: InsatsLine) => string = () => '') {
  return list
    .slice(0, max)
    .map((line) => `- ${insatsLineText(line, line.status, t)}${detail(line)}`)
    .join('\n');
}

export function insatsSectionText(section: InsatsSection, t: Texts, maxPerList = 10): string {
  if (isEmptySection(section)) return '';
  const lines = (list: InsatsLine[], detail?: (line: InsatsLine) => string) => linesText(list, t, maxPerList, detail);
  const parts: string[] = [];
  const add = (heading: string, list: InsatsLine[], detail?: (line: InsatsLine) => string) => {
    if (list.length > 0) parts.push(`**${heading}**\n${lines(list, detail)}`);
  };
  add(t.insatser.newHeading, section.created);
  add(t.insatser.changedHeading, section.changed, (line) =>
    line.comment ? `: ${md(excerpt(line.comment, 200))}` : '',
  );
  add(t.insatser.overdueHeading, section.overdue);
  if (section.done.length > 0)
    parts.push(`**${t.insatser.effectHeading}**\n${doneInsatserText(section.done, t, maxPerList)}`);
  return parts.join('\n\n');
}

export interface InsatsFormState {
  form?: InsatsForm;
  notice?: { text: string; good: boolean };
}

/** The samordnare's form for a new insats of `period`, with what it can be linked to. */
export function insatsFormCard(
  group: Group,
  period: ReportingPeriod,
  options: LinkOptions,
  members: GroupMember[],
  today: string,
  t: Texts,
  state: InsatsFormState = {},
): AdaptiveCardJson {
  const form: InsatsForm = state.form ?? {
    what: '',
    omrade: '',
    place: '',
    eventTypeId: '',
    links: '',
    ownerOrganisation: '',
    ownerMemberKey: '',
    start: today,
    due: '',
    target: '',
  };
  const linkedOmraden = options.hotSpots.map((spot) => spot.omrade);
  const title = t.insatser.formTitle(t.periodLabel(period));
  const required = (label: string) => `${label}${t.report.requiredMark}`;
  return renderCard(insatsFormTemplate, {
    t: t.insatser,
    labels: {
      whatLabel: required(t.insatser.whatLabel),
      omradeLabel: required(t.insatser.omradeLabel),
      ownerOrganisationLabel: required(t.insatser.ownerOrganisationLabel),
      startLabel: required(t.insatser.startLabel),
      dueLabel: required(t.insatser.dueLabel),
    },
    title,
    notice: state.notice?.text ?? '',
    noticeText: state.notice?.text ?? HIDDEN_TEXT,
    noticeColor: state.notice?.good === false ? 'Attention' : 'Good',
    form,
    omraden: [...new Set([...group.omraden, ...linkedOmraden])].map((omrade) => ({ title: omrade, value: omrade })),
    eventTypes: activeEventTypes(group.eventTypes).map((type) => ({ title: type.label, value: type.id })),
    links: [
      ...options.hotSpots.map((spot) => ({
        title: t.insatser.hotSpotOption(whereOf(spot.omrade, spot.place), spot.organisations.length),
        value: hotSpotValue(spot),
      })),
      ...options.observations.map((observation) => ({
        title: t.insatser.observationOption(
          whereOf(observation.omrade, observation.place),
          excerpt(observation.description, 80),
          organisationName(t, observation.organisation),
        ),
        value: observationValue(observation.id),
      })),
    ],
    organisations: ORGANISATIONS.map((organisation) => ({ title: organisation, value: organisation })),
    members: members.map((member) => ({ title: member.name, value: member.memberKey })),
    groupId: group.id,
    periodId: period.id,
  });
}

/** The group's insatser: open ones first, then the finished; an update button where the person may update. */
export function insatserCard(
  group: Group,
  insatser: Insats[],
  viewer: GroupMember,
  period: ReportingPeriod,
  today: string,
  t: Texts,
  notice = '',
  /** In a channel: no buttons (they open the history, with who changed what). */
  readOnly = false,
): AdaptiveCardJson {
  const finished = (insats: Insats) => ['genomford', 'installd'].includes(insats.status);
  const ordered = [...insatser].sort(
    (a, b) => Number(finished(a)) - Number(finished(b)) || a.due.localeCompare(b.due) || a.number - b.number,
  );
  const samordnare = viewer.role === 'samordnare';
  return renderCard(insatserTemplate, {
    title: t.insatser.listTitle(md(group.name)),
    intro: insatser.length === 0 ? t.insatser.none : t.insatser.listIntro,
    notice,
    noticeText: notice || HIDDEN_TEXT,
    update: t.insatser.update,
    newInsats: t.insatser.newInsats,
    canCreate: samordnare && !readOnly,
    groupId: group.id,
    periodId: period.id,
    items: ordered.slice(0, 40).map((insats) => ({
      line: insatsLineText(insats, effectiveStatus(insats, today), t),
      detail: insats.target ? t.insatser.target(md(insats.target)) : ' ',
      insatsId: insats.id,
      canUpdate: !readOnly && (samordnare || insats.ownerMemberKey === viewer.memberKey),
    })),
  });
}

/** The owner's (or a samordnare's) status form, with the history. */
export function insatsStatusCard(
  group: Group,
  insats: Insats,
  updates: InsatsUpdate[],
  today: string,
  t: Texts,
  form: { status?: string; comment?: string; notice?: { text: string; good: boolean } } = {},
): AdaptiveCardJson {
  const status = effectiveStatus(insats, today);
  const name = t.insatser.name(insats.number, md(insats.what), md(whereOf(insats.omrade, insats.place)));
  return renderCard(insatsStatusTemplate, {
    t: t.insatser,
    title: t.insatser.statusTitle(name),
    line: [insatsLineText(insats, status, t), insats.target ? t.insatser.target(md(insats.target)) : '']
      .filter(Boolean)
      .join('\n\n'),
    notice: form.notice?.text ?? '',
    noticeText: form.notice?.text ?? HIDDEN_TEXT,
    noticeColor: form.notice?.good === false ? 'Attention' : 'Good',
    status: form.status ?? insats.status,
    comment: form.comment ?? '',
    statuses: SETTABLE_INSATS_STATUSES.map((value) => ({ title: t.insatser.status[value], value })),
    history: updates
      .map((update) =>
        t.insatser.historyLine(
          t.insatser.status[update.status],
          md(update.byName),
          localDate(update.at),
          mdOrEmpty(update.comment),
        ),
      )
      .reverse()
      .join('\n\n'),
    groupId: group.id,
    insatsId: insats.id,
  });
}
