import { isLinked } from '../../domain/insats';
import { whereOf } from '../../domain/report';
import { type Command, senderCommand } from '../command-table';

/** `återkoppling av|på`: whether the member hears about insatser their reports led to. */
const FEEDBACK = /^\s*(?:(återkoppling|aterkoppling)\s+(av|på|pa)|feedback\s+(off|on))\s*$/i;

/** How many periods `mina rapporter` looks back (about three months at the usual rhythm). */
const MY_REPORTS_PERIODS = 6;

const memberCommand = { role: 'member', answersIn: ['personal'], menu: [] } as const;

export const memberCommands: readonly Command[] = [
  senderCommand({
    ...memberCommand,
    name: 'feedback',
    pattern: FEEDBACK,
    async run(_groups, { deps, t, text, memberKey }) {
      const match = FEEDBACK.exec(text);
      const on = ['på', 'pa', 'on'].includes((match?.[2] ?? match?.[3] ?? '').toLowerCase());
      const groups = await deps.insatser.setFeedback(memberKey, on);
      return { message: groups === 0 ? t.notInAnyGroup : on ? t.insatser.feedbackOn : t.insatser.feedbackOff };
    },
  }),
  senderCommand({
    // `mina rapporter`: the member's own reports of the last periods, and what they led to.
    ...memberCommand,
    name: 'myReports',
    pattern: /^\s*(mina rapporter|my reports)\s*$/i,
    async run(groups, { deps, t, memberKey }) {
      const lines: string[] = [`**${t.insatser.myReportsTitle}**`];
      for (const group of groups) {
        const [recent, groupInsatser] = await Promise.all([
          deps.reports.recent(group, memberKey, MY_REPORTS_PERIODS),
          deps.insatser.list(group),
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
      return { message: lines.length === 1 ? t.insatser.myReportsNone : lines.join('\n') };
    },
  }),
];
