import { randomUUID } from 'node:crypto';
import { z } from 'zod/v4';
import type { Clock } from '../domain/clock';
import type { Group, GroupMember } from '../domain/group';
import {
  followUp,
  localDate,
  type ActivityStatus,
  type FollowUp,
  type Pledge,
  type PledgeActivity,
} from '../domain/pledge';
import type { DocumentProblem, PledgeDocument } from '../domain/pledge-document';
import {
  activityShape,
  focusAreaFields,
  PLEDGE_LIMITS,
  pledgeFields,
  problemsOf,
  START_AFTER_DUE,
  startNotAfterDue,
  type FieldProblems,
} from '../domain/pledge-input';
import { findPersonalData, kindsOf, type PersonalDataKind } from '../domain/privacy';
import { isAppError } from '../errors';
import type { Repositories } from '../storage/repositories';
import { withConflictRetry } from './conflict-retry';

/** Why a removal was refused: what exists depends on it. */
export type EditRefusal = 'focusAreaNotEmpty' | 'activityHasFollowUp';

export type { FieldProblems } from '../domain/pledge-input';

export type EditResult =
  { ok: true; pledge: Pledge } | { ok: false; problems: FieldProblems } | { ok: false; refused: EditRefusal };

export type ImportResult =
  { ok: true; pledge: Pledge; alreadyImported?: boolean } | { ok: false; problems: DocumentProblem[] };

export type StatusChangeResult =
  | { ok: true; pledge: Pledge }
  | { ok: false; reason: 'forbidden' | 'unknown' }
  | { ok: false; reason: 'personalData'; field: 'comment' | 'measured'; kinds: PersonalDataKind[] }
  | { ok: false; reason: 'tooLong'; field: 'comment' | 'measured'; max: number };

const newId = () => randomUUID().slice(0, 8);

const activityInput = activityShape
  .extend({
    focusAreaId: z.string().min(1, { error: 'chooseFocusArea' }),
    ownerMemberKey: z.string().optional(),
  })
  .refine(startNotAfterDue, START_AFTER_DUE);

/** What the card sends for an activity, new or changed. */
export type ActivityInput = z.input<typeof activityInput>;

/** Keeps the group's medborgarlöften: import, status follow-up with its history. */
export class PledgeService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores a whole pledge from a document; the responsible persons must be members of the group.
   * The pledge's id comes from the file's content (`pledgeSourceKey`): the same file imported again,
   * from Teams or the command line, finds the pledge it made and creates nothing.
   */
  async importDocument(group: Group, document: PledgeDocument, sourceKey: string): Promise<ImportResult> {
    const id = `import-${sourceKey}`;
    const existing = await this.repositories.pledges.get(group.id, id);
    if (existing) return { ok: true, pledge: existing.value, alreadyImported: true };
    const members = (await this.repositories.members.listByGroup(group.id)).filter((member) => member.active);
    const byName = new Map(members.map((member) => [member.name.trim().toLowerCase(), member]));
    const problems: DocumentProblem[] = [];
    const focusAreas = document.focusAreas.map((area) => ({ id: newId(), name: area.name, problem: area.problem }));
    const activities = document.focusAreas.flatMap((area, index) =>
      area.activities.map((activity): PledgeActivity => {
        const owner = activity.ownerPerson ? byName.get(activity.ownerPerson.trim().toLowerCase()) : undefined;
        if (activity.ownerPerson && !owner) {
          problems.push({
            where: activity.where,
            field: 'ansvarig',
            problem: { code: 'unknownPerson', name: activity.ownerPerson },
          });
        }
        return {
          id: newId(),
          focusAreaId: focusAreas[index].id,
          description: activity.description,
          ownerParty: activity.owner,
          ownerMemberKey: owner?.memberKey,
          start: activity.start,
          due: activity.due,
          target: activity.target,
          status: 'ej-paborjad',
        };
      }),
    );
    if (problems.length > 0) return { ok: false, problems };
    const pledge: Pledge = {
      id,
      groupId: group.id,
      title: document.title,
      start: document.start,
      end: document.end,
      parties: document.parties,
      focusAreas,
      activities,
    };
    try {
      await this.repositories.pledges.create(pledge);
    } catch (error) {
      // The same file, imported at the same moment by another click: that import stands.
      const stored = isAppError(error, 'conflict') && (await this.repositories.pledges.get(group.id, id));
      if (!stored) throw error;
      return { ok: true, pledge: stored.value, alreadyImported: true };
    }
    return { ok: true, pledge };
  }

  async create(
    group: Group,
    input: { title: string; start: string; end: string; parties: string[] },
  ): Promise<EditResult> {
    const parsed = pledgeFields.safeParse(input);
    if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
    const pledge: Pledge = { id: newId(), groupId: group.id, ...parsed.data, focusAreas: [], activities: [] };
    await this.repositories.pledges.create(pledge);
    return { ok: true, pledge };
  }

  /** Changes the pledge's title, period and parties; its focus areas and activities stay. */
  async changePledge(
    group: Group,
    pledgeId: string,
    input: { title: string; start: string; end: string; parties: string[] },
  ): Promise<EditResult> {
    const parsed = pledgeFields.safeParse(input);
    if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
    return this.change(group, pledgeId, (pledge) => ({ ...pledge, ...parsed.data }));
  }

  async addFocusArea(group: Group, pledgeId: string, input: { name: string; problem: string }): Promise<EditResult> {
    const parsed = focusAreaFields.safeParse(input);
    if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
    return this.change(group, pledgeId, (pledge) => ({
      ...pledge,
      focusAreas: [...pledge.focusAreas, { id: newId(), ...parsed.data }],
    }));
  }

  async changeFocusArea(
    group: Group,
    pledgeId: string,
    focusAreaId: string,
    input: { name: string; problem: string },
  ): Promise<EditResult> {
    const parsed = focusAreaFields.safeParse(input);
    if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
    return this.change(group, pledgeId, (pledge) => {
      if (!pledge.focusAreas.some((area) => area.id === focusAreaId)) return undefined;
      return {
        ...pledge,
        focusAreas: pledge.focusAreas.map((area) => (area.id === focusAreaId ? { ...area, ...parsed.data } : area)),
      };
    });
  }

  /** Only an empty focus area goes; its activities have to be moved or removed first. */
  async removeFocusArea(group: Group, pledgeId: string, focusAreaId: string): Promise<EditResult> {
    return this.change(group, pledgeId, (pledge) => {
      if (!pledge.focusAreas.some((area) => area.id === focusAreaId)) return undefined;
      if (pledge.activities.some((activity) => activity.focusAreaId === focusAreaId))
        return { refused: 'focusAreaNotEmpty' };
      return { ...pledge, focusAreas: pledge.focusAreas.filter((area) => area.id !== focusAreaId) };
    });
  }

  async addActivity(group: Group, pledgeId: string, input: ActivityInput): Promise<EditResult> {
    const parsed = await this.parseActivity(group, input);
    if (!parsed.ok) return parsed;
    return this.change(group, pledgeId, (pledge) => {
      if (!pledge.focusAreas.some((area) => area.id === parsed.fields.focusAreaId)) return undefined;
      const activity = { id: newId(), ...parsed.fields, status: 'ej-paborjad' as ActivityStatus };
      return { ...pledge, activities: [...pledge.activities, activity] };
    });
  }

  /** Changes what an activity is; its status and history stay as they are. */
  async changeActivity(group: Group, pledgeId: string, activityId: string, input: ActivityInput): Promise<EditResult> {
    const parsed = await this.parseActivity(group, input);
    if (!parsed.ok) return parsed;
    return this.change(group, pledgeId, (pledge) => {
      if (!pledge.focusAreas.some((area) => area.id === parsed.fields.focusAreaId)) return undefined;
      if (!pledge.activities.some((activity) => activity.id === activityId)) return undefined;
      return {
        ...pledge,
        activities: pledge.activities.map((activity) =>
          activity.id === activityId ? { id: activity.id, ...parsed.fields, status: activity.status } : activity,
        ),
      };
    });
  }

  /**
   * Removes an activity added by mistake. One with a status history is part of the public
   * follow-up: it is set to inställd instead, never erased.
   */
  async removeActivity(group: Group, pledgeId: string, activityId: string): Promise<EditResult> {
    const updates = await this.repositories.pledges.listUpdates(group.id, pledgeId);
    if (updates.some((update) => update.activityId === activityId))
      return { ok: false, refused: 'activityHasFollowUp' };
    return this.change(group, pledgeId, (pledge) => {
      if (!pledge.activities.some((activity) => activity.id === activityId)) return undefined;
      return { ...pledge, activities: pledge.activities.filter((activity) => activity.id !== activityId) };
    });
  }

  private async parseActivity(
    group: Group,
    input: ActivityInput,
  ): Promise<{ ok: true; fields: Omit<PledgeActivity, 'id' | 'status'> } | { ok: false; problems: FieldProblems }> {
    const parsed = activityInput.safeParse(input);
    if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
    if (parsed.data.ownerMemberKey) {
      const owner = await this.repositories.members.get(group.id, parsed.data.ownerMemberKey);
      if (!owner?.active) return { ok: false, problems: { ownerMemberKey: { code: 'notAMember' } } };
    }
    const { start, target, ownerMemberKey, ...rest } = parsed.data;
    return {
      ok: true,
      fields: {
        ...rest,
        ownerMemberKey: ownerMemberKey || undefined,
        start: start || undefined,
        target: target || undefined,
      },
    };
  }

  /** A read-modify-write of the pledge, retried when another change won the race. */
  private async change(
    group: Group,
    pledgeId: string,
    apply: (pledge: Pledge) => Pledge | { refused: EditRefusal } | undefined,
  ): Promise<EditResult> {
    return withConflictRetry(async (): Promise<EditResult> => {
      const stored = await this.repositories.pledges.get(group.id, pledgeId);
      const changed = stored && apply(stored.value);
      if (!stored || !changed) return { ok: false, problems: { form: { code: 'gone' } } };
      if ('refused' in changed) return { ok: false, refused: changed.refused };
      await this.repositories.pledges.replace(changed, stored.etag);
      return { ok: true, pledge: changed };
    });
  }

  /** One pledge of the group, or undefined. */
  async get(group: Group, pledgeId: string): Promise<Pledge | undefined> {
    return (await this.repositories.pledges.get(group.id, pledgeId))?.value;
  }

  async list(group: Group): Promise<Pledge[]> {
    return this.repositories.pledges.list(group.id);
  }

  async followUp(group: Group, pledgeId: string): Promise<FollowUp | undefined> {
    const stored = await this.repositories.pledges.get(group.id, pledgeId);
    if (!stored) return undefined;
    const updates = await this.repositories.pledges.listUpdates(group.id, pledgeId);
    return followUp(stored.value, updates, localDate(this.clock.now()));
  }

  /**
   * An activity's status, set by its owner person or a samordnare; every change is kept with who
   * and when. Comments and measured values go through the privacy guard.
   */
  async changeStatus(
    group: Group,
    by: GroupMember,
    change: { pledgeId: string; activityId: string; status: ActivityStatus; comment: string; measured: string },
  ): Promise<StatusChangeResult> {
    const limits = { comment: PLEDGE_LIMITS.statusComment, measured: PLEDGE_LIMITS.measured };
    for (const field of ['comment', 'measured'] as const) {
      if (change[field].length > limits[field]) return { ok: false, reason: 'tooLong', field, max: limits[field] };
      const findings = findPersonalData(change[field], { knownPlaces: group.omraden });
      if (findings.length > 0)
        return {
          ok: false,
          reason: 'personalData',
          field,
          kinds: kindsOf(findings),
        };
    }
    const written = await withConflictRetry(async () => {
      const stored = await this.repositories.pledges.get(group.id, change.pledgeId);
      const activity = stored?.value.activities.find((candidate) => candidate.id === change.activityId);
      if (!stored || !activity) return { ok: false as const, reason: 'unknown' as const };
      if (by.role !== 'samordnare' && activity.ownerMemberKey !== by.memberKey)
        return { ok: false as const, reason: 'forbidden' as const };
      const pledge: Pledge = {
        ...stored.value,
        activities: stored.value.activities.map((candidate) =>
          candidate.id === activity.id ? { ...candidate, status: change.status } : candidate,
        ),
      };
      await this.repositories.pledges.replace(pledge, stored.etag);
      return { ok: true as const, pledge };
    });
    if (!written.ok) return written;
    await this.repositories.pledges.addUpdate(group.id, {
      pledgeId: written.pledge.id,
      activityId: change.activityId,
      status: change.status,
      comment: change.comment.trim(),
      measured: change.measured.trim() || undefined,
      byName: by.name,
      byMemberKey: by.memberKey,
      at: this.clock.now(),
    });
    return written;
  }
}
