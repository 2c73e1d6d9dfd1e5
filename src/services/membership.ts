import type { Group, GroupMember } from '../domain/group';
import type { Repositories } from '../storage/repositories';

export interface Membership {
  group: Group;
  member: GroupMember;
}

/**
 * The group and the person's membership in it, when they are an active member: the one lookup
 * behind every role check (card actions, the samordnare's groups, the member's report).
 */
export async function activeMembership(
  repositories: Pick<Repositories, 'groups' | 'members'>,
  memberKey: string,
  groupId: string,
): Promise<Membership | undefined> {
  const [group, member] = await Promise.all([
    repositories.groups.get(groupId),
    repositories.members.get(groupId, memberKey),
  ]);
  return group && member?.active ? { group, member } : undefined;
}
