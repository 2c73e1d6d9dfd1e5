import type { Activity } from 'botbuilder';
import { COMMANDS } from '../../src/bot/commands';
import { VERBS } from '../../src/bot/verbs';
import { textsFor } from '../../src/i18n';
import {
  activities,
  actionData,
  cardOf,
  cardText,
  createBotHarness,
  invokeResult,
  TEAM,
  TENANT,
  users,
  type BotHarness,
} from '../helpers/bot-harness';

const OTHER = { id: '19:est-vasteras@thread.tacv2', name: 'EST Västerås' };

/** The app installed in a second team, by the same samordnare: the members are in two groups. */
function installInOtherTeam(): Partial<Activity> {
  const install = activities.teamInstall(users.samordnare);
  return {
    ...install,
    conversation: { id: OTHER.id, conversationType: 'channel', tenantId: TENANT, isGroup: true, name: '' },
    channelData: { tenant: { id: TENANT }, team: OTHER, channel: { id: OTHER.id } },
  };
}

/** The group picker's buttons: the group each one names, and the command it runs. */
function pickerChoices(card: Record<string, unknown>): { groupId: unknown; command: unknown }[] {
  const set = (card.body as { type: string; actions?: { data: Record<string, unknown> }[] }[]).find(
    (element) => element.type === 'ActionSet',
  );
  return (set?.actions ?? []).map((action) => ({ groupId: action.data.groupId, command: action.data.command }));
}

describe('the command table', () => {
  let bot: BotHarness;

  beforeEach(async () => {
    bot = await createBotHarness();
    await bot.send(activities.teamInstall(users.samordnare));
  });

  test('when hjälp is asked for, in Swedish or English, then it lists every command of the table and what to write about', async () => {
    for (const [language, locale] of [
      ['sv', 'sv-SE'],
      ['en', 'en-US'],
    ] as const) {
      const [reply] = await bot.send(activities.message(users.polis, language === 'sv' ? 'hjälp' : 'help', locale));
      const t = textsFor(language);
      for (const command of COMMANDS) {
        const { title, forms } = t.commands.byName[command.name];
        for (const form of forms ?? [title]) expect(reply.text).toContain(`**${form}**`);
      }
      expect(reply.text).toContain(t.commands.helpPrivacy);
    }
  });

  test('when every command’s words are sent, then exactly that command answers them (no two patterns overlap)', () => {
    for (const language of ['sv', 'en'] as const) {
      for (const command of COMMANDS) {
        const { title } = textsFor(language).commands.byName[command.name];
        const answering = COMMANDS.filter((candidate) => candidate.pattern.test(title)).map((found) => found.name);
        expect([title, answering]).toEqual([title, [command.name]]);
      }
    }
  });

  test('when a samordnare of two groups writes löften uppföljning, then they choose the group first, and the follow-up is of the group chosen', async () => {
    await bot.send(installInOtherTeam());
    const [reply] = await bot.send(activities.message(users.samordnare, 'löften uppföljning'));
    const card = cardOf(reply);
    expect(cardText(card)).toContain('Du är samordnare för flera EST-grupper. Vilken grupp gäller det?');
    expect(pickerChoices(card)).toEqual([
      { groupId: TEAM.id, command: 'pledgesFollowUp' },
      { groupId: OTHER.id, command: 'pledgesFollowUp' },
    ]);
    const chosen = invokeResult(
      await bot.send(activities.execute(users.samordnare, VERBS.commandOpen, actionData(card, VERBS.commandOpen))),
    );
    expect(chosen.message).toBe(textsFor('sv').pledges.none);
  });

  test('when a member of two groups writes rapportera, then they choose the group, and get that group’s report card', async () => {
    await bot.send(installInOtherTeam());
    const card = cardOf((await bot.send(activities.message(users.polis, 'rapportera')))[0]);
    expect(cardText(card)).toContain('Du är med i flera EST-grupper. Vilken grupp vill du rapportera för?');
    const choices = pickerChoices(card);
    expect(choices.map((choice) => choice.command)).toEqual(['report', 'report']);
    const chosen = invokeResult(
      await bot.send(activities.execute(users.polis, VERBS.commandOpen, { groupId: OTHER.id, command: 'report' })),
    );
    expect(cardText(chosen.card)).toContain('EST Västerås');
  });

  test('when a member who is not samordnare sends the group picker for a samordnare’s command, then it is refused', async () => {
    const result = invokeResult(
      await bot.send(activities.execute(users.polis, VERBS.commandOpen, { groupId: TEAM.id, command: 'members' })),
    );
    expect(result.message).toBe('Det här kan bara gruppens samordnare göra.');
  });

  test('when the group picker names a command that is not about one group, then the card is out of date', async () => {
    const result = invokeResult(
      await bot.send(activities.execute(users.samordnare, VERBS.commandOpen, { groupId: TEAM.id, command: 'help' })),
    );
    expect(result.message).toBe(textsFor('sv').invalidCard);
  });

  test('when publicera här is written in the 1:1 chat, then it says where to write it', async () => {
    const [reply] = await bot.send(activities.message(users.samordnare, 'publicera här'));
    expect(reply.text).toBe(textsFor('sv').commands.onlyInChannel);
  });
});
