import type { TableClient } from '@azure/data-tables';
import { z } from 'zod/v4';
import type { PersonalConversation } from '../../domain/group';
import { keys } from '../keys';
import type { ConversationRepository } from '../repositories';
import { getEntityOrUndefined, storageError } from './common';
import { RowCodec, type RowProblems } from './rows';

const conversationEntity = z.object({
  memberKey: z.string(),
  tenantId: z.string(),
  teamsUserId: z.string(),
  conversationId: z.string(),
  serviceUrl: z.string(),
  referenceJson: z.string(),
  locale: z.string().optional(),
  updatedAt: z.coerce.date(),
});

const referenceObject = z.record(z.string(), z.unknown());

function toConversation(entity: Record<string, unknown>): PersonalConversation {
  const { referenceJson, ...row } = conversationEntity.parse(entity);
  return {
    ...row,
    locale: row.locale || undefined,
    reference: referenceObject.parse(JSON.parse(referenceJson)),
  };
}

export class TableConversationRepository implements ConversationRepository {
  private readonly rows: RowCodec<PersonalConversation>;

  constructor(
    private readonly conversations: TableClient,
    problems: RowProblems,
  ) {
    this.rows = new RowCodec('Conversations', toConversation, problems);
  }

  async getPersonal(memberKey: string): Promise<PersonalConversation | undefined> {
    const { partitionKey, rowKey } = keys.personalConversation(memberKey);
    const entity = await getEntityOrUndefined(this.conversations, partitionKey, rowKey, 'read conversation');
    return entity && this.rows.read(entity);
  }

  async upsertPersonal(conversation: PersonalConversation): Promise<void> {
    const { reference, ...rest } = conversation;
    const entity = this.rows.checked({
      ...keys.personalConversation(conversation.memberKey),
      ...rest,
      locale: rest.locale ?? '',
      referenceJson: JSON.stringify(reference),
    });
    try {
      await this.conversations.upsertEntity(entity, 'Replace');
    } catch (error) {
      throw storageError(error, 'upsert conversation');
    }
  }
}
