import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod/v4';
import { groupPickerCard, reportScreenCard } from '../../cards/report.card';
import { observationFormFrom } from '../../domain/report';
import type { ReportContext, ReportScreen } from '../../domain/report-screen';
import { isAppError } from '../../errors';
import { cardAction, type CardActionRequest, groupData, runCardAction, sendReply } from '../card-actions';
import { isPersonalChat, memberKeyOfSender, textsOf } from '../context';
import type { BotDependencies } from '../deps';
import { VERBS, type Verb } from '../verbs';

export const REPORT_COMMAND = /^\s*(rapportera|report)\s*$/i;

const reportData = groupData.extend({
  periodId: z.string().max(16).optional(),
  observationId: z.string().max(64).optional(),
  editingId: z
    .string()
    .max(64)
    .optional()
    .transform((id) => id || undefined),
  /** "Det är inte en person": the words the member confirmed, as the card quoted them ('|' between). */
  notPersons: z
    .string()
    .max(2000)
    .optional()
    .transform((words) =>
      (words ?? '')
        .split('|')
        .map((word) => word.trim())
        .filter(Boolean)
        .slice(0, 20),
    ),
});
type ReportData = z.output<typeof reportData>;

type ReportStep = (
  reportContext: ReportContext,
  data: ReportData,
  raw: Record<string, unknown>,
) => Promise<ReportScreen>;

/** The member's own report: every step resolves the period and answers with the report card. */
export function reportActions(deps: BotDependencies) {
  const { reports, clock } = deps;
  const reportAction = (verb: Verb, step: ReportStep) =>
    cardAction({
      verb,
      role: 'member',
      input: reportData,
      async act({ group, member, data, raw, t }: CardActionRequest<ReportData>) {
        const reportContext = reports.contextFor(group, member, data.periodId);
        try {
          return { card: reportScreenCard(await step(reportContext, data, raw), t, clock.now()) };
        } catch (error) {
          if (!isAppError(error, 'period_closed')) throw error;
          const { period } = reportContext;
          return { message: t.report.periodClosed(t.periodLabel(period), t.dateTime(period.deadline)) };
        }
      },
    });
  return [
    reportAction(VERBS.reportOpen, (rc) => reports.open(rc)),
    reportAction(VERBS.reportEdit, (rc) => reports.edit(rc)),
    reportAction(VERBS.reportAddObservation, (rc, data, raw) =>
      reports.addObservation(rc, observationFormFrom(raw), data.editingId, data.notPersons),
    ),
    reportAction(VERBS.reportEditObservation, (rc, data) =>
      reports.startEditingObservation(rc, data.observationId ?? ''),
    ),
    reportAction(VERBS.reportCancelEdit, (rc) => reports.cancelEditingObservation(rc)),
    reportAction(VERBS.reportRemoveObservation, (rc, data, raw) =>
      reports.removeObservation(rc, data.observationId ?? '', observationFormFrom(raw), data.editingId),
    ),
    reportAction(VERBS.reportSubmit, (rc, data, raw) =>
      reports.submit(rc, observationFormFrom(raw), data.editingId, data.notPersons),
    ),
    reportAction(VERBS.reportNothing, (rc) => reports.submitNothingToReport(rc)),
  ];
}

/** `rapportera`: the report card of the sender's group (or a choice of group first). */
export function registerReportCommand(app: Application<TurnState>, deps: BotDependencies): void {
  const [open] = reportActions(deps);

  app.message(REPORT_COMMAND, async (context) => {
    const t = textsOf(context, deps.localeOverride);
    if (!isPersonalChat(context)) {
      await context.sendActivity(t.reportInPersonalChat);
      return;
    }
    const groups = await deps.reports.groupsOf(memberKeyOfSender(context));
    if (groups.length === 0) await context.sendActivity(t.notInAnyGroup);
    else if (groups.length > 1) await sendReply(context, { card: groupPickerCard(groups, t) });
    else await sendReply(context, await runCardAction(deps, open, context, { groupId: groups[0].id }));
  });
}
