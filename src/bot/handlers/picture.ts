import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod/v4';
import { pictureCard } from '../../cards/lagesbild.card';
import { periodById, periodByIndex } from '../../domain/periods';
import { isAppError } from '../../errors';
import { onCardAction } from '../card-actions';
import { isPersonalChat, memberKeyOfSender, teamOf, tenantOf, textsOf } from '../context';
import type { BotDependencies } from '../deps';
import { publishedCard } from '../proactive-messages';
import { VERBS } from '../verbs';

const periodData = z.object({ groupId: z.string().min(1).max(256), periodId: z.string().min(1).max(16) });

/** `publicera här [grupp]`, in Swedish or English (the English Teams client's command menu). */
export const PUBLISH_HERE = /^\s*(?:publicera här|publicera har|publish here)(?:\s+(.+?))?\s*$/i;

/** Compile, publish and archive: the review card's Publicera and the archive's Visa. */
export function registerPictureActions(app: Application<TurnState>, deps: BotDependencies): void {
  const { admin, pictures, logger, localeOverride } = deps;
  const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

  onCardAction(
    app,
    VERBS.picturePublish,
    async (context, raw) => {
      const t = textsOf(context, localeOverride);
      const parsed = periodData.safeParse(raw);
      if (!parsed.success) return { message: t.invalidCard };
      try {
        const memberKey = memberKeyOfSender(context);
        const group = await admin.requireSamordnare(memberKey, parsed.data.groupId);
        const period = periodById(group.schedule, parsed.data.periodId);
        const by = await deps.reports.context(memberKey, group.id).then((rc) => rc.member);
        if (!period) return { message: t.invalidCard };
        const texts = { analysis: textOf(raw.analysis), insatser: textOf(raw.insatser) };
        const outcome = await pictures.publish({ group, period, by, ...texts });
        const compiled = () => pictures.compile(group, period);
        switch (outcome.kind) {
          case 'published':
            return {
              card: publishedCard(
                outcome.publication,
                group,
                period,
                periodByIndex(group.schedule, period.index - 1),
                t,
              ),
            };
          case 'alreadyPublished':
            return { message: t.picture.alreadyPublished(t.dateTime(outcome.publication.publishedAt)) };
          case 'noChannel':
            return {
              card: pictureCard(
                {
                  ...(await compiled()),
                  group,
                  ...texts,
                  mode: { kind: 'review', notice: { text: t.picture.noChannel, good: false } },
                },
                t,
              ).card,
            };
          case 'notDelivered':
            return {
              card: pictureCard(
                {
                  ...(await compiled()),
                  group,
                  ...texts,
                  mode: { kind: 'review', notice: { text: t.somethingWentWrong, good: false } },
                },
                t,
              ).card,
            };
          case 'personalData': {
            const error = t.picture.textHasPersonalData(
              outcome.field === 'analysis' ? t.picture.analysisLabel : t.picture.insatserLabel,
              outcome.kinds.map((kind) => t.personalData[kind]),
            );
            const mode = {
              kind: 'review' as const,
              ...(outcome.field === 'analysis' ? { analysisError: error } : { insatserError: error }),
            };
            return { card: pictureCard({ ...(await compiled()), group, ...outcome.masked, mode }, t).card };
          }
        }
      } catch (error) {
        if (isAppError(error, 'forbidden')) return { message: t.admin.onlySamordnare };
        logger.error({ err: error, activityId: context.activity.id }, 'publish failed');
        return { message: t.somethingWentWrong };
      }
    },
    logger,
  );

  onCardAction(
    app,
    VERBS.archiveShow,
    async (context, raw) => {
      const t = textsOf(context, localeOverride);
      const parsed = periodData.safeParse(raw);
      if (!parsed.success) return { message: t.invalidCard };
      try {
        const group = await admin.requireSamordnare(memberKeyOfSender(context), parsed.data.groupId);
        const publication = (await pictures.archive(group)).find(
          (candidate) => candidate.periodId === parsed.data.periodId,
        );
        const period = periodById(group.schedule, parsed.data.periodId);
        if (!publication || !period) return { message: t.invalidCard };
        return { card: publishedCard(publication, group, period, periodByIndex(group.schedule, period.index - 1), t) };
      } catch (error) {
        if (isAppError(error, 'forbidden')) return { message: t.admin.onlySamordnare };
        logger.error({ err: error, activityId: context.activity.id }, 'archive failed');
        return { message: t.somethingWentWrong };
      }
    },
    logger,
  );

  /** `@Lägesbild publicera här` in the council's channel: the samordnare chooses where to publish. */
  app.message(PUBLISH_HERE, async (context) => {
    const t = textsOf(context, localeOverride);
    const team = teamOf(context);
    const channelId = (context.activity.channelData as { channel?: { id?: string; name?: string } } | undefined)
      ?.channel;
    if (isPersonalChat(context) || !team || !channelId?.id) {
      await context.sendActivity(t.picture.chooseChannelInTeam);
      return;
    }
    const groups = await admin.groupsRunBy(memberKeyOfSender(context));
    const named = PUBLISH_HERE.exec(context.activity.text ?? '')?.[1]?.toLowerCase();
    const candidates = named ? groups.filter((group) => group.name.toLowerCase() === named) : groups;
    if (groups.length === 0) {
      await context.sendActivity(t.admin.onlySamordnare);
      return;
    }
    if (candidates.length !== 1) {
      await context.sendActivity(
        t.admin.chooseGroup + ' ' + groups.map((group) => `**publicera här ${group.name}**`).join(', '),
      );
      return;
    }
    const group = candidates[0];
    const channelName = `${team.name ?? ''} – ${channelId.name ?? 'General'}`.replace(/^ – /, '');
    await admin.setCouncilChannel(group, {
      teamId: team.id,
      channelId: channelId.id,
      name: channelName,
      tenantId: tenantOf(context),
      serviceUrl: context.activity.serviceUrl,
    });
    await context.sendActivity(t.picture.channelChosen(channelName, group.name));
  });
}
