import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import type { TeamDirectory } from '../../src/bot/team-directory';
import { createTurn } from '../../src/bot/turn';
import { composeService, type Service } from '../../src/compose';
import { loadConfig } from '../../src/config/load-config';
import { FixedClock } from '../../src/domain/clock';
import { createLogger } from '../../src/logger';
import type { TeamAccount } from '../../src/services/installation-service';
import { testConnectionString, uniqueTablePrefix } from './tables';

export const TENANT = 'tenant-0001';
export const TEAM = { id: '19:est-fagersta@thread.tacv2', name: 'EST Fagersta' };

/** The period open at DEFAULT_NOW: v47–48 2026. */
export const PERIOD = '2026-W47';

/** A filled-in observation form as the report card sends it. */
export const OBSERVATION_FORM = {
  area: 'ordningsstorning-och-otrygghet',
  omrade: 'Centrum',
  omradeAnnat: '',
  plats: 'Stationsparken',
  datum: '2026-11-20',
  tidpunkt: 'kvall',
  beskrivning: 'Klotter och en grupp som skapar otrygghet vid busshållplatsen.',
  bedomning: 'medel',
  trend: 'okar',
  polisanmalt: 'nej',
};

/** The settings card's fields for the group's default schedule (a valid form to vary). */
export const SETTINGS_FORM = {
  groupId: TEAM.id,
  lengthDays: '14',
  anchorDate: '2025-12-29',
  promptWeekday: '1',
  promptTime: '08:00',
  reminderWeekday: '2',
  reminderTime: '12:00',
  deadlineWeekday: '3',
  deadlineTime: '12:00',
  omraden: 'Centrum\nVästanfors',
};

export interface TestUser extends TeamAccount {
  name: string;
}

export const users = {
  samordnare: { id: '29:samordnare', aadObjectId: 'aad-samordnare', name: 'Sara Samordnare' },
  polis: { id: '29:polis', aadObjectId: 'aad-polis', name: 'Per Polis' },
  skola: { id: '29:skola', aadObjectId: 'aad-skola', name: 'Siv Skola' },
  outsider: { id: '29:outsider', aadObjectId: 'aad-outsider', name: 'Olle Utanför' },
} satisfies Record<string, TestUser>;

/** A team directory with a fixed roster: what Teams would answer for the test team. */
export class FakeTeamDirectory implements TeamDirectory {
  constructor(
    public roster: TeamAccount[],
    public channelList: { id: string; name?: string }[] = [
      { id: TEAM.id },
      { id: '19:rad@thread.tacv2', name: 'Trygghetsrådet' },
    ],
  ) {}
  async members(): Promise<TeamAccount[]> {
    return this.roster;
  }
  async channels(): Promise<{ id: string; name?: string }[]> {
    return this.channelList;
  }
}

export interface BotHarness {
  service: Service;
  clock: FixedClock;
  directory: FakeTeamDirectory;
  /** Sends one activity through the real app; resolves with everything the bot sent back. */
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Cards the bot updated in place (Action.Submit fallback). */
  updated(): Partial<Activity>[];
  /** How often a handler asked for a tick to run soon. */
  cycleRuns: number;
}

/** 2026-11-22 10:00 in Stockholm: period v47–48 2026 is open until 2 December 12:00. */
export const DEFAULT_NOW = new Date('2026-11-22T09:00:00Z');

export async function createBotHarness(
  options: { now?: Date; env?: Record<string, string>; logLines?: string[] } = {},
): Promise<BotHarness> {
  const clock = new FixedClock(options.now ?? DEFAULT_NOW);
  const directory = new FakeTeamDirectory([users.samordnare, users.polis, users.skola]);
  const config = loadConfig({
    STORAGE_CONNECTION_STRING: testConnectionString(),
    TABLE_PREFIX: uniqueTablePrefix(),
    ...options.env,
  });
  let cycleRuns = 0;
  // With `logLines`, every log line the service writes (at debug and above) is kept there.
  const lines = options.logLines;
  const logger = lines
    ? createLogger('debug', { write: (line: string) => void lines.push(line) })
    : createLogger('silent');
  const service = await composeService(config, logger, {
    clock,
    directory,
    runCycleSoon: () => {
      cycleRuns += 1;
    },
  });
  // The same turn as /api/messages runs: a failure is answered and logged as in production.
  const adapter = new TestAdapter(createTurn({ app: service.app, logger, localeOverride: config.localeOverride }));
  const updates: Partial<Activity>[] = [];
  const originalUpdate = adapter.updateActivity.bind(adapter);
  adapter.updateActivity = async (context, activity) => {
    updates.push(activity);
    return originalUpdate(context, activity);
  };
  return {
    service,
    clock,
    directory,
    get cycleRuns() {
      return cycleRuns;
    },
    updated: () => updates,
    async send(activity) {
      adapter.activeQueue.splice(0);
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0);
    },
  };
}

function personal(user: TestUser, locale: string): Partial<Activity> {
  return {
    channelId: 'msteams',
    serviceUrl: 'https://smba.example.test/emea/',
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    recipient: { id: '28:bot', name: 'Lägesbild' },
    conversation: {
      id: `a:personal-${user.id}`,
      conversationType: 'personal',
      tenantId: TENANT,
      isGroup: false,
      name: '',
    },
    channelData: { tenant: { id: TENANT } },
    locale,
  };
}

export const activities = {
  teamMembersChange(kind: 'membersAdded' | 'membersRemoved', accounts: TestUser[]): Partial<Activity> {
    return {
      ...activities.teamInstall(users.samordnare),
      type: 'conversationUpdate',
      action: undefined,
      [kind]: accounts.map((account) => ({ id: account.id, aadObjectId: account.aadObjectId })),
      channelData: {
        tenant: { id: TENANT },
        team: { id: TEAM.id, name: TEAM.name },
        eventType: kind === 'membersAdded' ? 'teamMemberAdded' : 'teamMemberRemoved',
      },
    };
  },
  teamInstall(installer: TestUser): Partial<Activity> {
    return {
      type: 'installationUpdate',
      action: 'add',
      channelId: 'msteams',
      serviceUrl: 'https://smba.example.test/emea/',
      from: { id: installer.id, aadObjectId: installer.aadObjectId },
      recipient: { id: '28:bot', name: 'Lägesbild' },
      conversation: { id: TEAM.id, conversationType: 'channel', tenantId: TENANT, isGroup: true, name: '' },
      channelData: { tenant: { id: TENANT }, team: { id: TEAM.id, name: TEAM.name }, channel: { id: TEAM.id } },
      locale: 'sv-SE',
    } as Partial<Activity>;
  },
  /** `@Lägesbild publicera här` in the council's channel (Trygghetsrådet – Lägesbild, `19:rad-kanal`). */
  publishHere(user: TestUser, serviceUrl: string): Partial<Activity> {
    return {
      ...activities.teamInstall(user),
      type: ActivityTypes.Message,
      action: undefined,
      text: 'publicera här',
      serviceUrl,
      channelData: {
        tenant: { id: TENANT },
        team: { id: '19:rad-team', name: 'Trygghetsrådet' },
        channel: { id: '19:rad-kanal', name: 'Lägesbild' },
      },
    };
  },
  message(user: TestUser, text: string, locale = 'sv-SE'): Partial<Activity> {
    return { ...personal(user, locale), type: ActivityTypes.Message, text };
  },
  /** A Universal Action (Action.Execute) from a card in the personal chat. */
  execute(user: TestUser, verb: string, data: Record<string, unknown>, locale = 'sv-SE'): Partial<Activity> {
    return {
      ...personal(user, locale),
      type: ActivityTypes.Invoke,
      name: 'adaptiveCard/action',
      replyToId: 'card-activity-1',
      value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: 'manual' },
    };
  },
  /** The Action.Submit fallback of the same action (older clients). */
  submit(user: TestUser, verb: string, data: Record<string, unknown>, locale = 'sv-SE'): Partial<Activity> {
    return {
      ...personal(user, locale),
      type: ActivityTypes.Message,
      replyToId: 'card-activity-1',
      value: { verb, ...data },
    };
  },
};

/** The invoke response a card action produced: the card it answered with, or its message. */
export function invokeResult(replies: Partial<Activity>[]): { card?: Record<string, unknown>; message?: string } {
  const response = replies.find((reply) => reply.type === 'invokeResponse');
  if (!response) throw new Error(`no invoke response among ${replies.map((reply) => reply.type).join(', ')}`);
  const body = (response.value as { body?: { type: string; value: unknown } }).body;
  if (body?.type === 'application/vnd.microsoft.card.adaptive') return { card: body.value as Record<string, unknown> };
  return { message: String(body?.value) };
}

/** The Adaptive Card attached to a reply. */
export function cardOf(activity: Partial<Activity> | undefined): Record<string, unknown> {
  const attachment = activity?.attachments?.find(
    (candidate) => candidate.contentType === 'application/vnd.microsoft.card.adaptive',
  );
  if (!attachment) throw new Error('the activity has no Adaptive Card');
  return attachment.content as Record<string, unknown>;
}

/** Every text in a card, joined: for asserting on what a person would read. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['text', 'title', 'value', 'label', 'placeholder'].includes(key))
          texts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return texts.join('\n');
}

/** The value each input of a card starts with, by input id: for asserting on what a form keeps. */
export function inputValues(card: unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as { type?: unknown; id?: unknown; value?: unknown };
      if (typeof element.type === 'string' && element.type.startsWith('Input.') && typeof element.id === 'string')
        values[element.id] = element.value;
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return values;
}

/** The titles of the choices an `Input.ChoiceSet` offers, by its id. */
export function inputChoices(card: unknown, id: string): string[] {
  let found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as { type?: unknown; id?: unknown; choices?: { title?: unknown }[] };
      if (element.type === 'Input.ChoiceSet' && element.id === id)
        found = (element.choices ?? []).map((choice) => String(choice.title));
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** The data of the card's `Action.Execute` with this verb (throws when the card has none). */
export function actionData(card: unknown, verb: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as { type?: unknown; verb?: unknown; data?: Record<string, unknown> };
      if (element.type === 'Action.Execute' && element.verb === verb && !found) found = element.data ?? {};
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  if (!found) throw new Error(`the card has no action ${verb}`);
  return found;
}

/**
 * `sammanställ` (with the period, if given), then `Publicera` on the review card that came back,
 * with its hash: what a samordnare does in Teams. `inputs` are what was typed on the card.
 */
export async function publishReviewed(
  bot: BotHarness,
  user: TestUser,
  options: { period?: string; inputs?: Record<string, string> } = {},
): Promise<Partial<Activity>[]> {
  const [reply] = await bot.send(activities.message(user, `sammanställ${options.period ? ` ${options.period}` : ''}`));
  const data = actionData(cardOf(reply), 'picture.publish');
  return bot.send(activities.execute(user, 'picture.publish', { ...data, analysis: '', ...options.inputs }));
}
