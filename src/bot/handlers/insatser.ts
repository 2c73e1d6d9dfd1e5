import { z } from 'zod/v4';
import { insatsFormCard, insatsStatusCard, insatserCard } from '../../cards/insats.card';
import type { Group, GroupMember } from '../../domain/group';
import { SETTABLE_INSATS_STATUSES, type InsatsForm, type LinkOptions } from '../../domain/insats';
import type { ReportingPeriod } from '../../domain/periods';
import { localDate } from '../../domain/pledge';
import type { Texts } from '../../i18n';
import { mayUpdate } from '../../services/insats-service';
import { cardAction, type CardReply, formText, groupData, periodAction, periodData } from '../card-actions';
import { type Command, oneGroupCommand, eachGroupCommand } from '../command-table';
import { isPersonalChat } from '../context';
import type { BotDependencies } from '../deps';
import { VERBS } from '../verbs';

/** `insats ny [v47]`: the samordnare's form for a new insats of the period (by default the one that ended last). */
const INSATS_NEW = /^\s*(?:insats ny|new action)(?:\s+(.+?))?\s*$/i;

const insatsData = groupData.extend({ insatsId: z.string().regex(/^\d{4,6}$/) });

const FORM_FIELDS = [
  'what',
  'omrade',
  'place',
  'eventTypeId',
  'links',
  'ownerOrganisation',
  'ownerMemberKey',
  'start',
  'due',
  'target',
] as const satisfies readonly (keyof InsatsForm)[];

/** What an insats of the period can be linked to: the picture's hot spots and the period's observations. */
async function linkOptionsOf(deps: BotDependencies, group: Group, period: ReportingPeriod) {
  const { picture } = await deps.situationPictures.picture(group, period);
  return deps.insatser.linkOptions(group, period, picture.hotSpots);
}

/** The new-insats form of a period, with its hot spots and observations to link to (given, or read). */
async function formReply(
  deps: BotDependencies,
  group: Group,
  period: ReportingPeriod,
  t: Texts,
  state: Parameters<typeof insatsFormCard>[6] = {},
  links?: LinkOptions,
): Promise<CardReply> {
  const options = links ?? (await linkOptionsOf(deps, group, period));
  const members = await deps.admin.members(group);
  return {
    card: insatsFormCard(group, period, options, members, localDate(deps.clock.now()), t, state),
  };
}

async function listReply(
  deps: BotDependencies,
  group: Group,
  viewer: GroupMember,
  t: Texts,
  options: { notice?: string; readOnly?: boolean } = {},
) {
  const period = deps.situationPictures.periodFor(group, undefined) as ReportingPeriod;
  const insatser = await deps.insatser.list(group);
  const today = localDate(deps.clock.now());
  return { card: insatserCard(group, insatser, viewer, period, today, t, options.notice, options.readOnly) };
}

export const insatsCommands: readonly Command[] = [
  eachGroupCommand({
    // Every member sees the group's insatser; the owner person or a samordnare updates them.
    name: 'insatser',
    pattern: /^\s*(insatser|actions)\s*$/i,
    role: 'member',
    answersIn: ['personal', 'team'],
    menu: [],
    // In a channel the list is read-only: its update buttons open who changed what.
    run: ({ group, member }, { deps, context, t }) =>
      listReply(deps, group, member, t, { readOnly: !isPersonalChat(context) }),
  }),
  oneGroupCommand({
    name: 'newInsats',
    pattern: INSATS_NEW,
    role: 'samordnare',
    answersIn: ['personal'],
    menu: [],
    async run({ group }, { deps, t, text }) {
      const period = deps.situationPictures.periodFor(group, INSATS_NEW.exec(text)?.[1]);
      if (!period) return { message: t.invalidCard };
      return formReply(deps, group, period, t);
    },
  }),
];

export function insatsActions(deps: BotDependencies) {
  const { insatser, clock } = deps;
  const today = () => localDate(clock.now());
  const statusCard = async (group: Group, id: string, t: Texts, form: Parameters<typeof insatsStatusCard>[5] = {}) => {
    const insats = await insatser.get(group, id);
    if (!insats) return undefined;
    const updates = await deps.insatser.history(group, id);
    return insatsStatusCard(group, insats, updates, today(), t, form);
  };
  return [
    periodAction({
      verb: VERBS.insatsNew,
      role: 'samordnare',
      input: periodData,
      act: ({ group, period, t }) => formReply(deps, group, period, t),
    }),
    periodAction({
      verb: VERBS.insatsCreate,
      role: 'samordnare',
      input: periodData,
      async act({ group, period, member, raw, t }) {
        const form = Object.fromEntries(FORM_FIELDS.map((field) => [field, formText(raw[field])])) as Record<
          (typeof FORM_FIELDS)[number],
          string
        >;
        const options = await linkOptionsOf(deps, group, period);
        const result = await insatser.create(group, period, member, form, options);
        if (!result.ok) {
          const list = Object.entries(result.problems)
            .map(([field, problem]) => `${t.insatser.fieldNames[field] ?? field} (${t.inputProblem(problem)})`)
            .join(', ');
          deps.logger.warn({ verb: VERBS.insatsCreate, fields: Object.keys(result.problems) }, 'insats refused');
          const notice = { text: t.insatser.problems(list), good: false };
          return formReply(deps, group, period, t, { form, notice }, options);
        }
        if (result.feedback) deps.runCycleSoon();
        return listReply(deps, group, member, t, { notice: t.insatser.created(result.insats.number) });
      },
    }),
    cardAction({
      verb: VERBS.insatsStatusOpen,
      role: 'ownerPerson',
      personalOnly: true,
      input: insatsData,
      async act({ group, member, data, t }) {
        const insats = await insatser.get(group, data.insatsId);
        if (!insats) return { message: t.invalidCard };
        if (!mayUpdate(insats, member)) return { message: t.insatser.onlyOwner };
        const card = await statusCard(group, data.insatsId, t);
        return card ? { card } : { message: t.invalidCard };
      },
    }),
    cardAction({
      verb: VERBS.insatsStatusSave,
      role: 'ownerPerson',
      personalOnly: true,
      input: insatsData.extend({ status: z.enum(SETTABLE_INSATS_STATUSES), comment: z.string().max(2000).catch('') }),
      async act({ group, member, data, t }) {
        const result = await insatser.changeStatus(group, member, data);
        if (!result.ok && result.reason !== 'personalData') {
          return { message: result.reason === 'forbidden' ? t.insatser.onlyOwner : t.invalidCard };
        }
        if (result.ok && result.feedback) deps.runCycleSoon();
        const notice = result.ok
          ? { text: t.insatser.saved, good: true }
          : { text: t.insatser.commentHasPersonalData(result.kinds.map((kind) => t.personalData[kind])), good: false };
        const card = await statusCard(group, data.insatsId, t, {
          notice,
          ...(result.ok ? {} : { status: data.status }),
        });
        return card ? { card } : { message: t.invalidCard };
      },
    }),
  ];
}
