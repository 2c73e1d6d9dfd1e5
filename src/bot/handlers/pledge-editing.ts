import { z } from 'zod/v4';
import {
  activityFormOf,
  newPledgeCard,
  partiesOf,
  pledgeEditorCard,
  pledgeFormOf,
  type ActivityForm,
  type FocusAreaForm,
  type PledgeForm,
} from '../../cards/pledge.card';
import type { Group } from '../../domain/group';
import { localDate, type Pledge } from '../../domain/pledge';
import type { Texts } from '../../i18n';
import type { EditResult } from '../../services/pledge-service';
import { cardAction, type CardReply, formText, groupData } from '../card-actions';
import type { BotDependencies } from '../deps';
import { VERBS } from '../verbs';

const pledgeData = groupData.extend({ pledgeId: z.string().min(1).max(64) });
const groupOnly = groupData;
const focusAreaData = pledgeData.extend({ editFocusAreaId: z.string().min(1).max(64) });
const activityEditData = pledgeData.extend({ editActivityId: z.string().min(1).max(64) });

/** The samordnare creates pledges and adds focus areas and activities with cards; checked on the server. */
export function pledgeEditingActions(deps: BotDependencies) {
  const { admin, pledges, clock } = deps;
  const today = () => localDate(clock.now());

  type EditorState = Parameters<typeof pledgeEditorCard>[5];
  const editor = async (group: Group, pledge: Pledge, t: Texts, state: EditorState = {}): Promise<CardReply> => {
    const members = (await admin.members(group)).map((member) => ({ memberKey: member.memberKey, name: member.name }));
    return { card: pledgeEditorCard(group, pledge, members, today(), t, state) };
  };
  /**
   * The editor after a change: the changed pledge with a confirmation, or the pledge as it was with
   * the problems and the form as it was filled in, so nothing typed is lost.
   */
  const afterChange = async (
    group: Group,
    pledgeId: string,
    result: EditResult,
    done: string,
    t: Texts,
    form: Omit<NonNullable<EditorState>, 'notice'> = {},
  ): Promise<CardReply> => {
    const pledge = result.ok ? result.pledge : await pledges.get(group, pledgeId);
    if (!pledge) return { message: t.invalidCard };
    if (result.ok) return editor(group, pledge, t, { notice: { text: done, good: true } });
    // The activity form's start is its own ("påbörjas"), not the pledge's ("gäller från").
    const fieldNames = form.activity ? t.pledges.activityFieldNames : {};
    return editor(group, pledge, t, { ...form, notice: failureNotice(result, t, fieldNames) });
  };
  /** What a refused change says: a removal something depends on, or the fields to correct. */
  const failureNotice = (
    result: Exclude<EditResult, { ok: true }>,
    t: Texts,
    fieldNames: Record<string, string> = {},
  ) => {
    if ('refused' in result) return { text: t.pledges[result.refused], good: false };
    return {
      text: t.pledges.problems(
        Object.entries(result.problems)
          .map(
            ([field, problem]) =>
              `${fieldNames[field] ?? t.pledges.fieldNames[field] ?? field} (${t.inputProblem(problem)})`,
          )
          .join(', '),
      ),
      good: false,
    };
  };
  const pledgeFormFrom = (raw: Record<string, unknown>): PledgeForm => ({
    title: formText(raw.title),
    start: formText(raw.start),
    end: formText(raw.end),
    parties: formText(raw.parties),
    otherParty: formText(raw.otherParty),
  });
  const focusAreaFormOf = (raw: Record<string, unknown>, id?: string): FocusAreaForm => ({
    id,
    name: formText(raw.name),
    problem: formText(raw.problem),
  });
  const activityFormFrom = (raw: Record<string, unknown>, id?: string): ActivityForm => ({
    id,
    focusAreaId: formText(raw.focusAreaId),
    description: formText(raw.description),
    ownerParty: formText(raw.ownerParty),
    ownerMemberKey: formText(raw.ownerMemberKey),
    start: formText(raw.start),
    due: formText(raw.due),
    target: formText(raw.target),
  });

  return [
    cardAction({
      verb: VERBS.pledgeNew,
      role: 'samordnare',
      input: groupOnly,
      act: ({ group, t }) => Promise.resolve({ card: newPledgeCard(group, t) }),
    }),
    cardAction({
      verb: VERBS.pledgeCreate,
      role: 'samordnare',
      input: groupOnly,
      act: async ({ group, raw, t }) => {
        const form = pledgeFormFrom(raw);
        const result = await pledges.create(group, { ...form, parties: partiesOf(form) });
        if (!result.ok) return { card: newPledgeCard(group, t, form, failureNotice(result, t).text) };
        return editor(group, result.pledge, t, { notice: { text: t.pledges.created, good: true } });
      },
    }),
    cardAction({
      verb: VERBS.pledgeEditPledge,
      role: 'samordnare',
      input: pledgeData,
      act: async ({ group, data, t }) => {
        const pledge = await pledges.get(group, data.pledgeId);
        return pledge ? { card: newPledgeCard(group, t, pledgeFormOf(pledge)) } : { message: t.invalidCard };
      },
    }),
    cardAction({
      verb: VERBS.pledgeSavePledge,
      role: 'samordnare',
      input: pledgeData,
      act: async ({ group, data, raw, t }) => {
        const form = { ...pledgeFormFrom(raw), pledgeId: data.pledgeId };
        const result = await pledges.changePledge(group, data.pledgeId, { ...form, parties: partiesOf(form) });
        if (!result.ok) return { card: newPledgeCard(group, t, form, failureNotice(result, t).text) };
        return editor(group, result.pledge, t, { notice: { text: t.pledges.pledgeChanged, good: true } });
      },
    }),
    cardAction({
      verb: VERBS.pledgeEdit,
      role: 'samordnare',
      input: pledgeData,
      act: async ({ group, data, t }) => {
        const pledge = await pledges.get(group, data.pledgeId);
        return pledge ? editor(group, pledge, t) : { message: t.invalidCard };
      },
    }),
    cardAction({
      verb: VERBS.pledgeAddFocusArea,
      role: 'samordnare',
      input: pledgeData,
      act: async ({ group, data, raw, t }) => {
        const form = focusAreaFormOf(raw);
        const result = await pledges.addFocusArea(group, data.pledgeId, form);
        return afterChange(group, data.pledgeId, result, t.pledges.focusAreaAdded, t, { focusArea: form });
      },
    }),
    cardAction({
      verb: VERBS.pledgeAddActivity,
      role: 'samordnare',
      input: pledgeData,
      act: async ({ group, data, raw, t }) => {
        const form = activityFormFrom(raw);
        const result = await pledges.addActivity(group, data.pledgeId, form);
        return afterChange(group, data.pledgeId, result, t.pledges.activityAdded, t, { activity: form });
      },
    }),
    cardAction({
      verb: VERBS.pledgeEditFocusArea,
      role: 'samordnare',
      input: focusAreaData,
      act: async ({ group, data, t }) => {
        const pledge = await pledges.get(group, data.pledgeId);
        const area = pledge?.focusAreas.find((candidate) => candidate.id === data.editFocusAreaId);
        if (!pledge || !area) return { message: t.invalidCard };
        return editor(group, pledge, t, {
          notice: { text: t.pledges.editing(area.name), good: true },
          focusArea: { id: area.id, name: area.name, problem: area.problem },
        });
      },
    }),
    cardAction({
      verb: VERBS.pledgeSaveFocusArea,
      role: 'samordnare',
      input: focusAreaData,
      act: async ({ group, data, raw, t }) => {
        const form = focusAreaFormOf(raw, data.editFocusAreaId);
        const result = await pledges.changeFocusArea(group, data.pledgeId, data.editFocusAreaId, form);
        return afterChange(group, data.pledgeId, result, t.pledges.focusAreaChanged, t, { focusArea: form });
      },
    }),
    cardAction({
      verb: VERBS.pledgeRemoveFocusArea,
      role: 'samordnare',
      input: focusAreaData,
      act: async ({ group, data, t }) => {
        const result = await pledges.removeFocusArea(group, data.pledgeId, data.editFocusAreaId);
        return afterChange(group, data.pledgeId, result, t.pledges.focusAreaRemoved, t);
      },
    }),
    cardAction({
      verb: VERBS.pledgeEditActivity,
      role: 'samordnare',
      input: activityEditData,
      act: async ({ group, data, t }) => {
        const pledge = await pledges.get(group, data.pledgeId);
        const activity = pledge?.activities.find((candidate) => candidate.id === data.editActivityId);
        if (!pledge || !activity) return { message: t.invalidCard };
        return editor(group, pledge, t, {
          notice: { text: t.pledges.editing(activity.description), good: true },
          activity: activityFormOf(activity),
        });
      },
    }),
    cardAction({
      verb: VERBS.pledgeSaveActivity,
      role: 'samordnare',
      input: activityEditData,
      act: async ({ group, data, raw, t }) => {
        const form = activityFormFrom(raw, data.editActivityId);
        const result = await pledges.changeActivity(group, data.pledgeId, data.editActivityId, form);
        return afterChange(group, data.pledgeId, result, t.pledges.activityChanged, t, { activity: form });
      },
    }),
    cardAction({
      verb: VERBS.pledgeRemoveActivity,
      role: 'samordnare',
      input: activityEditData,
      act: async ({ group, data, t }) => {
        const result = await pledges.removeActivity(group, data.pledgeId, data.editActivityId);
        return afterChange(group, data.pledgeId, result, t.pledges.activityRemoved, t);
      },
    }),
  ];
}
