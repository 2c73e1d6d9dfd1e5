import { z } from 'zod/v4';
import { followUpMarkdown, pledgesCard, pledgeStatusCard } from '../../cards/pledge.card';
import type { Group, GroupMember } from '../../domain/group';
import { ACTIVITY_STATUSES, localDate } from '../../domain/pledge';
import { cardAction, groupData } from '../card-actions';
import { type Command, eachGroupCommand, oneGroupCommand, SAMORDNARE_PERSONAL } from '../command-table';
import { isPersonalChat } from '../context';
import type { BotDependencies } from '../deps';
import { VERBS } from '../verbs';

const activityData = groupData.extend({
  pledgeId: z.string().min(1).max(64),
  activityId: z.string().min(1).max(64),
});

/** Medborgarlöften in Teams: every member sees them; the owner person or a samordnare updates a status. */
export const pledgeCommands: readonly Command[] = [
  eachGroupCommand({
    name: 'pledges',
    pattern: /^\s*(löften|loften|pledges)\s*$/i,
    role: 'member',
    answersIn: ['personal', 'team'],
    menu: ['personal'],
    async run({ group, member }, { deps, context, t }) {
      // In a channel the pledges are read-only: their buttons open who changed what.
      const personal = isPersonalChat(context);
      const today = localDate(deps.clock.now());
      const card = pledgesCard(group, await deps.pledges.list(group), today, t, {
        samordnare: personal && member.role === 'samordnare',
        readOnly: !personal,
      });
      return { card };
    },
  }),
  oneGroupCommand({
    name: 'pledgesFollowUp',
    pattern: /^\s*(löften uppföljning|loften uppfoljning|pledges follow-up)\s*$/i,
    ...SAMORDNARE_PERSONAL,
    async run({ group }, { deps, t }) {
      const [latest] = await deps.pledges.list(group);
      const result = latest && (await deps.pledges.followUp(group, latest.id));
      return { message: result ? followUpMarkdown(result, t) : t.pledges.none };
    },
  }),
];

/** The owner person (or a samordnare) opens and saves an activity's status. */
export function pledgeStatusActions(deps: BotDependencies) {
  const { pledges, clock } = deps;
  const today = () => localDate(clock.now());
  const statusInput = activityData.extend({
    status: z.enum(ACTIVITY_STATUSES),
    comment: z.string().catch(''),
    measured: z.string().catch(''),
  });
  /** The activity the card names, when the sender may change it. */
  const ownActivity = async (group: Group, member: GroupMember, pledgeId: string, activityId: string) => {
    const pledge = await pledges.get(group, pledgeId);
    const activity = pledge?.activities.find((candidate) => candidate.id === activityId);
    if (!pledge || !activity) return { found: false as const };
    const allowed = member.role === 'samordnare' || activity.ownerMemberKey === member.memberKey;
    return { found: true as const, allowed, pledge, activity };
  };
  return [
    cardAction({
      verb: VERBS.pledgeStatusOpen,
      role: 'ownerPerson',
      personalOnly: true,
      input: activityData,
      async act({ group, member, data, t }) {
        const found = await ownActivity(group, member, data.pledgeId, data.activityId);
        if (!found.found) return { message: t.invalidCard };
        if (!found.allowed) return { message: t.pledges.onlyOwner };
        return { card: pledgeStatusCard(group, found.pledge, found.activity, today(), t) };
      },
    }),
    cardAction({
      verb: VERBS.pledgeStatusSave,
      role: 'ownerPerson',
      personalOnly: true,
      input: statusInput,
      async act({ group, member, data, t }) {
        const result = await pledges.changeStatus(group, member, data);
        if (result.ok) {
          // The pledge as just written: no second read.
          const activity = result.pledge.activities.find((candidate) => candidate.id === data.activityId);
          if (!activity) return { message: t.invalidCard };
          const notice = { text: t.pledges.saved, good: true };
          return { card: pledgeStatusCard(group, result.pledge, activity, today(), t, { notice }) };
        }
        if (result.reason !== 'personalData' && result.reason !== 'tooLong') {
          return { message: result.reason === 'forbidden' ? t.pledges.onlyOwner : t.invalidCard };
        }
        const found = await ownActivity(group, member, data.pledgeId, data.activityId);
        if (!found.found) return { message: t.invalidCard };
        const field = result.field === 'comment' ? t.pledges.commentLabel : t.pledges.measuredLabel;
        const text =
          result.reason === 'tooLong'
            ? `${field}: ${t.inputProblem({ code: 'tooLong', max: result.max })}`
            : t.pledges.hasPersonalData(
                field,
                result.kinds.map((kind) => t.personalData[kind]),
              );
        // A text too long is kept as typed, to be shortened; one with personal data is not shown again.
        const typed = result.reason === 'tooLong' ? { comment: data.comment, measured: data.measured } : {};
        return {
          card: pledgeStatusCard(group, found.pledge, found.activity, today(), t, {
            status: data.status,
            notice: { text, good: false },
            ...typed,
          }),
        };
      },
    }),
  ];
}
