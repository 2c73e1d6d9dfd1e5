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
import { type Verb, VERBS } from '../verbs';

const pledgeData = groupData.extend({ pledgeId: z.string().min(1).max(64) });
const groupOnly = groupData;
const partId = z.string().min(1).max(64);
/** A card action on one focus area or activity; the cards name the part in a field of its own. */
const focusAreaData = pledgeData
  .extend({ editFocusAreaId: partId })
  .transform(({ editFocusAreaId, ...data }) => ({ ...data, partId: editFocusAreaId }));
const activityData = pledgeData
  .extend({ editActivityId: partId })
  .transform(({ editActivityId, ...data }) => ({ ...data, partId: editActivityId }));

type EditorState = NonNullable<Parameters<typeof pledgeEditorCard>[5]>;
type PartName = 'focusArea' | 'activity';
type PartForm<K extends PartName> = NonNullable<EditorState[K]>;
type PartSaid = Record<'added' | 'changed' | 'removed', string>;

/** A part of a pledge the samordnare adds, edits, saves and removes with the same four actions. */
interface PledgePart<K extends PartName> {
  name: K;
  verbs: Record<'add' | 'edit' | 'save' | 'remove', Verb>;
  input: z.ZodType<z.infer<typeof pledgeData> & { partId: string }>;
  find(pledge: Pledge, id: string): { label: string; form: PartForm<K> } | undefined;
  formFrom(raw: Record<string, unknown>, id?: string): PartForm<K>;
  add(group: Group, pledgeId: string, form: PartForm<K>): Promise<EditResult>;
  change(group: Group, pledgeId: string, id: string, form: PartForm<K>): Promise<EditResult>;
  remove(group: Group, pledgeId: string, id: string): Promise<EditResult>;
  said(t: Texts): PartSaid;
}

/** The samordnare creates pledges and adds focus areas and activities with cards; checked on the server. */
export function pledgeEditingActions(deps: BotDependencies) {
  const { admin, pledges, clock } = deps;
  const today = () => localDate(clock.now());

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
    form: Omit<EditorState, 'notice'> = {},
  ): Promise<CardReply> => {
    const pledge = result.ok ? result.pledge : await pledges.get(group, pledgeId);
    if (!pledge) return { message: t.invalidCard };
    if (result.ok) return editor(group, pledge, t, { notice: { text: done, good: true } });
    // The activity form's start is its own ("påbörjas"), not the pledge's ("gäller från").
    const fieldNames = form.activity ? t.pledges.activityFieldNames : {};
    return editor(group, pledge, t, { ...form, notice: failureNotice(result, t, fieldNames) });
  };
  /** The pledge the card names, or the "card is out of date" sentence when it is gone. */
  const withPledge = async (
    group: Group,
    pledgeId: string,
    t: Texts,
    reply: (pledge: Pledge) => CardReply | Promise<CardReply>,
  ): Promise<CardReply> => {
    const pledge = await pledges.get(group, pledgeId);
    return pledge ? reply(pledge) : { message: t.invalidCard };
  };
  /** The editor after a pledge's own fields were saved, or its form as filled in with the problems. */
  const afterSave = (group: Group, form: PledgeForm, result: EditResult, done: string, t: Texts) =>
    result.ok
      ? editor(group, result.pledge, t, { notice: { text: done, good: true } })
      : Promise.resolve({ card: newPledgeCard(group, t, form, failureNotice(result, t).text) });
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

  const focusAreas: PledgePart<'focusArea'> = {
    name: 'focusArea',
    verbs: {
      add: VERBS.pledgeAddFocusArea,
      edit: VERBS.pledgeEditFocusArea,
      save: VERBS.pledgeSaveFocusArea,
      remove: VERBS.pledgeRemoveFocusArea,
    },
    input: focusAreaData,
    find: (pledge, id) => {
      const area = pledge.focusAreas.find((candidate) => candidate.id === id);
      return area && { label: area.name, form: { id: area.id, name: area.name, problem: area.problem } };
    },
    formFrom: focusAreaFormOf,
    add: (group, pledgeId, form) => pledges.addFocusArea(group, pledgeId, form),
    change: (group, pledgeId, id, form) => pledges.changeFocusArea(group, pledgeId, id, form),
    remove: (group, pledgeId, id) => pledges.removeFocusArea(group, pledgeId, id),
    said: (t) => ({
      added: t.pledges.focusAreaAdded,
      changed: t.pledges.focusAreaChanged,
      removed: t.pledges.focusAreaRemoved,
    }),
  };
  const activities: PledgePart<'activity'> = {
    name: 'activity',
    verbs: {
      add: VERBS.pledgeAddActivity,
      edit: VERBS.pledgeEditActivity,
      save: VERBS.pledgeSaveActivity,
      remove: VERBS.pledgeRemoveActivity,
    },
    input: activityData,
    find: (pledge, id) => {
      const activity = pledge.activities.find((candidate) => candidate.id === id);
      return activity && { label: activity.description, form: activityFormOf(activity) };
    },
    formFrom: activityFormFrom,
    add: (group, pledgeId, form) => pledges.addActivity(group, pledgeId, form),
    change: (group, pledgeId, id, form) => pledges.changeActivity(group, pledgeId, id, form),
    remove: (group, pledgeId, id) => pledges.removeActivity(group, pledgeId, id),
    said: (t) => ({
      added: t.pledges.activityAdded,
      changed: t.pledges.activityChanged,
      removed: t.pledges.activityRemoved,
    }),
  };
  /** Add, edit, save and remove for one kind of part; a refused save keeps the form as filled in. */
  function partActions<K extends PartName>(part: PledgePart<K>) {
    const formState = (form: PartForm<K>) => ({ [part.name]: form }) as Omit<EditorState, 'notice'>;
    return [
      cardAction({
        verb: part.verbs.add,
        role: 'samordnare',
        input: pledgeData,
        act: async ({ group, data, raw, t }) => {
          const form = part.formFrom(raw);
          const result = await part.add(group, data.pledgeId, form);
          return afterChange(group, data.pledgeId, result, part.said(t).added, t, formState(form));
        },
      }),
      cardAction({
        verb: part.verbs.edit,
        role: 'samordnare',
        input: part.input,
        act: async ({ group, data, t }) => {
          const pledge = await pledges.get(group, data.pledgeId);
          const found = pledge && part.find(pledge, data.partId);
          if (!pledge || !found) return { message: t.invalidCard };
          const notice = { text: t.pledges.editing(found.label), good: true };
          return editor(group, pledge, t, { ...formState(found.form), notice });
        },
      }),
      cardAction({
        verb: part.verbs.save,
        role: 'samordnare',
        input: part.input,
        act: async ({ group, data, raw, t }) => {
          const form = part.formFrom(raw, data.partId);
          const result = await part.change(group, data.pledgeId, data.partId, form);
          return afterChange(group, data.pledgeId, result, part.said(t).changed, t, formState(form));
        },
      }),
      cardAction({
        verb: part.verbs.remove,
        role: 'samordnare',
        input: part.input,
        act: async ({ group, data, t }) => {
          const result = await part.remove(group, data.pledgeId, data.partId);
          return afterChange(group, data.pledgeId, result, part.said(t).removed, t);
        },
      }),
    ];
  }

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
        return afterSave(
          group,
          form,
          await pledges.create(group, { ...form, parties: partiesOf(form) }),
          t.pledges.created,
          t,
        );
      },
    }),
    cardAction({
      verb: VERBS.pledgeEditPledge,
      role: 'samordnare',
      input: pledgeData,
      act: ({ group, data, t }) =>
        withPledge(group, data.pledgeId, t, (pledge) => ({ card: newPledgeCard(group, t, pledgeFormOf(pledge)) })),
    }),
    cardAction({
      verb: VERBS.pledgeSavePledge,
      role: 'samordnare',
      input: pledgeData,
      act: async ({ group, data, raw, t }) => {
        const form = { ...pledgeFormFrom(raw), pledgeId: data.pledgeId };
        const result = await pledges.changePledge(group, data.pledgeId, { ...form, parties: partiesOf(form) });
        return afterSave(group, form, result, t.pledges.pledgeChanged, t);
      },
    }),
    cardAction({
      verb: VERBS.pledgeEdit,
      role: 'samordnare',
      input: pledgeData,
      act: ({ group, data, t }) => withPledge(group, data.pledgeId, t, (pledge) => editor(group, pledge, t)),
    }),
    ...partActions(focusAreas),
    ...partActions(activities),
  ];
}
