import type { Application, TurnState } from '@microsoft/teams-ai';
import { isLinked } from '../../domain/insats';
import { whereOf } from '../../domain/report';
import { isPersonalChat, memberKeyOfSender, textsOf } from '../context';
import type { BotDependencies } from '../deps';

/** `mina rapporter`: the member's own reports of the last periods, and what they led to. */
export const MY_REPORTS_COMMAND = /^\s*(mina rapporter|my reports)\s*$/i;

/** `återkoppling av|på`: whether the member hears about insatser their reports led to. */
export const FEEDBACK_COMMAND = /^\s*(?:(återkoppling|aterkoppling)\s+(av|på|pa)|feedback\s+(off|on))\s*$/i;

/** How many periods `mina rapporter` looks back (about three months at the usual rhythm). */
const MY_REPORTS_PERIODS = 6;

export function registerMemberCommands(app: Application<TurnState>, deps: BotDependencies): void {
  const { reports, insatser, localeOverride } = deps;

  app.message(FEEDBACK_COMMAND, async (context) => {
    const t = textsOf(context, localeOverride);
    if (!isPersonalChat(context)) {
      await context.sendActivity(t.reportInPersonalChat);
      return;
    }
    const match = FEEDBACK_COMMAND.exec(context.activity.text ?? '');
    const on = ['på', 'pa', 'on'].includes((match?.[2] ?? match?.[3] ?? '').toLowerCase());
    const groups = await insatser.setFeedback(memberKeyOfSender(context), on);
    await context.sendActivity(groups === 0 ? t.notInAnyGroup : on ? t.insatser.feedbackOn : t.insatser.feedbackOff);
  });

  app.message(MY_REPORTS_COMMAND, async (context) => {
    const t = textsOf(context, localeOverride);
    if (!isPersonalChat(context)) {
      await context.sendActivity(t.reportInPersonalChat);
      return;
    }
    const memberKey = memberKeyOfSender(context);
    const groups = await reports.groupsOf(memberKey);
    if (groups.length === 0) {
      await context.sendActivity(t.notInAnyGroup);
      return;
    }
    const lines: string[] = [`**${t.insatser.myReportsTitle}**`];
    for (const group of groups) {
      const [recent, groupInsatser] = await Promise.all([
        reports.recent(group, memberKey, MY_REPORTS_PERIODS),
        insatser.list(group),
      ]);
      for (const { period, report } of recent) {
        lines.push(
          '',
          t.insatser.myReportsPeriod(
            t.periodLabel(period),
            group.name,
            report.observations.length,
            report.nothingToReport,
          ),
        );
        for (const observation of report.observations) {
          const ledTo = groupInsatser
            .filter((insats) => isLinked(insats.links, report.periodId, observation))
            .map(
              (insats) =>
                `${t.insatser.name(insats.number, insats.what, whereOf(insats.omrade, insats.place))} (${t.insatser.status[insats.status].toLowerCase()})`,
            );
          const area =
            group.areas.find((candidate) => candidate.id === observation.areaId)?.label ?? observation.areaId;
          lines.push(`- ${t.insatser.myObservation(whereOf(observation.omrade, observation.place), area, ledTo)}`);
        }
      }
    }
    await context.sendActivity(lines.length === 1 ? t.insatser.myReportsNone : lines.join('\n'));
  });
}
