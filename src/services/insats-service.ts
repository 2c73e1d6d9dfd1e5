import type { Clock } from '../domain/clock';
import { UNKNOWN_ORGANISATION, type Group, type GroupMember } from '../domain/group';
import {
  INSATS_LIMITS,
  hotSpotValue,
  insatsId,
  linkedReporters,
  observationValue,
  type InsatsForm,
  type Insats,
  type InsatsUpdate,
  type LinkedPlace,
  type LinkOptions,
  type InsatsLink,
  type SettableInsatsStatus,
} from '../domain/insats';
import { insatsInputSchema } from '../domain/insats-input';
import type { ReportingPeriod } from '../domain/periods';
import { localDate } from '../domain/pledge';
import { problemsOf, type FieldProblems } from '../domain/pledge-input';
import { findPersonalData, kindsOf, type PersonalDataKind } from '../domain/privacy';
import type { DispatchKind } from '../domain/schedule';
import { AppError } from '../errors';
import type { Repositories, Versioned } from '../storage/repositories';
import { withConflictRetry } from './conflict-retry';

export type CreateResult =
  { ok: true; insats: Insats; feedback: boolean } | { ok: false; problems: FieldProblems; form: InsatsForm };

export type InsatsStatusResult =
  | { ok: true; insats: Insats; feedback: boolean }
  | { ok: false; reason: 'forbidden' | 'unknown' }
  | { ok: false; reason: 'personalData'; kinds: PersonalDataKind[] };

/** The messages to reporters: when an insats their report led to is created, and when it is done. */
export const FEEDBACK_KINDS = ['feedbackNew', 'feedbackDone'] as const satisfies readonly DispatchKind[];

/** The form lists at most this many observations (the card must stay far below Teams' size limit). */
const LINKABLE_OBSERVATIONS = 40;

/** Keeps the group's insatser: created by a samordnare, followed up by the owner person or a samordnare. */
export class InsatsService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
  ) {}

  list(group: Group): Promise<Insats[]> {
    return this.repositories.insatser.list(group.id);
  }

  async get(group: Group, id: string): Promise<Insats | undefined> {
    return (await this.repositories.insatser.get(group.id, id))?.value;
  }

  history(group: Group, id: string): Promise<InsatsUpdate[]> {
    return this.repositories.insatser.listUpdates(group.id, id);
  }

  /** `återkoppling av|på`: the person's choice, in every group they are a member of. */
  async setFeedback(memberKey: string, on: boolean): Promise<number> {
    const groupIds = await this.repositories.members.groupIdsOf(memberKey);
    for (const id of groupIds) await this.repositories.members.setFeedback(id, memberKey, on);
    return groupIds.length;
  }

  /**
   * What an insats of the period can be linked to: the hot spots given, and every observation of
   * the period with its organisation (never its reporter), the most serious first.
   */
  async linkOptions(group: Group, period: ReportingPeriod, hotSpots: LinkOptions['hotSpots']): Promise<LinkOptions> {
    const [reports, members] = await Promise.all([
      this.repositories.reports.listReports(group.id, period.id),
      this.repositories.members.listByGroup(group.id),
    ]);
    const organisations = new Map(members.map((member) => [member.memberKey, member.organisation]));
    const severity = { hog: 0, medel: 1, lag: 2 } as const;
    const observations = reports
      .flatMap((report) =>
        report.observations.map((observation) => ({
          id: observation.id,
          omrade: observation.omrade,
          place: observation.place,
          description: observation.description,
          organisation: report.organisation ?? organisations.get(report.memberKey) ?? UNKNOWN_ORGANISATION,
          severity: severity[observation.assessment],
        })),
      )
      .sort((a, b) => a.severity - b.severity || a.omrade.localeCompare(b.omrade, 'sv'))
      .slice(0, LINKABLE_OBSERVATIONS)
      .map(({ severity: _severity, ...observation }) => observation);
    return { hotSpots, observations };
  }

  async create(
    group: Group,
    period: ReportingPeriod,
    by: GroupMember,
    form: InsatsForm,
    options: LinkOptions,
  ): Promise<CreateResult> {
    const members = (await this.repositories.members.listByGroup(group.id)).filter((member) => member.active);
    const linkValues = new Map<string, InsatsLink>([
      ...options.hotSpots.map(
        (spot) =>
          [
            hotSpotValue(spot),
            { kind: 'hotSpot', periodId: period.id, omrade: spot.omrade, place: spot.place },
          ] as const,
      ),
      ...options.observations.map(
        (observation) =>
          [
            observationValue(observation.id),
            { kind: 'observation', periodId: period.id, observationId: observation.id },
          ] as const,
      ),
    ]);
    const schema = insatsInputSchema({
      eventTypeIds: group.eventTypes.map((type) => type.id),
      memberKeys: members.map((member) => member.memberKey),
      linkValues: new Set(linkValues.keys()),
    });
    const parsed = schema.safeParse(form);
    if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error), form };
    const input = parsed.data;
    const links = input.links.map((value) => linkValues.get(value) as InsatsLink);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const number = Math.max(0, ...(await this.repositories.insatser.list(group.id)).map((item) => item.number)) + 1;
      const insats: Insats = {
        id: insatsId(number),
        number,
        groupId: group.id,
        what: input.what,
        omrade: input.omrade,
        place: input.place,
        eventTypeId: input.eventTypeId || undefined,
        links,
        ownerOrganisation: input.ownerOrganisation,
        ownerMemberKey: input.ownerMemberKey || undefined,
        start: input.start,
        due: input.due,
        target: input.target,
        status: 'planerad',
        periodId: period.id,
        createdAt: this.clock.now(),
        createdBy: { memberKey: by.memberKey, name: by.name },
      };
      if (!(await this.repositories.insatser.create(insats))) continue;
      await this.repositories.insatser.addUpdate(group.id, {
        insatsId: insats.id,
        status: 'planerad',
        comment: '',
        byName: by.name,
        byMemberKey: by.memberKey,
        at: insats.createdAt,
      });
      return { ok: true, insats, feedback: await this.planFeedback(insats, 'feedbackNew') };
    }
    throw new AppError('conflict', 'insats numbers kept being taken');
  }

  async changeStatus(
    group: Group,
    by: GroupMember,
    change: { insatsId: string; status: SettableInsatsStatus; comment: string },
  ): Promise<InsatsStatusResult> {
    const comment = change.comment.trim().slice(0, INSATS_LIMITS.comment);
    const findings = findPersonalData(comment);
    if (findings.length > 0) {
      return { ok: false, reason: 'personalData', kinds: kindsOf(findings) };
    }
    const written = await withConflictRetry(async () => {
      const stored: Versioned<Insats> | undefined = await this.repositories.insatser.get(group.id, change.insatsId);
      if (!stored) return { ok: false as const, reason: 'unknown' as const };
      if (!mayUpdate(stored.value, by)) return { ok: false as const, reason: 'forbidden' as const };
      const becomesDone = change.status === 'genomford' && stored.value.status !== 'genomford';
      const insats: Insats = {
        ...stored.value,
        status: change.status,
        // The day it was first set genomförd in a row: saving genomförd again keeps it, leaving it clears it.
        doneOn:
          change.status !== 'genomford'
            ? undefined
            : stored.value.status === 'genomford'
              ? stored.value.doneOn
              : localDate(this.clock.now()),
      };
      await this.repositories.insatser.replace(insats, stored.etag);
      return { ok: true as const, insats, becomesDone };
    });
    if (!written.ok) return written;
    const { insats, becomesDone } = written;
    await this.repositories.insatser.addUpdate(group.id, {
      insatsId: insats.id,
      status: change.status,
      comment,
      byName: by.name,
      byMemberKey: by.memberKey,
      at: this.clock.now(),
    });
    return { ok: true, insats, feedback: becomesDone && (await this.planFeedback(insats, 'feedbackDone')) };
  }

  /**
   * The round that tells the reporters: created once per insats and kind (a conditional create, so
   * a second "genomförd" sends nothing), planned and sent by the cycle like every round.
   */
  private async planFeedback(insats: Insats, kind: (typeof FEEDBACK_KINDS)[number]): Promise<boolean> {
    if (insats.links.length === 0) return false;
    return this.repositories.dispatches.create({
      groupId: insats.groupId,
      periodId: insats.periodId,
      kind,
      seq: insats.number,
      trigger: 'manual',
      state: 'planning',
      planned: 0,
      createdAt: this.clock.now(),
    });
  }

  reporters(insats: Insats): Promise<Map<string, LinkedPlace[]>> {
    return reportersOf(this.repositories, insats);
  }
}

/** The members whose reports the insats's links point to, with the places they reported there. */
export async function reportersOf(
  repositories: Pick<Repositories, 'reports'>,
  insats: Insats,
): Promise<Map<string, LinkedPlace[]>> {
  const reports = [];
  for (const periodId of new Set(insats.links.map((link) => link.periodId))) {
    reports.push(...(await repositories.reports.listReports(insats.groupId, periodId)));
  }
  return linkedReporters(insats.links, reports);
}

/** The owner person or a samordnare may update an insats. */
export function mayUpdate(insats: Insats, member: GroupMember): boolean {
  return member.role === 'samordnare' || insats.ownerMemberKey === member.memberKey;
}
