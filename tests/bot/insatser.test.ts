import { VERBS } from '../../src/bot/verbs';
import {
  activities,
  cardOf,
  cardText,
  createBotHarness,
  inputChoices,
  invokeResult,
  OBSERVATION_FORM,
  PERIOD,
  publishReviewed,
  TEAM,
  users,
  type BotHarness,
  type TestUser,
} from '../helpers/bot-harness';
import { useConnectorFake } from '../helpers/connector-fake';

/** The value of the choice whose title starts with `title`, in the ChoiceSet `id`. */
function choiceValue(card: unknown, id: string, title: string): string {
  let value: string | undefined;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as { id?: unknown; choices?: { title: string; value: string }[] };
      if (element.id === id) value = element.choices?.find((choice) => choice.title.startsWith(title))?.value;
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  if (value === undefined) throw new Error(`no choice "${title}" in ${id}`);
  return value;
}

/** Whether the card has an Action.Execute with this verb. */
const hasAction = (card: unknown, verb: string) => JSON.stringify(card).includes(`"verb":"${verb}"`);

describe('insatser: recorded, followed up, and fed back to the reporters', () => {
  const fake = useConnectorFake();
  let bot: BotHarness;

  const say = async (user: TestUser, text: string) => (await bot.send(activities.message(user, text)))[0];
  const execute = async (user: TestUser, verb: string, data: Record<string, unknown>) =>
    invokeResult(await bot.send(activities.execute(user, verb, { groupId: TEAM.id, ...data })));
  /** What reached a person's 1:1 chat through the connector fake, as text. */
  const received = (user: TestUser) =>
    fake.deliveredTo(`a:personal-${user.id}`).map((item) => JSON.stringify(item.activity));

  beforeEach(async () => {
    bot = await createBotHarness();
    await bot.send(activities.teamInstall(users.samordnare));
    const { repositories } = bot.service;
    await repositories.members.updateAdministration(TEAM.id, users.polis.aadObjectId, { organisation: 'Polisen' });
    await repositories.members.updateAdministration(TEAM.id, users.skola.aadObjectId, { organisation: 'Skola' });
    for (const user of [users.polis, users.skola]) {
      await bot.send(
        activities.execute(user, VERBS.reportSubmit, { groupId: TEAM.id, periodId: PERIOD, ...OBSERVATION_FORM }),
      );
    }
    await say(users.samordnare, 'hjälp');
    // Proactive messages go through the connector fake.
    for (const user of [users.samordnare, users.polis, users.skola]) {
      const conversation = (await repositories.conversations.getPersonal(user.aadObjectId))!;
      await repositories.conversations.upsertPersonal({
        ...conversation,
        serviceUrl: fake.serviceUrl,
        reference: { ...conversation.reference, serviceUrl: fake.serviceUrl },
      });
    }
    bot.clock.set(new Date('2026-12-02T12:00:00Z'));
  });

  /** The samordnare creates insats 1 from the review card, linked to the hot spot, owned by Siv Skola. */
  async function createInsats(extra: Record<string, string> = {}) {
    const review = cardOf(await say(users.samordnare, 'sammanställ'));
    expect(hasAction(review, VERBS.insatsNew)).toBe(true);
    const form = (await execute(users.samordnare, VERBS.insatsNew, { periodId: PERIOD })).card!;
    expect(cardText(form)).toContain('Hot spot: Centrum, Stationsparken (2 organisationer)');
    expect(inputChoices(form, 'links').join('\n')).not.toMatch(/Per Polis|Siv Skola/);
    return execute(users.samordnare, VERBS.insatsCreate, {
      periodId: PERIOD,
      what: 'Trygghetsvandring kvällstid',
      omrade: 'Centrum',
      place: 'Stationsparken',
      eventTypeId: '',
      links: choiceValue(form, 'links', 'Hot spot: Centrum, Stationsparken'),
      ownerOrganisation: 'Skola',
      ownerMemberKey: users.skola.aadObjectId,
      start: '2026-12-03',
      due: '2026-12-20',
      target: 'Två kvällar i veckan',
      ...extra,
    });
  }

  test('when the samordnare creates an insats from the review card, then it is stored by reference and listed; the reporters hear of it once', async () => {
    const created = await createInsats();
    const list = cardText(created.card);
    expect(list).toContain('Insats 1 är sparad.');
    expect(list).toContain('Insats 1: Trygghetsvandring kvällstid (Centrum, Stationsparken). Ansvarig: Skola');

    const stored = (await bot.service.repositories.insatser.get(TEAM.id, '0001'))!.value;
    expect(stored).toMatchObject({
      number: 1,
      status: 'planerad',
      ownerMemberKey: users.skola.aadObjectId,
      links: [{ kind: 'hotSpot', periodId: PERIOD, omrade: 'Centrum', place: 'Stationsparken' }],
    });
    expect(JSON.stringify(stored.links)).not.toMatch(/aad-polis|aad-skola/);
    expect(bot.cycleRuns).toBeGreaterThan(0);

    await bot.service.cycle.tick();
    await bot.service.cycle.tick();
    const [message, ...more] = received(users.polis).filter((text) => text.includes('ledde till en insats'));
    expect(more).toEqual([]);
    expect(message).toContain(
      'Din rapport om Centrum, Stationsparken v47–48 2026 ledde till en insats: Trygghetsvandring kvällstid',
    );
    expect(message).not.toContain('Siv Skola');
    expect(received(users.skola).filter((text) => text.includes('ledde till en insats'))).toHaveLength(1);
  });

  test('when återkoppling cannot reach a reporter, then the samordnare is told how many, never who', async () => {
    fake.setFaults({ forbidden: new Set([`a:personal-${users.polis.id}`]) });
    await createInsats();
    await bot.service.cycle.tick();
    await bot.service.cycle.tick();
    const notices = received(users.samordnare).filter((text) => text.includes('kunde inte levereras'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('Kunde inte nås: 1');
    expect(notices[0]).not.toMatch(/Per Polis|Siv Skola/);
    expect(received(users.skola).filter((text) => text.includes('ledde till en insats'))).toHaveLength(1);
  });

  test('when a member turned återkoppling off, then they get none; the others still do', async () => {
    expect((await say(users.skola, 'återkoppling av')).text).toContain('Du får inte längre besked');
    expect((await bot.service.repositories.members.get(TEAM.id, users.skola.aadObjectId))?.feedbackOff).toBe(true);
    await createInsats();
    await bot.service.cycle.tick();
    expect(received(users.skola).filter((text) => text.includes('insats'))).toEqual([]);
    expect(received(users.polis).filter((text) => text.includes('ledde till en insats'))).toHaveLength(1);
    expect((await say(users.skola, 'återkoppling på')).text).toContain('Du får besked');
  });

  test('when the owner sets the insats genomförd, then its history keeps it, the reporters hear once, and mina rapporter shows what the report led to', async () => {
    await createInsats();
    await bot.service.cycle.tick();
    const opened = await execute(users.skola, VERBS.insatsStatusOpen, { insatsId: '0001' });
    expect(cardText(opened.card)).toContain('Status: Insats 1: Trygghetsvandring kvällstid');
    for (let n = 0; n < 2; n += 1) {
      bot.clock.set(new Date(bot.clock.now().getTime() + 60_000));
      const saved = await execute(users.skola, VERBS.insatsStatusSave, {
        insatsId: '0001',
        status: 'genomford',
        comment: 'Tre kvällar genomförda',
      });
      expect(cardText(saved.card)).toContain('Statusen är sparad.');
    }
    const stored = (await bot.service.repositories.insatser.get(TEAM.id, '0001'))!.value;
    expect(stored).toMatchObject({ status: 'genomford', doneOn: '2026-12-02' });
    const history = await bot.service.repositories.insatser.listUpdates(TEAM.id, '0001');
    expect(history.map((update) => [update.status, update.byName])).toEqual([
      ['planerad', 'Sara Samordnare'],
      ['genomford', 'Siv Skola'],
      ['genomford', 'Siv Skola'],
    ]);
    const dispatches = await bot.service.repositories.dispatches.listForPeriod(TEAM.id, PERIOD);
    expect(dispatches.filter((dispatch) => dispatch.kind === 'feedbackDone')).toHaveLength(1);
    await bot.service.cycle.tick();
    expect(received(users.polis).filter((text) => text.includes('är genomförd'))).toHaveLength(1);

    const mine = (await say(users.polis, 'mina rapporter')).text ?? '';
    expect(mine).toContain('v47–48 2026');
    expect(mine).toContain('Centrum, Stationsparken (Ordningsstörning och otrygghet) → ledde till Insats 1');
  });

  test('when the insats form is refused, then it says what to fix, keeps what was typed, and stores nothing', async () => {
    const refused = await createInsats({ what: '', due: '2026-11-01', place: 'Ring 070-123 45 67' });
    const text = cardText(refused.card);
    expect(text).toContain('Rätta det här innan insatsen kan sparas');
    expect(text).toContain('Vad ska göras (saknas)');
    expect(text).toContain('Plats (innehåller personuppgifter');
    expect(JSON.stringify(refused.card)).toContain('Två kvällar i veckan');
    expect(await bot.service.repositories.insatser.list(TEAM.id)).toEqual([]);
    const forged = await createInsats({ links: 'h:000000000000' });
    expect(cardText(forged.card)).toContain('Bygger på (finns inte längre)');
    expect(await bot.service.repositories.insatser.list(TEAM.id)).toEqual([]);
  });

  test('when the lägesbild is published, then the channel shows the insats, and the next one shows it done with its effect', async () => {
    await createInsats();
    await bot.send(activities.publishHere(users.samordnare, fake.serviceUrl));
    await publishReviewed(bot, users.samordnare);
    const posted = JSON.stringify(fake.deliveredTo('19:rad-kanal')[0].activity);
    expect(posted).toContain('Nya insatser');
    expect(posted).toContain('Insats 1: Trygghetsvandring kvällstid (Centrum, Stationsparken)');
    expect(posted).not.toMatch(/Per Polis|Siv Skola/);

    await execute(users.skola, VERBS.insatsStatusSave, { insatsId: '0001', status: 'genomford', comment: '' });
    bot.clock.set(new Date('2026-12-16T13:00:00Z'));
    await publishReviewed(bot, users.samordnare, { period: '2026-W49' });
    const next = JSON.stringify(fake.deliveredTo('19:rad-kanal')[1].activity);
    expect(next).toContain('Effekt på platsen');
    expect(next).toContain('för tidigt att säga');
  });

  test('when a member asks for insatser, then they see the group’s, with an update button only on their own', async () => {
    await createInsats();
    const polis = cardOf(await say(users.polis, 'insatser'));
    expect(cardText(polis)).toContain('Insats 1: Trygghetsvandring kvällstid');
    expect(hasAction(polis, VERBS.insatsStatusOpen)).toBe(false);
    expect(hasAction(polis, VERBS.insatsNew)).toBe(false);
    const skola = cardOf(await say(users.skola, 'insatser'));
    expect(hasAction(skola, VERBS.insatsStatusOpen)).toBe(true);
  });
});
