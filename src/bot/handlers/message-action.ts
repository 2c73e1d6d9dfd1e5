import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, type TaskModuleTaskInfo, type TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import { md } from '../../cards/markdown';
import { observationDialogCard, type ObservationDialog } from '../../cards/observation-dialog.card';
import { groupIdSchema } from '../../domain/group';
import { messageText, prefillFromMessage } from '../../domain/message-prefill';
import { LIMITS, observationFormFrom } from '../../domain/report';
import type { Texts } from '../../i18n';
import type { Membership } from '../../services/membership';
import { groupData, notPersonsData } from '../card-actions';
import { memberKeyOfSender, teamOf, textsOf } from '../context';
import type { BotDependencies } from '../deps';

/** The message action's command id, as the manifest's `composeExtensions` declares it. */
export const ADD_TO_PICTURE = 'addToLagesbild';

/** What the bot reads of the message the action was chosen on: its text and when it was sent, never its author. */
const fetchValue = z.object({
  messagePayload: z
    .object({
      createdDateTime: z.string().max(64).optional(),
      body: z.object({ contentType: z.string().max(20).optional(), content: z.string().max(100_000) }).optional(),
    })
    .optional(),
});

const submitData = groupData
  .extend({ chosenGroupId: groupIdSchema.optional().or(z.literal('')), notPersons: notPersonsData })
  .catchall(z.unknown());

function dialog(card: ObservationDialog, t: Texts, now: Date): TaskModuleTaskInfo {
  return {
    title: t.report.messageAction.title,
    card: CardFactory.adaptiveCard(observationDialogCard(card, t, now)),
    height: 'large',
    width: 'medium',
  };
}

/** The sender's groups, the one whose team the message is in first. */
async function membershipsOf(deps: BotDependencies, context: TurnContext): Promise<Membership[]> {
  const all = await deps.admin.memberships(memberKeyOfSender(context));
  const team = teamOf(context)?.id;
  return [...all.filter(({ group }) => group.id === team), ...all.filter(({ group }) => group.id !== team)];
}

/**
 * "Lägg till i lägesbilden" on any message: a dialog with the observation form pre-filled from the
 * message's text, added to the member's own report of the current period (the draft `rapportera`
 * shows) once they have checked it. The privacy guard runs on what is submitted, as for the report
 * card; the message's author is never read.
 */
export function registerMessageAction(app: Application<TurnState>, deps: BotDependencies): void {
  app.messageExtensions.fetchTask(ADD_TO_PICTURE, async (context) => {
    const t = textsOf(context, deps.localeOverride);
    const memberships = await membershipsOf(deps, context);
    if (memberships.length === 0) return t.report.messageAction.notMember;
    const value = fetchValue.safeParse(context.activity.value);
    if (!value.success) deps.logger.warn({ reason: 'messagePayload' }, 'message action without a usable message');
    const payload = value.success ? value.data.messagePayload : undefined;
    const text = payload?.body ? messageText(payload.body.content, payload.body.contentType) : '';
    const sent = new Date(payload?.createdDateTime ?? '');
    const sentAt = Number.isNaN(sent.getTime()) ? deps.clock.now() : sent;
    const { group } = memberships[0];
    const form = prefillFromMessage({ text, omraden: group.omraden, sentAt });
    const groups = memberships.map((membership) => membership.group);
    return dialog({ groups, group, form, errors: [] }, t, deps.clock.now());
  });

  app.messageExtensions.submitAction(ADD_TO_PICTURE, async (context, _state, data: Record<string, unknown>) => {
    const t = textsOf(context, deps.localeOverride);
    const texts = t.report.messageAction;
    const parsed = submitData.safeParse(data);
    if (!parsed.success) {
      deps.logger.warn({ reason: 'dialogData' }, 'message action refused');
      return t.invalidCard;
    }
    const groupId = parsed.data.chosenGroupId || parsed.data.groupId;
    const reportContext = await deps.reports.context(memberKeyOfSender(context), groupId);
    if (!reportContext) return texts.notMember;
    const form = observationFormFrom(data);
    const screen = await deps.reports.addObservation(reportContext, form, { notPersons: parsed.data.notPersons });
    const { period } = reportContext;
    if (screen.kind !== 'form') return t.report.periodClosed(t.periodLabel(period), t.dateTime(period.deadline));
    if (screen.notice === 'added' || screen.notice === 'updated') return texts.added(t.periodLabel(period));
    // Not added: the form as it was filled in, with what to correct (nothing typed is lost).
    const groups = (await membershipsOf(deps, context)).map((membership) => membership.group);
    const names = screen.confirmNames?.names;
    const notice = names
      ? texts.namesFound(names.map(md).join(', '))
      : screen.notice === 'tooMany'
        ? t.report.tooManyObservations(LIMITS.observationsPerReport)
        : t.report.fixErrors(screen.errors.length);
    return dialog(
      { groups, group: reportContext.group, form, errors: screen.errors, confirmNames: names, notice },
      t,
      deps.clock.now(),
    );
  });
}
