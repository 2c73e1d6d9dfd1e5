import type { TableClient } from '@azure/data-tables';
import { z } from 'zod/v4';
import { personalConversationSchema, type PersonalConversation } from '../../domain/group';
import { keys } from '../keys';
import type { ConversationRepository } from '../repositories';
import { RowCodec, type RowProblems } from './rows';
import { TableRows } from './table-rows';

/** The row's columns: the reference as JSON text. */
const conversationEntity = personalConversationSchema.omit({ reference: true }).extend({ referenceJson: z.string() });

function toConversation(entity: Record<string, unknown>): PersonalConversation {
  const { referenceJson, ...row } = conversationEntity.parse(entity);
  const conversation = personalConversationSchema.parse({ ...row, reference: JSON.parse(referenceJson) as unknown });
  return { ...conversation, locale: conversation.locale || undefined };
}

export class TableConversationRepository implements ConversationRepository {
  private readonly rows: TableRows<PersonalConversation>;

  constructor(conversations: TableClient, problems: RowProblems) {
    this.rows = new TableRows(conversations, new RowCodec('Conversations', toConversation, problems));
  }

  async getPersonal(memberKey: string): Promise<PersonalConversation | undefined> {
    return (await this.rows.get(keys.personalConversation(memberKey), 'read conversation'))?.value;
  }

  upsertPersonal(conversation: PersonalConversation): Promise<void> {
    const { reference, ...rest } = conversation;
    const entity = {
      ...keys.personalConversation(conversation.memberKey),
      ...rest,
      locale: rest.locale ?? '',
      referenceJson: JSON.stringify(reference),
    };
    return this.rows.upsert(entity, 'upsert conversation');
  }
}
