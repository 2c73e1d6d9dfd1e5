import { randomUUID } from 'node:crypto';
import type { Clock } from '../domain/clock';
import type { Group, GroupMember } from '../domain/group';
import { followUp, localDate, type ActivityStatus, type FollowUp, type Pledge } from '../domain/pledge';
import type { DocumentProblem, PledgeDocument } from '../domain/pledge-document';
import { findPersonalData, type PersonalDataKind } from '../domain/privacy';
import { AppError, isAppError } from '../errors';
import type { Repositories } from '../storage/repositories';

export type ImportResult = { ok: true; pledge: Pledge } | { ok: false; problems: DocumentProblem[] };

export type StatusChangeResult =
  | { ok: true; pledge: Pledge }
  | { ok: false; reason: 'forbidden' | 'unknown' }
  | { ok: false; reason: 'personalData'; field: 'comment' | 'measured'; kinds: PersonalDataKind[] };

const newId = () => randomUUID().slice(0, 8);

/** Keeps the group's medborgarlöften: import, status follow-up with its history. */
export class PledgeService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
  ) {}

  /** Stores a whole pledge from a document; the responsible persons must be members of the group. */
  async importDocument(group: Group, document: PledgeDocument): Promise<ImportResult> {
    const members = (await this.repositories.members.listByGroup(group.id)).filter((member) => member.active);
    const byName = new Map(members.map((member) => [member.name.trim().toLowerCase(), member]));
    const problems: DocumentProblem[] = [];
    const focusAreas = document.focusAreas.map((area) => ({ id: newId(), name: area.name, problem: area.problem }));
    const activities = document.focusAreas.flatMap((area, index) =>
      area.activities.map((activity) => {
        const owner = activity.ownerPerson ? byName.get(activity.ownerPerson.trim().toLowerCase()) : undefined;
        if (activity.ownerPerson && !owner) {
          problems.push({
            where: activity.where,
            message: `ansvarig: ingen medlem i gruppen heter "${activity.ownerPerson}"`,
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
          status: 'ej-paborjad' as ActivityStatus,
        };
      }),
    );
    if (problems.length > 0) return { ok: false, problems };
    const pledge: Pledge = {
      id: newId(),
      groupId: group.id,
      title: document.title,
      start: document.start,
      end: document.end,
      parties: document.parties,
      focusAreas,
      activities,
    };
    await this.repositories.pledges.create(pledge);
    return { ok: true, pledge };
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
    for (const field of ['comment', 'measured'] as const) {
      const findings = findPersonalData(change[field]);
      if (findings.length > 0)
        return {
          ok: false,
          reason: 'personalData',
          field,
          kinds: [...new Set(findings.map((finding) => finding.kind))],
        };
    }
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const stored = await this.repositories.pledges.get(group.id, change.pledgeId);
      const activity = stored?.value.activities.find((candidate) => candidate.id === change.activityId);
      if (!stored || !activity) return { ok: false, reason: 'unknown' };
      if (by.role !== 'samordnare' && activity.ownerMemberKey !== by.memberKey)
        return { ok: false, reason: 'forbidden' };
      const pledge: Pledge = {
        ...stored.value,
        activities: stored.value.activities.map((candidate) =>
          candidate.id === activity.id ? { ...candidate, status: change.status } : candidate,
        ),
      };
      try {
        await this.repositories.pledges.replace(pledge, stored.etag);
      } catch (error) {
        if (isAppError(error, 'conflict')) continue;
        throw error;
      }
      await this.repositories.pledges.addUpdate(group.id, {
        pledgeId: pledge.id,
        activityId: activity.id,
        status: change.status,
        comment: change.comment.trim(),
        measured: change.measured.trim() || undefined,
        byName: by.name,
        byMemberKey: by.memberKey,
        at: this.clock.now(),
      });
      return { ok: true, pledge };
    }
    throw new AppError('conflict', 'the pledge kept changing');
  }
}
