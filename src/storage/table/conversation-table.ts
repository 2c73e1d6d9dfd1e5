import type { TableClient } from '@azure/data-tables';
import { z } from 'zod/v4';
import { personalConversationSchema, type PersonalConversation } from '../../domain/group';
import { keys } from '../keys';
import type { ConversationRepository } from '../repositories';
import { getEntityOrUndefined, storageError } from './common';
import { RowCodec, type RowProblems } from './rows';

/** The row's columns: the reference as JSON text. */
const conversationEntity = personalConversationSchema.omit({ reference: true }).extend({ referenceJson: z.string() });

function toConversation(entity: Record<string, unknown>): PersonalConversation {
  const { referenceJson, ...row } = conversationEntity.parse(entity);
  const conversation = personalConversationSchema.parse({ ...row, reference: JSON.parse(referenceJson) as unknown });
  return { ...conversation, locale: conversation.locale || undefined };
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
