import { longReportCard } from '../../cards/long-report.card';
import { md } from '../../cards/markdown';
import { archiveCard } from '../../cards/situation-picture.card';
import { periodsInSpan, spanFromArgument, type SpanKind } from '../../domain/long-report';
import { periodById } from '../../domain/periods';
import { MONTH_NAMES } from '../../i18n';
import { type Command, oneGroupCommand, SAMORDNARE_PERSONAL, senderCommand } from '../command-table';
import { channelOf, teamOf, tenantOf } from '../context';
import { reviewCard } from './situation-picture';

const SPAN_KINDS: Record<string, SpanKind> = {
  månad: 'manad',
  manad: 'manad',
  month: 'manad',
  tertial: 'tertial',
  år: 'ar',
  ar: 'ar',
  year: 'ar',
};

const COMPILE = /^\s*(sammanställ|sammanstall|compile)(?:\s+(.+?))?\s*$/i;
const LONG_REPORT = /^\s*(rapport|report)\s+(månad|manad|month|tertial|år|ar|year)(?:\s+(.+?))?\s*$/i;
/** `publicera här [grupp]`, in Swedish or English (the English Teams client's command menu). */
const PUBLISH_HERE = /^\s*(?:publicera här|publicera har|publish here)(?:\s+(.+?))?\s*$/i;

/** The samordnare's commands about the compiled lägesbild, and where the council reads it. */
export const situationPictureCommands: readonly Command[] = [
  oneGroupCommand({
    ...SAMORDNARE_PERSONAL,
    name: 'compile',
    pattern: COMPILE,
    async run({ group }, { deps, t, text }) {
      const period = deps.situationPictures.periodFor(group, COMPILE.exec(text)?.[2]);
      if (!period) return { message: t.invalidCard };
      return { card: await reviewCard(deps, group, period, t, { analysis: '' }) };
    },
  }),
  oneGroupCommand({
    ...SAMORDNARE_PERSONAL,
    name: 'longReport',
    pattern: LONG_REPORT,
    async run({ group }, { deps, t, text }) {
      const { longReports } = deps;
      const match = LONG_REPORT.exec(text);
      const kind = SPAN_KINDS[(match?.[2] ?? 'månad').toLowerCase()] ?? 'manad';
      const span = spanFromArgument(kind, match?.[3] ?? '', longReports.lastEnded(group), MONTH_NAMES);
      if (!span) return { message: t.longReport.unknownSpan };
      const report = await longReports.longReport(group, span);
      return { card: longReportCard(report, group, periodsInSpan(group.schedule, span), t) };
    },
  }),
  oneGroupCommand({
    ...SAMORDNARE_PERSONAL,
    name: 'archive',
    pattern: /^\s*(arkiv|archive)\s*$/i,
    async run({ group }, { deps, t }) {
      const items = (await deps.situationPictures.archive(group)).map((publication) => {
        const period = periodById(group.schedule, publication.periodId);
        return {
          periodId: publication.periodId,
          periodLabel: period ? t.periodLabel(period) : publication.periodId,
          at: publication.publishedAt,
          by: publication.publishedBy.name,
        };
      });
      return { card: archiveCard(group, items, t) };
    },
  }),
  senderCommand({
    // `@Lägesbild publicera här` in the council's channel: the samordnare chooses where to publish.
    name: 'publishHere',
    pattern: PUBLISH_HERE,
    role: 'samordnare',
    answersIn: ['team', 'council'],
    menu: ['team'],
    async run(groups, { deps, context, t, text }) {
      const team = teamOf(context);
      const channel = channelOf(context);
      // The dispatcher answers it only in a channel; a group chat has no team.
      if (!team || !channel) return { message: t.commands.onlyInChannel };
      const named = PUBLISH_HERE.exec(text)?.[1]?.toLowerCase();
      const candidates = named ? groups.filter((group) => group.name.toLowerCase() === named) : groups;
      if (candidates.length !== 1) {
        return { message: t.picture.choosePublishGroup(groups.map((group) => md(group.name))) };
      }
      const group = candidates[0];
      const channelName = `${team.name ?? ''} – ${channel.name ?? 'General'}`.replace(/^ – /, '');
      await deps.admin.setCouncilChannel(group, {
        teamId: team.id,
        channelId: channel.id,
        name: channelName,
        tenantId: tenantOf(context),
        serviceUrl: context.activity.serviceUrl,
      });
      return { message: t.picture.channelChosen(channelName, group.name) };
    },
  }),
];
