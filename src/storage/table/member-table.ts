import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { z } from 'zod/v4';
import { groupMemberSchema, type GroupMember, type MemberRole } from '../../domain/group';
import { keys } from '../keys';
import type { MemberRepository } from '../repositories';
import { getEntityOrUndefined, listEntities, storageError, TRANSACTION_SIZE } from './common';
import { RowCodec, type RowProblems } from './rows';

const membershipEntity = z.object({ groupId: z.string(), active: z.boolean() });

/** A member row; an empty text stored for an optional one reads as absent. */
function toMember(entity: Record<string, unknown>): GroupMember {
  const member = groupMemberSchema.parse(entity);
  return { ...member, aadObjectId: member.aadObjectId || undefined, organisation: member.organisation || undefined };
}

export class TableMemberRepository implements MemberRepository {
  private readonly rows: RowCodec<GroupMember>;
  private readonly membershipRows: RowCodec<z.infer<typeof membershipEntity>>;

  constructor(
    private readonly members: TableClient,
    private readonly memberships: TableClient,
    problems: RowProblems,
  ) {
    this.rows = new RowCodec('Members', toMember, problems, groupMemberSchema);
    this.membershipRows = new RowCodec('Memberships', (entity) => membershipEntity.parse(entity), problems);
  }

  async get(groupId: string, memberKey: string): Promise<GroupMember | undefined> {
    const { partitionKey, rowKey } = keys.member(groupId, memberKey);
    const entity = await getEntityOrUndefined(this.members, partitionKey, rowKey, 'read member');
    return entity && this.rows.read(entity);
  }

  async listByGroup(groupId: string): Promise<GroupMember[]> {
    const rows = await listEntities(this.members, odata`PartitionKey eq ${keys.membersOf(groupId)}`, 'list members');
    return this.rows.readAll(rows);
  }

  async upsertFromRoster(roster: GroupMember[]): Promise<void> {
    const byGroup = new Map<string, GroupMember[]>();
    for (const member of roster) byGroup.set(member.groupId, [...(byGroup.get(member.groupId) ?? []), member]);
    for (const [groupId, members] of byGroup) {
      const known = new Set((await this.listByGroup(groupId)).map((member) => member.memberKey));
      // Only what Teams owns is written (Merge), so a role or organisation set meanwhile survives
      // even when two install events for the same team are handled at once.
      const actions: TransactionAction[] = members.map((member) => [
        'upsert',
        this.rows.checkedFields({
          ...keys.member(groupId, member.memberKey),
          groupId,
          memberKey: member.memberKey,
          teamsUserId: member.teamsUserId,
          aadObjectId: member.aadObjectId ?? '',
          name: member.name,
          active: true,
          ...(known.has(member.memberKey) ? {} : { joinedAt: member.joinedAt }),
        }),
        'Merge',
      ]);
      try {
        for (let i = 0; i < actions.length; i += TRANSACTION_SIZE) {
          await this.members.submitTransaction(actions.slice(i, i + TRANSACTION_SIZE));
        }
        for (const member of members) {
          await this.memberships.upsertEntity(
            this.membershipRows.checked({ ...keys.membership(member.memberKey, groupId), groupId, active: true }),
            'Replace',
          );
        }
      } catch (error) {
        throw storageError(error, 'upsert roster');
      }
    }
  }

  async setRole(groupId: string, memberKey: string, role: MemberRole): Promise<void> {
    try {
      await this.members.updateEntity(this.rows.checkedFields({ ...keys.member(groupId, memberKey), role }), 'Merge');
    } catch (error) {
      throw storageError(error, 'set member role');
    }
  }

  async updateAdministration(
    groupId: string,
    memberKey: string,
    change: { organisation?: string; excluded?: boolean },
  ): Promise<void> {
    const fields = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    const entity = this.rows.checkedFields({ ...keys.member(groupId, memberKey), ...fields });
    try {
      await this.members.updateEntity(entity, 'Merge');
    } catch (error) {
      throw storageError(error, 'update member');
    }
  }

  async setFeedback(groupId: string, memberKey: string, on: boolean): Promise<void> {
    const entity = this.rows.checkedFields({ ...keys.member(groupId, memberKey), feedbackOff: !on });
    try {
      await this.members.updateEntity(entity, 'Merge');
    } catch (error) {
      throw storageError(error, 'update member');
    }
  }

  async deactivate(groupId: string, memberKey: string): Promise<void> {
    if (!(await this.get(groupId, memberKey))) return;
    try {
      await this.members.updateEntity({ ...keys.member(groupId, memberKey), active: false }, 'Merge');
      await this.memberships.upsertEntity(
        this.membershipRows.checked({ ...keys.membership(memberKey, groupId), groupId, active: false }),
        'Replace',
      );
    } catch (error) {
      throw storageError(error, 'deactivate member');
    }
  }

  async groupIdsOf(memberKey: string): Promise<string[]> {
    const rows = await listEntities(
      this.memberships,
      odata`PartitionKey eq ${keys.membershipsOf(memberKey)}`,
      'list memberships',
    );
    return this.membershipRows
      .readAll(rows)
      .filter((row) => row.active)
      .map((row) => row.groupId);
  }
}
