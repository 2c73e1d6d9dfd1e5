import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import { followUpMarkdown, pledgesCard, pledgeStatusCard } from '../../cards/pledge.card';
import type { Group, GroupMember } from '../../domain/group';
import { ACTIVITY_STATUSES, localDate } from '../../domain/pledge';
import { onCardAction, type CardReply } from '../card-actions';
import { isPersonalChat, memberKeyOfSender, textsOf } from '../context';
import type { BotDependencies } from '../deps';
import { VERBS } from '../verbs';

export const PLEDGES_COMMAND = /^\s*(löften|loften|pledges)\s*$/i;
export const FOLLOW_UP_COMMAND = /^\s*(löften uppföljning|loften uppfoljning|pledges follow-up)\s*$/i;

const activityData = z.object({
  groupId: z.string().min(1).max(256),
  pledgeId: z.string().min(1).max(64),
  activityId: z.string().min(1).max(64),
});

/** Medborgarlöften in Teams: every member sees them; the owner person or a samordnare updates a status. */
export function registerPledgeHandlers(app: Application<TurnState>, deps: BotDependencies): void {
  const { pledges, reports, clock, logger, localeOverride } = deps;
  const today = () => localDate(clock.now());

  const membershipOf = async (
    context: TurnContext,
    groupId: string,
  ): Promise<{ group: Group; member: GroupMember } | undefined> => {
    try {
      const { group, member } = await reports.context(memberKeyOfSender(context), groupId);
      return { group, member };
    } catch {
      return undefined;
    }
  };

  app.message(FOLLOW_UP_COMMAND, async (context) => {
    const t = textsOf(context, localeOverride);
    const [group] = await deps.admin.groupsRunBy(memberKeyOfSender(context));
    if (!isPersonalChat(context) || !group) {
      await context.sendActivity(isPersonalChat(context) ? t.admin.onlySamordnare : t.adminInPersonalChat);
      return;
    }
    const [latest] = await pledges.list(group);
    const result = latest && (await pledges.followUp(group, latest.id));
    await context.sendActivity(result ? followUpMarkdown(result, t) : t.pledges.none);
  });

  app.message(PLEDGES_COMMAND, async (context) => {
    const t = textsOf(context, localeOverride);
    const groups = await reports.groupsOf(memberKeyOfSender(context));
    if (groups.length === 0) {
      await context.sendActivity(t.notInAnyGroup);
      return;
    }
    const memberKey = memberKeyOfSender(context);
    const runs = new Set((await deps.admin.groupsRunBy(memberKey)).map((group) => group.id));
    for (const group of groups) {
      const card = pledgesCard(group, await pledges.list(group), today(), t, runs.has(group.id));
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    }
  });

  const withActivity =
    (
      act: (input: {
        group: Group;
        member: GroupMember;
        data: z.infer<typeof activityData>;
        raw: Record<string, unknown>;
      }) => Promise<CardReply>,
    ) =>
    async (context: TurnContext, raw: Record<string, unknown>): Promise<CardReply> => {
      const t = textsOf(context, localeOverride);
      const data = activityData.safeParse(raw);
      if (!data.success) return { message: t.invalidCard };
      const membership = await membershipOf(context, data.data.groupId);
      if (!membership) return { message: t.notAMember };
      try {
        return await act({ ...membership, data: data.data, raw });
      } catch (error) {
        logger.error({ err: error, activityId: context.activity.id }, 'pledge action failed');
        return { message: t.somethingWentWrong };
      }
    };

  onCardAction(
    app,
    VERBS.pledgeStatusOpen,
    async (context, raw) =>
      withActivity(async ({ group, member, data }) => {
        const t = textsOf(context, localeOverride);
        const pledge = await pledges.get(group, data.pledgeId);
        const activity = pledge?.activities.find((candidate) => candidate.id === data.activityId);
        if (!pledge || !activity) return { message: t.invalidCard };
        if (member.role !== 'samordnare' && activity.ownerMemberKey !== member.memberKey)
          return { message: t.pledges.onlyOwner };
        return { card: pledgeStatusCard(group, pledge, activity, today(), t) };
      })(context, raw),
    logger,
  );

  onCardAction(
    app,
    VERBS.pledgeStatusSave,
    async (context, raw) =>
      withActivity(async ({ group, member, data }) => {
        const t = textsOf(context, localeOverride);
        const status = z.enum(ACTIVITY_STATUSES).safeParse(raw.status);
        if (!status.success) return { message: t.invalidCard };
        const comment = typeof raw.comment === 'string' ? raw.comment : '';
        const measured = typeof raw.measured === 'string' ? raw.measured : '';
        const result = await pledges.changeStatus(group, member, { ...data, status: status.data, comment, measured });
        if (!result.ok && result.reason === 'forbidden') return { message: t.pledges.onlyOwner };
        if (!result.ok && result.reason === 'unknown') return { message: t.invalidCard };
        const pledge = await pledges.get(group, data.pledgeId);
        const activity = pledge?.activities.find((candidate) => candidate.id === data.activityId);
        if (!pledge || !activity) return { message: t.invalidCard };
        if (!result.ok && result.reason === 'personalData') {
          const field = result.field === 'comment' ? t.pledges.commentLabel : t.pledges.measuredLabel;
          const notice = {
            text: t.pledges.hasPersonalData(
              field,
              result.kinds.map((kind) => t.personalData[kind]),
            ),
            good: false,
          };
          return { card: pledgeStatusCard(group, pledge, activity, today(), t, { status: status.data, notice }) };
        }
        return {
          card: pledgeStatusCard(group, pledge, activity, today(), t, {
            notice: { text: t.pledges.saved, good: true },
          }),
        };
      })(context, raw),
    logger,
  );
}
