import { z } from 'zod/v4';
import { reportScreenCard } from '../../cards/report.card';
import { observationFormFrom } from '../../domain/report';
import type { ReportContext, ReportScreen } from '../../domain/report-screen';
import type { Texts } from '../../i18n';
import { cardAction, type CardActionRequest, type CardReply, groupData, notPersonsData } from '../card-actions';
import { type Command, oneGroupCommand } from '../command-table';
import type { BotDependencies } from '../deps';
import { VERBS, type Verb } from '../verbs';

const reportData = groupData.extend({
  periodId: z.string().max(16).optional(),
  observationId: z.string().max(64).optional(),
  editingId: z
    .string()
    .max(64)
    .optional()
    .transform((id) => id || undefined),
  notPersons: notPersonsData,
});
type ReportData = z.output<typeof reportData>;

type ReportStep = (
  reportContext: ReportContext,
  data: ReportData,
  raw: Record<string, unknown>,
) => Promise<ReportScreen>;

/**
 * One step of the member's own report, answered with the report card; a period the card names that
 * the schedule does not know is an outdated card, a closed period a sentence.
 */
async function reportReply(
  deps: BotDependencies,
  reportContext: ReportContext | undefined,
  t: Texts,
  step: (reportContext: ReportContext) => Promise<ReportScreen>,
): Promise<CardReply> {
  if (!reportContext) return { message: t.invalidCard };
  const screen = await step(reportContext);
  if (screen.kind !== 'closed') return { card: reportScreenCard(screen, t, deps.clock.now()) };
  const { period } = reportContext;
  return { message: t.report.periodClosed(t.periodLabel(period), t.dateTime(period.deadline)) };
}

/** The member's own report: every step resolves the period and answers with the report card. */
export function reportActions(deps: BotDependencies) {
  const { reports } = deps;
  const reportAction = (verb: Verb, step: ReportStep) =>
    cardAction({
      verb,
      role: 'member',
      input: reportData,
      act: ({ group, member, data, raw, t }: CardActionRequest<ReportData>) =>
        reportReply(deps, reports.contextFor(group, member, data.periodId), t, (rc) => step(rc, data, raw)),
    });
  return [
    reportAction(VERBS.reportOpen, (rc) => reports.open(rc)),
    reportAction(VERBS.reportEdit, (rc) => reports.edit(rc)),
    reportAction(VERBS.reportAddObservation, (rc, data, raw) =>
      reports.addObservation(rc, observationFormFrom(raw), data),
    ),
    reportAction(VERBS.reportEditObservation, (rc, data) =>
      reports.startEditingObservation(rc, data.observationId ?? ''),
    ),
    reportAction(VERBS.reportCancelEdit, (rc) => reports.cancelEditingObservation(rc)),
    reportAction(VERBS.reportRemoveObservation, (rc, data, raw) =>
      reports.removeObservation(rc, data.observationId ?? '', observationFormFrom(raw), data.editingId),
    ),
    reportAction(VERBS.reportSubmit, (rc, data, raw) => reports.submit(rc, observationFormFrom(raw), data)),
    reportAction(VERBS.reportNothing, (rc) => reports.submitNothingToReport(rc)),
  ];
}

/** `rapportera`: the report card of the sender's group (or a choice of group first). */
export const reportCommands: readonly Command[] = [
  oneGroupCommand({
    name: 'report',
    pattern: /^\s*(rapportera|report)\s*$/i,
    role: 'member',
    answersIn: ['personal'],
    menu: ['personal'],
    run: ({ group, member }, { deps, t }) =>
      reportReply(deps, deps.reports.contextFor(group, member), t, (rc) => deps.reports.open(rc)),
  }),
];
