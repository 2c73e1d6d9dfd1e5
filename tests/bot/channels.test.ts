import type { Activity } from 'botbuilder';
import { VERBS } from '../../src/bot/verbs';
import { parsePledgeCsv } from '../../src/domain/pledge-document';
import {
  activities,
  cardOf,
  cardText,
  createBotHarness,
  invokeResult,
  OBSERVATION_FORM,
  PERIOD,
  TEAM,
  users,
  type BotHarness,
  type TestUser,
} from '../helpers/bot-harness';

/** A message in a team's channel (the bot @mentioned; the SDK has removed the mention). */
function inChannel(user: TestUser, text: string, team: { id: string; name: string }): Partial<Activity> {
  return {
    ...activities.publishHere(user, 'https://smba.example.test/emea/'),
    text,
    conversation: {
      id: `${team.id};messageid=1`,
      conversationType: 'channel',
      tenantId: 'tenant-0001',
      isGroup: true,
      name: '',
    },
    channelData: { tenant: { id: 'tenant-0001' }, team, channel: { id: `${team.id}-channel`, name: 'General' } },
  };
}
/** The same card action sent from a card in a channel. */
function executeInChannel(user: TestUser, verb: string, data: Record<string, unknown>): Partial<Activity> {
  const channel = inChannel(user, '', TEAM);
  return {
    ...activities.execute(user, verb, data),
    conversation: channel.conversation,
    channelData: channel.channelData,
  };
}

const hasVerb = (card: unknown, verb: string) => JSON.stringify(card).includes(`"verb":"${verb}"`);

describe('insatser and löften in a channel: only that channel’s own group, read-only, never who changed what', () => {
  let bot: BotHarness;
  const OTHER = { id: '19:est-other@thread.tacv2', name: 'EST Annan' };

  beforeEach(async () => {
    bot = await createBotHarness();
    await bot.send(activities.teamInstall(users.samordnare));
    // The samordnare is in a second group too: a channel of the first must not show it.
    await bot.send({
      ...activities.teamInstall(users.samordnare),
      conversation: { id: OTHER.id, conversationType: 'channel', tenantId: 'tenant-0001', isGroup: true, name: '' },
      channelData: { tenant: { id: 'tenant-0001' }, team: OTHER, channel: { id: OTHER.id } },
    });
    expect(await bot.service.repositories.groups.get(OTHER.id)).toBeDefined();
  });

  test('when insatser is asked in a group’s channel, then only that group’s list comes, with no buttons', async () => {
    const replies = await bot.send(inChannel(users.samordnare, 'insatser', TEAM));
    const cards = replies.filter((reply) => reply.attachments?.length);
    expect(cards).toHaveLength(1);
    const text = cardText(cardOf(cards[0]));
    expect(text).toContain(TEAM.name);
    expect(text).not.toContain(OTHER.name);
    expect(hasVerb(cardOf(cards[0]), VERBS.insatsStatusOpen)).toBe(false);
    expect(hasVerb(cardOf(cards[0]), VERBS.insatsNew)).toBe(false);
  });

  test('when löften is asked in a group’s channel, then only that group’s pledges come, with no buttons', async () => {
    const group = (await bot.service.repositories.groups.get(TEAM.id))!;
    const document = parsePledgeCsv(
      [
        'titel,start,slut,parter,fokusomrade,problem,aktivitet,agare,ansvarig,aktivitet_start,klart,mal',
        'Medborgarlöfte 2026,2026-01-01,2026-12-31,polisen;kommunen,Trygghet i centrum,,Trygghetsvandring,kommunen,,,2026-12-15,',
      ].join('\n'),
    );
    if (!document.ok) throw new Error('fixture');
    expect((await bot.service.deps.pledges.importDocument(group, document.document, 'channels-test')).ok).toBe(true);
    // In the 1:1 chat the same pledge has its update button: the channel's card leaves it out.
    const personal = (await bot.send(activities.message(users.samordnare, 'löften'))).filter(
      (reply) => reply.attachments?.length,
    );
    expect(personal.some((reply) => hasVerb(cardOf(reply), VERBS.pledgeStatusOpen))).toBe(true);
    const replies = await bot.send(inChannel(users.samordnare, 'löften', TEAM));
    const cards = replies.filter((reply) => reply.attachments?.length);
    expect(cards).toHaveLength(1);
    expect(cardText(cardOf(cards[0]))).not.toContain(OTHER.name);
    expect(hasVerb(cardOf(cards[0]), VERBS.pledgeNew)).toBe(false);
    expect(hasVerb(cardOf(cards[0]), VERBS.pledgeStatusOpen)).toBe(false);
  });

  test('when insatser is asked in a channel of no group, then it says to use the 1:1 chat and lists nothing', async () => {
    const replies = await bot.send(inChannel(users.samordnare, 'insatser', { id: '19:some-team', name: 'Fika' }));
    expect(replies.filter((reply) => reply.attachments?.length)).toHaveLength(0);
    expect(replies.map((reply) => reply.text).join('\n')).toContain('Öppna chatten med Lägesbild-boten');
  });

  test('when an insats’s or an activity’s history is opened from a channel, then it is refused: it names who changed what', async () => {
    for (const verb of [VERBS.insatsStatusOpen, VERBS.pledgeStatusOpen]) {
      const result = invokeResult(
        await bot.send(
          executeInChannel(users.samordnare, verb, {
            groupId: TEAM.id,
            insatsId: '0001',
            pledgeId: 'p',
            activityId: 'a',
          }),
        ),
      );
      expect([verb, result.message]).toEqual([verb, expect.stringContaining('Öppna chatten med Lägesbild-boten')]);
    }
  });

  test('when insatser is asked in the 1:1 chat, then every group of the sender is listed, as before', async () => {
    await bot.send(
      activities.execute(users.samordnare, VERBS.reportSubmit, {
        groupId: TEAM.id,
        periodId: PERIOD,
        ...OBSERVATION_FORM,
      }),
    );
    const replies = await bot.send(activities.message(users.samordnare, 'insatser'));
    expect(replies.filter((reply) => reply.attachments?.length)).toHaveLength(2);
  });
});
