import type { TableClient } from '@azure/data-tables';
import { z } from 'zod/v4';
import type { PersonalConversation } from '../../domain/group';
import { keys } from '../keys';
import type { ConversationRepository } from '../repositories';
import { getEntityOrUndefined, storageError } from './common';

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

export class TableConversationRepository implements ConversationRepository {
  constructor(private readonly conversations: TableClient) {}

  async getPersonal(memberKey: string): Promise<PersonalConversation | undefined> {
    const { partitionKey, rowKey } = keys.personalConversation(memberKey);
    const entity = await getEntityOrUndefined(this.conversations, partitionKey, rowKey, 'read conversation');
    if (!entity) return undefined;
    const { referenceJson, ...row } = conversationEntity.parse(entity);
    return {
      ...row,
      locale: row.locale || undefined,
      reference: z.record(z.string(), z.unknown()).parse(JSON.parse(referenceJson)),
    };
  }

  async upsertPersonal(conversation: PersonalConversation): Promise<void> {
    const { reference, ...rest } = conversation;
    try {
      await this.conversations.upsertEntity(
        {
          ...keys.personalConversation(conversation.memberKey),
          ...rest,
          locale: rest.locale ?? '',
          referenceJson: JSON.stringify(reference),
        },
        'Replace',
      );
    } catch (error) {
      throw storageError(error, 'upsert conversation');
    }
  }
}
