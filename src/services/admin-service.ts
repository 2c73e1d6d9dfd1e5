import { z } from 'zod/v4';
import type { Clock } from '../domain/clock';
import { changeEventTypes, EVENT_TYPE_LIMITS } from '../domain/event-types';
import { COUNCIL_NAME_MAX, ORGANISATION_DISPLAYS, ORGANISATIONS, type Group, type GroupMember } from '../domain/group';
import { currentReportingPeriod } from '../domain/periods';
import { parsePoliceForm } from '../domain/police-settings';
import { findPersonalData } from '../domain/privacy';
import { groupScheduleSchema, periodInstants } from '../domain/schedule';
import { participationStatus, type StatusView } from '../domain/status';
import type { Repositories } from '../storage/repositories';
import { activeMembership, type Membership } from './membership';

export interface SettingsInput {
  schedule: Record<string, unknown>;
  omraden: string;
  /** The active händelsetyper, one per line; those left out are retired. */
  eventTypes: string;
  /** The police's location names (one per line) and "polisens typ = händelsetyp" lines. */
  police: { polisorter: string; polistyper: string };
  /** Which organisations the council's card names (`minTwo`, `always`, `never`). */
  organisationDisplay: string;
  /** The council's own name, for the reports' cover ('' for the general one). */
  councilName: string;
}

export type SettingsResult =
  { ok: true; group: Group } | { ok: false; errors: Record<string, string>; input: SettingsInput };

export interface MemberChange {
  memberKey: string;
  organisation: string;
  samordnare: boolean;
  excluded: boolean;
}

/** The council's name: a name of an institution, through the guard like every setting. */
const councilNameSchema = z
  .string()
  .trim()
  .max(COUNCIL_NAME_MAX, { error: 'councilNameTooLong' })
  .refine((name) => findPersonalData(name).length === 0, { error: 'personalData' })
  .transform((name) => name || undefined);

/**
 * A list the samordnare types one per line (or `;`-separated): each line trimmed, at most `item`
 * characters and through the guard, the list between one and `most` lines. Problems are codes.
 */
function lineList(
  item: { max: number; tooLong: string },
  list: { most: number; empty: string; tooMany: string },
  unique: boolean,
) {
  return z
    .string()
    .transform((text) => {
      const lines = text
        .split(/[\n;]/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
      return unique ? [...new Set(lines)] : lines;
    })
    .pipe(
      z
        .array(
          z
            .string()
            .max(item.max, { error: item.tooLong })
            .refine((line) => findPersonalData(line).length === 0, { error: 'personalData' }),
        )
        .min(1, { error: list.empty })
        .max(list.most, { error: list.tooMany }),
    );
}

const omradenSchema = lineList(
  { max: 60, tooLong: 'omradeTooLong' },
  { most: 60, empty: 'omradenEmpty', tooMany: 'omradenTooMany' },
  true,
);
const eventTypeLabelsSchema = lineList(
  { max: EVENT_TYPE_LIMITS.label, tooLong: 'eventTypeTooLong' },
  { most: EVENT_TYPE_LIMITS.types, empty: 'eventTypesEmpty', tooMany: 'eventTypesTooMany' },
  false,
);

/** What only a samordnare may do: see the status, run rounds by hand, and keep the group's settings and members. */
export class AdminService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
  ) {}

  /** Every group the person is an active member of, with their membership. */
  async memberships(memberKey: string): Promise<Membership[]> {
    const ids = await this.repositories.members.groupIdsOf(memberKey);
    const found = await Promise.all(ids.map((id) => activeMembership(this.repositories, memberKey, id)));
    return found.filter((membership): membership is Membership => membership !== undefined);
  }

  /** The group and the person's membership in it, when they are an active member. */
  membership(memberKey: string, groupId: string): Promise<Membership | undefined> {
    return activeMembership(this.repositories, memberKey, groupId);
  }

  async status(group: Group): Promise<StatusView> {
    const period = currentReportingPeriod(group.schedule, this.clock.now());
    const [members, reports, outbox] = await Promise.all([
      this.repositories.members.listByGroup(group.id),
      this.repositories.reports.listReports(group.id, period.id),
      this.repositories.outbox.listForPeriod(group.id, period.id),
    ]);
    return {
      group,
      period,
      instants: periodInstants(group.schedule, period),
      status: participationStatus(members, reports, outbox),
    };
  }

  async saveSettings(group: Group, input: SettingsInput): Promise<SettingsResult> {
    const errors: Record<string, string> = {};
    const schedule = groupScheduleSchema.safeParse(input.schedule);
    if (!schedule.success) {
      for (const issue of schedule.error.issues) errors[String(issue.path[0])] ??= issue.message;
    }
    const omraden = omradenSchema.safeParse(input.omraden);
    if (!omraden.success) errors.omraden = omraden.error.issues[0]?.message ?? 'omradenEmpty';
    const eventTypes = eventTypeLabelsSchema.safeParse(input.eventTypes);
    if (!eventTypes.success) errors.handelsetyper = eventTypes.error.issues[0]?.message ?? 'eventTypesEmpty';
    const changedTypes = eventTypes.success ? changeEventTypes(group.eventTypes, eventTypes.data) : group.eventTypes;
    const police = parsePoliceForm({ ...group, eventTypes: changedTypes }, input.police);
    if (!police.ok) errors[police.field] = police.error;
    const display = z.enum(ORGANISATION_DISPLAYS).safeParse(input.organisationDisplay);
    if (!display.success) errors.visaOrganisation = 'invalidChoice';
    const councilName = councilNameSchema.safeParse(input.councilName);
    if (!councilName.success) errors.radetsNamn = councilName.error.issues[0]?.message ?? 'tooLong';
    if (
      !schedule.success ||
      !omraden.success ||
      !eventTypes.success ||
      !police.ok ||
      !display.success ||
      !councilName.success
    )
      return { ok: false, errors, input };
    const updated: Group = {
      ...group,
      schedule: schedule.data,
      omraden: omraden.data,
      eventTypes: changedTypes,
      police: police.police,
      organisationDisplay: display.data,
      councilName: councilName.data,
    };
    await this.repositories.groups.updateSettings(updated);
    return { ok: true, group: updated };
  }

  async setCouncilChannel(group: Group, council: NonNullable<Group['council']>): Promise<void> {
    await this.repositories.groups.updateSettings({ ...group, council });
  }

  async members(group: Group): Promise<GroupMember[]> {
    const members = await this.repositories.members.listByGroup(group.id);
    return members.filter((member) => member.active).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  /**
   * Applies the samordnare's choices. Unknown members and organisations are refused; the group
   * always keeps at least one samordnare.
   */
  async saveMembers(group: Group, changes: MemberChange[]): Promise<'saved' | 'lastSamordnare' | 'invalid'> {
    const members = new Map((await this.members(group)).map((member) => [member.memberKey, member]));
    const organisations = new Set<string>(ORGANISATIONS);
    if (
      changes.some(
        (change) =>
          !members.has(change.memberKey) || (change.organisation !== '' && !organisations.has(change.organisation)),
      )
    ) {
      return 'invalid';
    }
    const samordnareAfter = [...members.values()].filter((member) => {
      const change = changes.find((candidate) => candidate.memberKey === member.memberKey);
      return change ? change.samordnare && !change.excluded : member.role === 'samordnare';
    });
    if (samordnareAfter.length === 0) return 'lastSamordnare';
    for (const change of changes) {
      const member = members.get(change.memberKey) as GroupMember;
      const role = change.samordnare ? 'samordnare' : 'member';
      if (member.role !== role) await this.repositories.members.setRole(group.id, member.memberKey, role);
      if ((member.organisation ?? '') !== change.organisation || member.excluded !== change.excluded) {
        await this.repositories.members.updateAdministration(group.id, member.memberKey, {
          organisation: change.organisation,
          excluded: change.excluded,
        });
      }
    }
    return 'saved';
  }
}
