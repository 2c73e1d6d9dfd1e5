import { areasFromLabels } from '../../src/domain/areas';
import { defaultEventTypes } from '../../src/domain/event-types';
import { type Group, type GroupMember } from '../../src/domain/group';
import { DEFAULT_CYCLE } from '../../src/domain/schedule';
import type { Repositories } from '../../src/storage/repositories';

export const SCHEDULE = {
  anchorDate: '2025-12-29',
  lengthDays: 14,
  deadlineWeekday: 3,
  deadlineTime: '12:00',
  ...DEFAULT_CYCLE,
};

/** Period v47–48 2026 ends Monday 30 November; its prompt is due 08:00 that morning (07:00 UTC). */
export const PROMPT_TIME = new Date('2026-11-30T07:00:00Z');
export const REMINDER_TIME = new Date('2026-12-01T11:00:00Z');
export const DEADLINE = new Date('2026-12-02T11:00:00Z');
export const PERIOD = '2026-W47';

export interface SeededGroup {
  group: Group;
  members: GroupMember[];
}

/** Groups with members (no stored 1:1 chats: the sender creates them) on the given connector. */
export async function seedGroups(
  repositories: Repositories,
  options: { groups: number; membersPerGroup: number; serviceUrl: string; samordnare?: boolean },
): Promise<SeededGroup[]> {
  const seeded: SeededGroup[] = [];
  for (let g = 0; g < options.groups; g += 1) {
    const group: Group = {
      id: `19:group-${g}@thread.tacv2`,
      tenantId: `tenant-${g}`,
      name: `EST ${g}`,
      serviceUrl: options.serviceUrl,
      areas: areasFromLabels(['Ordningsstörning och otrygghet', 'Övrigt']),
      omraden: ['Centrum'],
      eventTypes: defaultEventTypes(),
      schedule: SCHEDULE,
      installedAt: new Date('2026-01-01T00:00:00Z'),
    };
    await repositories.groups.createIfMissing(group);
    const members: GroupMember[] = Array.from({ length: options.membersPerGroup }, (_, m) => ({
      groupId: group.id,
      memberKey: `aad-${g}-${m}`,
      teamsUserId: `29:user-${g}-${m}`,
      aadObjectId: `aad-${g}-${m}`,
      name: `Medlem ${g}-${m}`,
      role: 'member',
      excluded: false,
      active: true,
      joinedAt: new Date('2026-01-01T00:00:00Z'),
    }));
    await repositories.members.upsertFromRoster(members);
    if (options.samordnare) await repositories.members.setRole(group.id, members[0].memberKey, 'samordnare');
    seeded.push({ group, members });
  }
  return seeded;
}

export function personalConversationId(member: GroupMember): string {
  return `a:personal-${member.teamsUserId}`;
}
