import { z } from 'zod/v4';
import { membersCard, settingsCard, settingsFormOf, statusCard, type SettingsForm } from '../../cards/admin.card';
import type { Group } from '../../domain/group';
import type { Texts } from '../../i18n';
import type { MemberChange } from '../../services/admin-service';
import { cardAction, type CardReply, formText, groupData } from '../card-actions';
import { type Command, oneGroupCommand, SAMORDNARE_PERSONAL } from '../command-table';
import type { BotDependencies } from '../deps';
import { VERBS } from '../verbs';

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
const SETTINGS_FIELDS = [
  'lengthDays',
  'anchorDate',
  'promptWeekday',
  'promptTime',
  'reminderWeekday',
  'reminderTime',
  'deadlineWeekday',
  'deadlineTime',
] as const;

/** A round the samordnare asked for: created now, sent by a tick started in the background. */
async function startRound(deps: BotDependencies, group: Group, kind: 'prompt' | 'reminder') {
  const result = await deps.cycle.startManually(group, kind);
  deps.runCycleSoon();
  return result;
}

/** The period's status card, with a notice on top when there is one. */
async function statusReply(deps: BotDependencies, group: Group, t: Texts, notice?: string): Promise<CardReply> {
  const view = await deps.admin.status(group);
  return { card: statusCard(view, t, notice, await policeStatusLine(deps, t)) };
}

/** The last fetch of the police's events and its outcome, for the status card. */
async function policeStatusLine(deps: BotDependencies, t: Texts): Promise<string> {
  if (!deps.police.enabled) return t.police.disabled;
  const state = await deps.police.state();
  return t.police.statusLine(
    state?.lastAttemptAt && t.dateTime(state.lastAttemptAt),
    state?.outcome,
    state?.nextAttemptAt && t.dateTime(state.nextAttemptAt),
  );
}

/** Prompts or reminds now, and says which. */
async function round(deps: BotDependencies, group: Group, t: Texts, kind: 'prompt' | 'reminder'): Promise<CardReply> {
  const result = await startRound(deps, group, kind);
  const label = t.periodLabel(result.period);
  if (kind === 'reminder') return { message: t.admin.reminderStarted(label) };
  return { message: result.kind === 'started' ? t.admin.promptStarted(label) : t.admin.promptAlreadySent(label) };
}

/** The samordnare's commands for running the group and its cycle, in the 1:1 chat. */

export const adminCommands: readonly Command[] = [
  oneGroupCommand({
    ...SAMORDNARE_PERSONAL,
    name: 'status',
    pattern: /^\s*status\s*$/i,
    run: ({ group }, { deps, t }) => statusReply(deps, group, t),
  }),
  oneGroupCommand({
    ...SAMORDNARE_PERSONAL,
    name: 'settings',
    pattern: /^\s*(inställningar|installningar|settings)\s*$/i,
    run: ({ group }, { deps, t }) =>
      Promise.resolve({ card: settingsCard(group, settingsFormOf(group), t, deps.clock.now()) }),
  }),
  oneGroupCommand({
    ...SAMORDNARE_PERSONAL,
    name: 'members',
    pattern: /^\s*(medlemmar|members)\s*$/i,
    run: async ({ group }, { deps, t }) => ({ card: membersCard(group, await deps.admin.members(group), 0, t) }),
  }),
  oneGroupCommand({
    ...SAMORDNARE_PERSONAL,
    name: 'remind',
    pattern: /^\s*(påminn|paminn|remind)\s*$/i,
    run: ({ group }, { deps, t }) => round(deps, group, t, 'reminder'),
  }),
  oneGroupCommand({
    ...SAMORDNARE_PERSONAL,
    name: 'start',
    pattern: /^\s*(starta period|start period)\s*$/i,
    run: ({ group }, { deps, t }) => round(deps, group, t, 'prompt'),
  }),
];

export function adminActions(deps: BotDependencies) {
  const { admin, clock } = deps;
  return [
    cardAction({
      verb: VERBS.statusRefresh,
      role: 'samordnare',
      input: groupData,
      act: ({ group, t }) => statusReply(deps, group, t),
    }),
    cardAction({
      verb: VERBS.statusRemind,
      role: 'samordnare',
      input: groupData,
      async act({ group, t }) {
        const result = await startRound(deps, group, 'reminder');
        return statusReply(deps, group, t, t.admin.reminderStarted(t.periodLabel(result.period)));
      },
    }),
    cardAction({
      verb: VERBS.settingsSave,
      role: 'samordnare',
      input: groupData,
      async act({ group, raw, t }) {
        const schedule = Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, formText(raw[field]).trim()]));
        const form = {
          ...schedule,
          omraden: formText(raw.omraden),
          // A settings card from before händelsetyper has no such field: the list stays as it is.
          handelsetyper:
            typeof raw.handelsetyper === 'string' ? raw.handelsetyper : settingsFormOf(group).handelsetyper,
          // Nor, from before the police's events, these two.
          polisorter: typeof raw.polisorter === 'string' ? raw.polisorter : settingsFormOf(group).polisorter,
          polistyper: typeof raw.polistyper === 'string' ? raw.polistyper : settingsFormOf(group).polistyper,
          // Nor, from before the organisation setting, this one.
          visaOrganisation:
            typeof raw.visaOrganisation === 'string' ? raw.visaOrganisation : settingsFormOf(group).visaOrganisation,
          // Nor, from before the council's name, this one.
          radetsNamn: typeof raw.radetsNamn === 'string' ? raw.radetsNamn : settingsFormOf(group).radetsNamn,
        } as SettingsForm;
        const { omraden, handelsetyper, polisorter, polistyper, visaOrganisation, radetsNamn, ...scheduleForm } = form;
        const result = await admin.saveSettings(group, {
          schedule: scheduleForm,
          omraden,
          eventTypes: handelsetyper,
          police: { polisorter, polistyper },
          organisationDisplay: visaOrganisation,
          councilName: radetsNamn,
        });
        if (!result.ok) return { card: settingsCard(group, form, t, clock.now(), { errors: result.errors }) };
        return { card: settingsCard(result.group, settingsFormOf(result.group), t, clock.now(), { saved: true }) };
      },
    }),
    cardAction({
      verb: VERBS.membersPage,
      role: 'samordnare',
      input: pageData,
      act: async ({ group, data, t }) => ({ card: membersCard(group, await admin.members(group), data.page, t) }),
    }),
    cardAction({
      verb: VERBS.membersSave,
      role: 'samordnare',
      input: membersData,
      async act({ group, data, raw, t }) {
        const changes: MemberChange[] = data.memberKeys.map((memberKey, index) => ({
          memberKey,
          organisation: formText(raw[`org-${index}`]).trim(),
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
      },
    }),
  ];
}
