import type { Application, TurnState } from '@microsoft/teams-ai';
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
import { onCardAction, type CardReply } from '../card-actions';
import type { BotDependencies } from '../deps';
import { samordnareAction } from '../samordnare-action';
import { VERBS } from '../verbs';

const pledgeData = z.object({ groupId: z.string().min(1).max(256), pledgeId: z.string().min(1).max(64) });
const groupOnly = z.object({ groupId: z.string().min(1).max(256) });
const focusAreaData = pledgeData.extend({ editFocusAreaId: z.string().min(1).max(64) });
const activityEditData = pledgeData.extend({ editActivityId: z.string().min(1).max(64) });
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The samordnare creates pledges and adds focus areas and activities with cards; checked on the server. */
export function registerPledgeEditing(app: Application<TurnState>, deps: BotDependencies): void {
  const { admin, pledges, clock, logger } = deps;
  const today = () => localDate(clock.now());

  const asSamordnare = <T extends { groupId: string }>(
    schema: z.ZodType<T>,
    act: (group: Group, data: T, raw: Record<string, unknown>, t: Texts) => Promise<CardReply>,
  ) => samordnareAction(deps, schema, ({ group, data, raw, t }) => act(group, data, raw, t));

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
          .map(([field, problem]) => `${fieldNames[field] ?? t.pledges.fieldNames[field] ?? field} (${t.inputProblem(problem)})`)
          .join(', '),
      ),
      good: false,
    };
  };
  const pledgeFormFrom = (raw: Record<string, unknown>): PledgeForm => ({
    title: text(raw.title),
    start: text(raw.start),
    end: text(raw.end),
    parties: text(raw.parties),
    otherParty: text(raw.otherParty),
  });
  const focusAreaFormOf = (raw: Record<string, unknown>, id?: string): FocusAreaForm => ({
    id,
    name: text(raw.name),
    problem: text(raw.problem),
  });
  const activityFormFrom = (raw: Record<string, unknown>, id?: string): ActivityForm => ({
    id,
    focusAreaId: text(raw.focusAreaId),
    description: text(raw.description),
    ownerParty: text(raw.ownerParty),
    ownerMemberKey: text(raw.ownerMemberKey),
    start: text(raw.start),
    due: text(raw.due),
    target: text(raw.target),
  });

  onCardAction(
    app,
    VERBS.pledgeNew,
    asSamordnare(groupOnly, (group, _data, _raw, t) => Promise.resolve({ card: newPledgeCard(group, t) })),
    logger,
  );

  onCardAction(
    app,
    VERBS.pledgeCreate,
    asSamordnare(groupOnly, async (group, _data, raw, t) => {
      const form = pledgeFormFrom(raw);
      const result = await pledges.create(group, { ...form, parties: partiesOf(form) });
      if (!result.ok) return { card: newPledgeCard(group, t, form, failureNotice(result, t).text) };
      return editor(group, result.pledge, t, { notice: { text: t.pledges.created, good: true } });
    }),
    logger,
  );

  onCardAction(
    app,
    VERBS.pledgeEditPledge,
    asSamordnare(pledgeData, async (group, data, _raw, t) => {
      const pledge = await pledges.get(group, data.pledgeId);
      return pledge ? { card: newPledgeCard(group, t, pledgeFormOf(pledge)) } : { message: t.invalidCard };
    }),
    logger,
  );

  onCardAction(
    app,
    VERBS.pledgeSavePledge,
    asSamordnare(pledgeData, async (group, data, raw, t) => {
      const form = { ...pledgeFormFrom(raw), pledgeId: data.pledgeId };
      const result = await pledges.changePledge(group, data.pledgeId, { ...form, parties: partiesOf(form) });
      if (!result.ok) return { card: newPledgeCard(group, t, form, failureNotice(result, t).text) };
      return editor(group, result.pledge, t, { notice: { text: t.pledges.pledgeChanged, good: true } });
    }),
    logger,
  );

  onCardAction(
    app,
    VERBS.pledgeEdit,
    asSamordnare(pledgeData, async (group, data, _raw, t) => {
      const pledge = await pledges.get(group, data.pledgeId);
      return pledge ? editor(group, pledge, t) : { message: t.invalidCard };
    }),
    logger,
  );

  onCardAction(
    app,
    VERBS.pledgeAddFocusArea,
    asSamordnare(pledgeData, async (group, data, raw, t) => {
      const form = focusAreaFormOf(raw);
      const result = await pledges.addFocusArea(group, data.pledgeId, form);
      return afterChange(group, data.pledgeId, result, t.pledges.focusAreaAdded, t, { focusArea: form });
    }),
    logger,
  );

  onCardAction(
    app,
    VERBS.pledgeAddActivity,
    asSamordnare(pledgeData, async (group, data, raw, t) => {
      const form = activityFormFrom(raw);
      const result = await pledges.addActivity(group, data.pledgeId, form);
      return afterChange(group, data.pledgeId, result, t.pledges.activityAdded, t, { activity: form });
    }),
    logger,
  );

  onCardAction(
    app,
    VERBS.pledgeEditFocusArea,
    asSamordnare(focusAreaData, async (group, data, _raw, t) => {
      const pledge = await pledges.get(group, data.pledgeId);
      const area = pledge?.focusAreas.find((candidate) => candidate.id === data.editFocusAreaId);
      if (!pledge || !area) return { message: t.invalidCard };
      return editor(group, pledge, t, {
        notice: { text: t.pledges.editing(area.name), good: true },
        focusArea: { id: area.id, name: area.name, problem: area.problem },
      });
    }),
    logger,
  );

  onCardAction(
    app,
    VERBS.pledgeSaveFocusArea,
    asSamordnare(focusAreaData, async (group, data, raw, t) => {
      const form = focusAreaFormOf(raw, data.editFocusAreaId);
      const result = await pledges.changeFocusArea(group, data.pledgeId, data.editFocusAreaId, form);
      return afterChange(group, data.pledgeId, result, t.pledges.focusAreaChanged, t, { focusArea: form });
    }),
    logger,
  );

  onCardAction(
    app,
    VERBS.pledgeRemoveFocusArea,
    asSamordnare(focusAreaData, async (group, data, _raw, t) => {
      const result = await pledges.removeFocusArea(group, data.pledgeId, data.editFocusAreaId);
      return afterChange(group, data.pledgeId, result, t.pledges.focusAreaRemoved, t);
    }),
    logger,
  );

  onCardAction(
    app,
    VERBS.pledgeEditActivity,
    asSamordnare(activityEditData, async (group, data, _raw, t) => {
      const pledge = await pledges.get(group, data.pledgeId);
      const activity = pledge?.activities.find((candidate) => candidate.id === data.editActivityId);
      if (!pledge || !activity) return { message: t.invalidCard };
      return editor(group, pledge, t, {
        notice: { text: t.pledges.editing(activity.description), good: true },
        activity: activityFormOf(activity),
      });
    }),
    logger,
  );

  onCardAction(
    app,
    VERBS.pledgeSaveActivity,
    asSamordnare(activityEditData, async (group, data, raw, t) => {
      const form = activityFormFrom(raw, data.editActivityId);
      const result = await pledges.changeActivity(group, data.pledgeId, data.editActivityId, form);
      return afterChange(group, data.pledgeId, result, t.pledges.activityChanged, t, { activity: form });
    }),
    logger,
  );

  onCardAction(
    app,
    VERBS.pledgeRemoveActivity,
    asSamordnare(activityEditData, async (group, data, _raw, t) => {
      const result = await pledges.removeActivity(group, data.pledgeId, data.editActivityId);
      return afterChange(group, data.pledgeId, result, t.pledges.activityRemoved, t);
    }),
    logger,
  );
}
