import type { TurnContext } from 'botbuilder';
import type { z } from 'zod/v4';
import type { Group } from '../domain/group';
import { isAppError } from '../errors';
import type { Texts } from '../i18n';
import type { CardReply } from './card-actions';
import { memberKeyOfSender, textsOf } from './context';
import type { BotDependencies } from './deps';

export interface SamordnareActionInput<T> {
  group: Group;
  data: T;
  raw: Record<string, unknown>;
  t: Texts;
}

/**
 * A card action only a group's samordnare may take: the card data is parsed, the role checked on
 * the server for the group it names, and refusals and failures turned into short answers.
 */
export function samordnareAction<T extends { groupId: string }>(
  deps: BotDependencies,
  schema: z.ZodType<T>,
  act: (input: SamordnareActionInput<T>) => Promise<CardReply>,
): (context: TurnContext, raw: Record<string, unknown>) => Promise<CardReply> {
  return async (context, raw) => {
    const t = textsOf(context, deps.localeOverride);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { message: t.invalidCard };
    try {
      const group = await deps.admin.requireSamordnare(memberKeyOfSender(context), parsed.data.groupId);
      return await act({ group, data: parsed.data, raw, t });
    } catch (error) {
      if (isAppError(error, 'forbidden')) return { message: t.admin.onlySamordnare };
      deps.logger.error({ err: error, activityId: context.activity.id }, 'samordnare action failed');
      return { message: t.somethingWentWrong };
    }
  };
}
