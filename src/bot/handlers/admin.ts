import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory } from 'botbuilder';
import { z } from 'zod/v4';
import {
  adminPickerCard,
  membersCard,
  settingsCard,
  settingsFormOf,
  statusCard,
  type SettingsForm,
} from '../../cards/admin.card';
import { archiveCard, longReportCard, pictureCard, type PictureCardMode } from '../../cards/lagesbild.card';
import type { Group } from '../../domain/group';
import { periodsInSpan, type SpanKind } from '../../domain/long-report';
import { periodById, type ReportingPeriod } from '../../domain/periods';
import type { Texts } from '../../i18n';
import type { MemberChange } from '../../services/admin-service';
import { onCardAction, type CardReply } from '../card-actions';
import { isPersonalChat, memberKeyOfSender, textsOf } from '../context';
import type { BotDependencies } from '../deps';
import { samordnareAction } from '../samordnare-action';
import { VERBS } from '../verbs';

/** The samordnare's commands, in the 1:1 chat. Each is checked on the server for the role. */
export const ADMIN_COMMANDS = {
  status: /^\s*status\s*$/i,
  settings: /^\s*(inställningar|installningar|settings)\s*$/i,
  members: /^\s*(medlemmar|members)\s*$/i,
  remind: /^\s*(påminn|paminn|remind)\s*$/i,
  start: /^\s*(starta period|start period)\s*$/i,
  compile: /^\s*(sammanställ|sammanstall|compile)(?:\s+(.+?))?\s*$/i,
  archive: /^\s*(arkiv|archive)\s*$/i,
  longReport: /^\s*(rapport|report)\s+(månad|manad|month|tertial|år|ar|year)(?:\s+(.+?))?\s*$/i,
} as const;

const SPAN_KINDS: Record<string, SpanKind> = {
  månad: 'manad',
  manad: 'manad',
  month: 'manad',
  tertial: 'tertial',
  år: 'ar',
  ar: 'ar',
  year: 'ar',
};

type Command = keyof typeof ADMIN_COMMANDS;

const groupData = z.object({ groupId: z.string().min(1).max(256) });
const pickData = groupData.extend({
  command: z.enum(['status', 'settings', 'members', 'remind', 'start', 'compile', 'archive', 'longReport']),
});
const pageData = groupData.extend({ page: z.coerce.number().int().min(0).max(10_000).default(0) });
const membersData = pageData.extend({
  memberKeys: z.string().transform((text, ctx) => {
    try {
      return z.array(z.string().min(1)).max(100).parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'memberKeys' });
      return z.NEVER;
    }
  }),
});

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function registerAdminHandlers(app: Application<TurnState>, deps: BotDependencies): void {
  const { admin, cycle, pictures, clock, logger, localeOverride } = deps;

  /** Runs one command for a group the sender runs; the role was checked by the caller. */
  const reviewCard = async (
    group: Group,
    period: ReportingPeriod,
    t: Texts,
    texts: { analysis: string; insatser: string },
    mode: Extract<PictureCardMode, { kind: 'review' }> = { kind: 'review' },
  ) => {
    const compiled = await pictures.compile(group, period);
    return pictureCard({ ...compiled, group, ...texts, mode }, t).card;
  };

  const run = async (command: Command, group: Group, t: Texts, argument?: string): Promise<CardReply> => {
    switch (command) {
      case 'compile': {
        const period = pictures.periodFor(group, argument);
        if (!period) return { message: t.invalidCard };
        return { card: await reviewCard(group, period, t, { analysis: '', insatser: '' }) };
      }
      case 'longReport': {
        const match = ADMIN_COMMANDS.longReport.exec(argument ?? '');
        const kind = SPAN_KINDS[(match?.[2] ?? 'månad').toLowerCase()] ?? 'manad';
        const report = await pictures.longReport(group, kind, match?.[3]);
        if (!report) return { message: t.longReport.unknownSpan };
        const periods = periodsInSpan(group.schedule, report.span);
        return { card: longReportCard(report, group, periods, t) };
      }
      case 'archive': {
        const published = await pictures.archive(group);
        const items = published.map((publication) => {
          const period = periodById(group.schedule, publication.periodId);
          return {
            periodId: publication.periodId,
            periodLabel: period ? t.periodLabel(period) : publication.periodId,
            at: publication.publishedAt,
            by: publication.publishedBy.name,
          };
        });
        return { card: archiveCard(group, items, t) };
      }
      case 'status':
        return { card: statusCard(await admin.status(group, t.admin.unknownOrganisation), t) };
      case 'settings':
        return { card: settingsCard(group, settingsFormOf(group), t, clock.now()) };
      case 'members':
        return { card: membersCard(group, await admin.members(group), 0, t) };
      case 'remind':
      case 'start': {
        const result = await cycle.startManually(group, command === 'remind' ? 'reminder' : 'prompt');
        deps.runCycleSoon();
        const label = t.periodLabel(result.period);
        if (command === 'remind') return { message: t.admin.reminderStarted(label) };
        return { message: result.kind === 'started' ? t.admin.promptStarted(label) : t.admin.promptAlreadySent(label) };
      }
    }
  };

  /** Card actions: parse, check the role for the group in the data, then act. */
  const guarded = <T extends { groupId: string }>(
    schema: z.ZodType<T>,
    act: (group: Group, data: T, t: Texts, raw: Record<string, unknown>) => Promise<CardReply>,
  ) => samordnareAction(deps, schema, ({ group, data, t, raw }) => act(group, data, t, raw));

  for (const [command, pattern] of Object.entries(ADMIN_COMMANDS) as [Command, RegExp][]) {
    app.message(pattern, async (context) => {
      const t = textsOf(context, localeOverride);
      if (!isPersonalChat(context)) {
        await context.sendActivity(t.adminInPersonalChat);
        return;
      }
      const memberKey = memberKeyOfSender(context);
      const groups = await admin.groupsRunBy(memberKey);
      let reply: CardReply;
      if (groups.length === 0) {
        const memberOf = await deps.reports.groupsOf(memberKey);
        reply = { message: memberOf.length > 0 ? t.admin.onlySamordnare : t.notInAnyGroup };
      } else if (groups.length > 1) {
        reply = { card: adminPickerCard(groups, command, t) };
      } else {
        const text = context.activity.text ?? '';
        reply = await run(command, groups[0], t, command === 'longReport' ? text : pattern.exec(text)?.[2]);
      }
      await context.sendActivity(
        'card' in reply ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)) : reply.message,
      );
    });
  }

  onCardAction(
    app,
    VERBS.adminOpen,
    guarded(pickData, (group, data, t) => run(data.command, group, t)),
    logger,
  );

  onCardAction(
    app,
    VERBS.statusRefresh,
    guarded(groupData, async (group, _data, t) => ({
      card: statusCard(await admin.status(group, t.admin.unknownOrganisation), t),
    })),
    logger,
  );

  onCardAction(
    app,
    VERBS.statusRemind,
    guarded(groupData, async (group, _data, t) => {
      const result = await cycle.startManually(group, 'reminder');
      deps.runCycleSoon();
      const view = await admin.status(group, t.admin.unknownOrganisation);
      return { card: statusCard(view, t, t.admin.reminderStarted(t.periodLabel(result.period))) };
    }),
    logger,
  );

  onCardAction(
    app,
    VERBS.settingsSave,
    guarded(groupData, async (group, _data, t, raw) => {
      const form: SettingsForm = {
        lengthDays: text(raw.lengthDays),
        anchorDate: text(raw.anchorDate),
        promptWeekday: text(raw.promptWeekday),
        promptTime: text(raw.promptTime),
        reminderWeekday: text(raw.reminderWeekday),
        reminderTime: text(raw.reminderTime),
        deadlineWeekday: text(raw.deadlineWeekday),
        deadlineTime: text(raw.deadlineTime),
        omraden: typeof raw.omraden === 'string' ? raw.omraden : '',
      };
      const { omraden, ...schedule } = form;
      const result = await admin.saveSettings(group, { schedule, omraden });
      if (!result.ok) return { card: settingsCard(group, form, t, clock.now(), { errors: result.errors }) };
      return { card: settingsCard(result.group, settingsFormOf(result.group), t, clock.now(), { saved: true }) };
    }),
    logger,
  );

  onCardAction(
    app,
    VERBS.membersPage,
    guarded(pageData, async (group, data, t) => ({
      card: membersCard(group, await admin.members(group), data.page, t),
    })),
    logger,
  );

  onCardAction(
    app,
    VERBS.membersSave,
    guarded(membersData, async (group, data, t, raw) => {
      const changes: MemberChange[] = data.memberKeys.map((memberKey, index) => ({
        memberKey,
        organisation: text(raw[`org-${index}`]),
        samordnare: raw[`samordnare-${index}`] === 'true',
        excluded: raw[`excluded-${index}`] === 'true',
      }));
      const outcome = await admin.saveMembers(group, changes);
      if (outcome === 'invalid') return { message: t.invalidCard };
      const notice =
        outcome === 'saved'
          ? { text: t.admin.membersSaved, good: true }
          : { text: t.admin.lastSamordnare, good: false };
      return { card: membersCard(group, await admin.members(group), data.page, t, notice) };
    }),
    logger,
  );
}
