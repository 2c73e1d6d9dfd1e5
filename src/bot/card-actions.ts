import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import type { AdaptiveCardJson } from '../cards/render';
import { groupIdSchema, type Group, type GroupMember } from '../domain/group';
import { periodById, type ReportingPeriod } from '../domain/periods';
import type { Texts } from '../i18n';
import { isPersonalChat, memberKeyOfSender, textsOf } from './context';
import type { BotDependencies } from './deps';
import { logFailure } from './turn';
import type { Verb } from './verbs';

/** What a card action or command answers: a card (that replaces the one clicked), or a short message. */
export type CardReply = { card: AdaptiveCardJson } | { message: string };

/**
 * Who may take an action, checked on the server for the group the card names: any active member,
 * the activity's owner person (a member; `act` checks the ownership, a samordnare may too), or a
 * samordnare of the group.
 */
export type CardRole = 'member' | 'ownerPerson' | 'samordnare';

export interface CardActionRequest<T> {
  context: TurnContext;
  t: Texts;
  group: Group;
  /** The sender, an active member of `group` with the role the action needs. */
  member: GroupMember;
  /** The card's data as the action's schema parsed it. */
  data: T;
  /** The card's data as sent (forms with field names of their own: observations, members). */
  raw: Record<string, unknown>;
}

/**
 * One card action: its verb, the role it needs, the schema of its data, and what it does. Every
 * action is registered from such a table, reached by `Action.Execute` (the reply becomes the
 * invoke response) and by its `Action.Submit` fallback (the reply updates the card, or is sent).
 */
export interface CardAction<T extends { groupId: string } = { groupId: string }> {
  verb: Verb;
  role: CardRole;
  /** Only in the 1:1 chat: what it shows (a history with who changed what) is not for a channel. */
  personalOnly?: boolean;
  input: z.ZodType<T>;
  act(request: CardActionRequest<T>): Promise<CardReply>;
}

/** Declares a card action; the type of `act`'s data follows from `input`. */
export function cardAction<T extends { groupId: string }>(action: CardAction<T>): CardAction<T> {
  return action;
}

/**
 * Declares a card action about one period of the group: `act` gets the period, and a period the
 * group's schedule does not have is the "card is out of date" sentence.
 */
export function periodAction<T extends { groupId: string; periodId: string }>(
  action: Omit<CardAction<T>, 'act'> & {
    act(request: CardActionRequest<T> & { period: ReportingPeriod }): Promise<CardReply>;
  },
): CardAction<T> {
  return {
    ...action,
    act: (request) => {
      const period = periodById(request.group.schedule, request.data.periodId);
      return period ? action.act({ ...request, period }) : Promise.resolve({ message: request.t.invalidCard });
    },
  };
}

/** The group every card action names (a Teams team id). */
export const groupData = z.object({ groupId: groupIdSchema });
/** A card action about one period of the group. */
export const periodData = groupData.extend({ periodId: z.string().min(1).max(16) });

/**
 * "Det är inte en person": the words a member confirmed are no person's name, as the card or the
 * dialog quoted them ('|' between), at most twenty.
 */
export const notPersonsData = z
  .string()
  .max(2000)
  .optional()
  .transform((words) =>
    (words ?? '')
      .split('|')
      .map((word) => word.trim())
      .filter(Boolean)
      .slice(0, 20),
  );

/** A form field as text ('' when the card sent none or something else). */
export const formText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Sends a reply to a command: the card as an attachment, or the message. */
export async function sendReply(context: TurnContext, reply: CardReply): Promise<void> {
  await context.sendActivity(
    'card' in reply ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)) : reply.message,
  );
}

/**
 * Runs one action for the sender: parse, check the role, act. Bad or outdated data is a `warn` and
 * the "card is out of date" sentence; a refusal is the role's sentence. A failure is answered and
 * logged by the turn (`turn.ts`), the one place for that.
 */
export async function runCardAction(
  deps: BotDependencies,
  action: CardAction,
  context: TurnContext,
  raw: Record<string, unknown>,
): Promise<CardReply> {
  const t = textsOf(context, deps.localeOverride);
  const log = { activityId: context.activity.id, verb: action.verb };
  const parsed = action.input.safeParse(raw);
  if (!parsed.success) {
    deps.logger.warn({ ...log, reason: 'invalidCardData' }, 'card action refused');
    return { message: t.invalidCard };
  }
  if (action.personalOnly && !isPersonalChat(context)) return { message: t.adminInPersonalChat };
  const data = parsed.data;
  const carried = carryOut();
  // Teams waits about 5 s for an invoke: a storage that hangs must not leave the card without an
  // answer. The action goes on (a failure after the answer is still logged); the person is told
  // to look before sending again.
  const answer = await withinDeadline(carried, deps.cardActionDeadlineMs ?? CARD_ACTION_DEADLINE_MS);
  if (answer.kind === 'done') return answer.value;
  carried.catch((error: unknown) => logFailure(deps.logger, error, { ...log, late: true }));
  deps.logger.warn({ ...log, reason: 'storageSlow' }, 'card action not answered in time');
  return { message: t.storageSlow };

  async function carryOut(): Promise<CardReply> {
    const membership = await deps.admin.membership(memberKeyOfSender(context), data.groupId);
    if (!membership) return { message: action.role === 'samordnare' ? t.admin.onlySamordnare : t.notAMember };
    if (action.role === 'samordnare' && membership.member.role !== 'samordnare') {
      return { message: t.admin.onlySamordnare };
    }
    return action.act({ context, t, ...membership, data, raw });
  }
}

/** How long a card action may take before its answer says so (Teams waits about 5 s). */
export const CARD_ACTION_DEADLINE_MS = 3_000;

/** The promise's value if it settles within `ms`, else `late` (the promise itself goes on). */
export async function withinDeadline<T>(
  promise: Promise<T>,
  ms: number,
): Promise<{ kind: 'done'; value: T } | { kind: 'late' }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ kind: 'late' }>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'late' }), ms);
  });
  try {
    return await Promise.race([promise.then((value) => ({ kind: 'done' as const, value })), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Registers every action of the table for both ways a card reaches the bot. */
export function registerCardActions(
  app: Application<TurnState>,
  deps: BotDependencies,
  actions: readonly CardAction[],
): void {
  for (const action of actions) {
    const handle = (context: TurnContext, data: Record<string, unknown> | undefined) =>
      runCardAction(deps, action, context, data ?? {});
    app.adaptiveCards.actionExecute<Record<string, unknown>>(action.verb, async (context, _state, data) => {
      const reply = await handle(context, data);
      return 'card' in reply ? reply.card : reply.message;
    });
    app.adaptiveCards.actionSubmit<Record<string, unknown>>(action.verb, async (context, _state, data) => {
      const reply = await handle(context, data);
      if ('message' in reply) {
        await context.sendActivity(reply.message);
        return;
      }
      const activity = MessageFactory.attachment(CardFactory.adaptiveCard(reply.card));
      const replyToId = context.activity.replyToId;
      if (replyToId) {
        try {
          await context.updateActivity({ ...activity, id: replyToId });
          return;
        } catch (error) {
          deps.logger.warn({ err: error, verb: action.verb }, 'could not update the clicked card; sending a new one');
        }
      }
      await context.sendActivity(activity);
    });
  }
}
