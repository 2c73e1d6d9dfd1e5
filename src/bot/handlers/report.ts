import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import { groupPickerCard, reportScreenCard } from '../../cards/report.card';
import { observationFormFrom } from '../../domain/report';
import { isAppError } from '../../errors';
import type { Texts } from '../../i18n';
import type { ReportContext, ReportScreen } from '../../services/report-service';
import { onCardAction, type CardReply } from '../card-actions';
import { isPersonalChat, memberKeyOfSender, textsOf } from '../context';
import type { BotDependencies } from '../deps';
import { VERBS } from '../verbs';

export const REPORT_COMMAND = /^\s*(rapportera|report)\s*$/i;

const actionData = z.object({
  groupId: z.string().min(1).max(256),
  periodId: z.string().max(16).optional(),
  observationId: z.string().max(64).optional(),
  editingId: z.string().max(64).optional(),
});
type ActionData = z.infer<typeof actionData>;

export function registerReportHandlers(app: Application<TurnState>, deps: BotDependencies): void {
  const { reports, clock, logger, localeOverride } = deps;

  const card = (screen: ReportScreen, t: Texts): CardReply => ({ card: reportScreenCard(screen, t, clock.now()) });

  /** Resolves who and what the card is about, runs the step, and turns refusals into plain answers. */
  const reportAction =
    (step: (reportContext: ReportContext, data: ActionData, raw: Record<string, unknown>) => Promise<ReportScreen>) =>
    async (context: TurnContext, raw: Record<string, unknown>): Promise<CardReply> => {
      const t = textsOf(context, localeOverride);
      const parsed = actionData.safeParse(raw);
      if (!parsed.success) return { message: t.invalidCard };
      const data = { ...parsed.data, editingId: parsed.data.editingId || undefined };
      let reportContext: ReportContext | undefined;
      try {
        reportContext = await reports.context(memberKeyOfSender(context), data.groupId, data.periodId);
        return card(await step(reportContext, data, raw), t);
      } catch (error) {
        if (isAppError(error, 'forbidden')) return { message: t.notAMember };
        if (isAppError(error, 'invalid_input')) return { message: t.invalidCard };
        if (isAppError(error, 'conflict')) return { message: t.busyTryAgain };
        if (isAppError(error, 'period_closed') && reportContext) {
          const { period } = reportContext;
          return { message: t.report.periodClosed(t.periodLabel(period), t.dateTime(period.deadline)) };
        }
        logger.error({ err: error, activityId: context.activity.id }, 'report action failed');
        return { message: t.somethingWentWrong };
      }
    };

  app.message(REPORT_COMMAND, async (context) => {
    const t = textsOf(context, localeOverride);
    if (!isPersonalChat(context)) {
      await context.sendActivity(t.reportInPersonalChat);
      return;
    }
    const groups = await reports.groupsOf(memberKeyOfSender(context));
    if (groups.length === 0) {
      await context.sendActivity(t.notInAnyGroup);
      return;
    }
    if (groups.length > 1) {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(groupPickerCard(groups, t))));
      return;
    }
    const reply = await reportAction((reportContext) => reports.open(reportContext))(context, {
      groupId: groups[0].id,
    });
    await context.sendActivity(
      'card' in reply ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)) : reply.message,
    );
  });

  const actions: [string, Parameters<typeof reportAction>[0]][] = [
    [VERBS.reportOpen, (rc) => reports.open(rc)],
    [VERBS.reportEdit, (rc) => reports.edit(rc)],
    [
      VERBS.reportAddObservation,
      (rc, data, raw) => reports.addObservation(rc, observationFormFrom(raw), data.editingId),
    ],
    [VERBS.reportEditObservation, (rc, data) => reports.startEditingObservation(rc, data.observationId ?? '')],
    [VERBS.reportCancelEdit, (rc) => reports.cancelEditingObservation(rc)],
    [
      VERBS.reportRemoveObservation,
      (rc, data, raw) =>
        reports.removeObservation(rc, data.observationId ?? '', observationFormFrom(raw), data.editingId),
    ],
    [VERBS.reportSubmit, (rc, data, raw) => reports.submit(rc, observationFormFrom(raw), data.editingId)],
    [VERBS.reportNothing, (rc) => reports.submitNothingToReport(rc)],
  ];
  for (const [verb, step] of actions) {
    onCardAction(app, verb, reportAction(step), logger);
  }
}
