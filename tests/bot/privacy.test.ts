import { VERBS } from '../../src/bot/verbs';
import {
  actionData,
  activities,
  cardOf,
  cardText,
  createBotHarness,
  inputValues,
  invokeResult,
  OBSERVATION_FORM,
  PERIOD,
  publishReviewed,
  SETTINGS_FORM,
  TEAM,
  users,
  type BotHarness,
  type TestUser,
} from '../helpers/bot-harness';
import { useConnectorFake } from '../helpers/connector-fake';

const NAMED = 'Kalle Andersson klottrade på gaveln vid busshållplatsen.';
const OTHER = 'Glaskross och nedskräpning vid lekplatsen efter helgen.';

/** The data of the card's action with this title. */
function buttonData(card: unknown, title: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as { type?: unknown; title?: unknown; data?: Record<string, unknown> };
      if (element.type === 'Action.Execute' && element.title === title) found = element.data;
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  if (!found) throw new Error(`no button "${title}"`);
  return found;
}

describe('nothing the council sees can point out a person', () => {
  const fake = useConnectorFake();
  let bot: BotHarness;
  let logLines: string[];

  const execute = async (user: TestUser, verb: string, data: Record<string, unknown>) =>
    invokeResult(await bot.send(activities.execute(user, verb, { groupId: TEAM.id, periodId: PERIOD, ...data })));
  const say = async (user: TestUser, text: string) => (await bot.send(activities.message(user, text)))[0];
  const posted = () => fake.deliveredTo('19:rad-kanal').map((item) => JSON.stringify(item.activity));
  /** Publicera on a review card, with what the card carries. */
  const publishFrom = (card: Record<string, unknown> | undefined) =>
    execute(users.samordnare, VERBS.picturePublish, { ...actionData(card, VERBS.picturePublish), analysis: '' });

  /** The member types a name, is warned, and goes on with "Det är inte en person". */
  async function reportConfirmedName() {
    const warned = await execute(users.polis, VERBS.reportSubmit, { ...OBSERVATION_FORM, beskrivning: NAMED });
    const confirm = buttonData(warned.card, 'Det är inte en person');
    return execute(users.polis, VERBS.reportSubmit, { ...OBSERVATION_FORM, beskrivning: NAMED, ...confirm });
  }

  beforeEach(async () => {
    logLines = [];
    bot = await createBotHarness({ logLines });
    await bot.send(activities.teamInstall(users.samordnare));
    const { repositories } = bot.service;
    await repositories.members.updateAdministration(TEAM.id, users.polis.aadObjectId, { organisation: 'Polisen' });
    await repositories.members.updateAdministration(TEAM.id, users.skola.aadObjectId, { organisation: 'Skola' });
    await repositories.members.updateAdministration(TEAM.id, users.samordnare.aadObjectId, { organisation: 'Skola' });
  });

  test('when a member types a name, then the card keeps the text, quotes the name, and nothing reaches a table or a log line', async () => {
    const warned = await execute(users.polis, VERBS.reportAddObservation, { ...OBSERVATION_FORM, beskrivning: NAMED });
    const text = cardText(warned.card);
    expect(text).toContain('Beskrivning ser ut att nämna en person: ”Kalle Andersson”.');
    expect(text).toContain('Beskriv platsen och vad som hände, inte vem');
    expect(inputValues(warned.card).beskrivning).toBe(NAMED);
    expect(buttonData(warned.card, 'Det är inte en person')).toMatchObject({ notPersons: 'Kalle Andersson' });
    const slot = await bot.service.repositories.reports.getDraft(TEAM.id, PERIOD, users.polis.aadObjectId);
    expect(slot.draft).toBeUndefined();
    expect(await bot.service.repositories.reports.listReports(TEAM.id, PERIOD)).toEqual([]);
    expect(logLines.join('\n')).not.toMatch(/Kalle|Andersson/);
  });

  test('when the member goes on anyway, then the observation is stored with the mark and the samordnare’s review card shows it', async () => {
    const receipt = await reportConfirmedName();
    expect(cardText(receipt.card)).toContain('Din lägesbild är mottagen');
    const [report] = await bot.service.repositories.reports.listReports(TEAM.id, PERIOD);
    expect(report.observations[0]).toMatchObject({ description: NAMED, notPersons: ['Kalle Andersson'] });

    bot.clock.set(new Date('2026-12-02T12:00:00Z'));
    const review = cardText(cardOf(await say(users.samordnare, 'sammanställ')));
    expect(review).toContain('⚠ Rapportören angav att ”Kalle Andersson” inte är en person.');
  });

  test('when the confirmation names other words than those typed now, then the new name is still caught', async () => {
    const warned = await execute(users.polis, VERBS.reportSubmit, { ...OBSERVATION_FORM, beskrivning: NAMED });
    const confirm = buttonData(warned.card, 'Det är inte en person');
    const changed = 'Elin Karlsson, 16 år, klottrade på gaveln.';
    const again = await execute(users.polis, VERBS.reportSubmit, {
      ...OBSERVATION_FORM,
      beskrivning: changed,
      ...confirm,
    });
    expect(cardText(again.card)).toContain('”Elin Karlsson”');
    expect(await bot.service.repositories.reports.listReports(TEAM.id, PERIOD)).toEqual([]);
  });

  describe('the samordnare’s review', () => {
    beforeEach(async () => {
      await reportConfirmedName();
      await execute(users.skola, VERBS.reportSubmit, { ...OBSERVATION_FORM, beskrivning: OTHER });
      bot.clock.set(new Date('2026-12-02T12:00:00Z'));
      await bot.send(activities.publishHere(users.samordnare, fake.serviceUrl));
    });

    /** Opens the texts card from the review card, as the samordnare does. */
    async function textsCard() {
      const review = cardOf(await say(users.samordnare, 'sammanställ'));
      return (await execute(users.samordnare, VERBS.pictureReviewTexts, actionData(review, VERBS.pictureReviewTexts)))
        .card!;
    }
    /** The texts card's inputs with the given observation's toggle or text changed, saved. */
    async function save(card: Record<string, unknown>, change: (values: Record<string, unknown>) => void) {
      const values = inputValues(card);
      change(values);
      const data = actionData(card, VERBS.pictureReviewSave);
      const done = buttonData(card, 'Spara granskningen');
      return execute(users.samordnare, VERBS.pictureReviewSave, { ...data, ...done, ...values });
    }
    const idOf = (card: Record<string, unknown>, text: string, prefix: 'omit' | 'text') => {
      const values = inputValues(card);
      const textId = Object.keys(values).find((id) => id.startsWith('text-') && values[id] === text);
      if (!textId) throw new Error(`no observation "${text}" on the card`);
      return `${prefix}-${textId.slice('text-'.length)}`;
    };

    test('when an observation is left out and another rewritten, then the channel and the archive hold only what was reviewed; the report keeps the original; who changed what is kept', async () => {
      const card = await textsCard();
      expect(cardText(card)).toContain('⚠ Rapportören angav att ”Kalle Andersson” inte är en person.');
      const rewritten = 'Nedskräpning vid lekplatsen.';
      const saved = await save(card, (values) => {
        values[idOf(card, NAMED, 'omit')] = 'true';
        values[idOf(card, OTHER, 'text')] = rewritten;
      });
      const review = cardText(saved.card);
      expect(review).toContain('Granskningen är sparad (utelämnade: 1, omskrivna: 1).');
      expect(review).toContain('1 observation tas inte med; 1 text är omskriven för publicering.');
      expect(review).not.toContain('Kalle');
      expect(review).toContain(`(omskriven för publicering) ${rewritten}`);

      const published = await publishFrom(saved.card);
      expect(cardText(published.card)).toContain('Publicerad av Sara Samordnare');
      const [post] = posted();
      expect(post).not.toMatch(/Kalle|Andersson|Glaskross/);
      expect(post).toContain(rewritten);
      expect(post).not.toContain('omskriven');
      const archived = JSON.stringify((await bot.service.repositories.publications.get(TEAM.id, PERIOD))!.value);
      expect(archived).not.toMatch(/Kalle|Andersson|Glaskross|notPersons|"ref"/);
      expect(archived).toContain(rewritten);
      // The figures still count the observation left out.
      expect(post).toContain('2 observationer (förra perioden 0)');

      const reports = await bot.service.repositories.reports.listReports(TEAM.id, PERIOD);
      expect(reports.flatMap((report) => report.observations.map((o) => o.description)).sort()).toEqual(
        [NAMED, OTHER].sort(),
      );
      const stored = (await bot.service.repositories.reviews.get(TEAM.id, PERIOD))!.value;
      expect(stored.log.map((entry) => [entry.action, entry.byMemberKey])).toEqual([
        ['omit', users.samordnare.aadObjectId],
        ['rewrite', users.samordnare.aadObjectId],
      ]);
    });

    test('when a rewritten text names a person, then nothing is saved and the card says why, as typed', async () => {
      const card = await textsCard();
      const refused = await save(card, (values) => {
        values[idOf(card, OTHER, 'text')] = 'Elin Karlsson skräpade ner vid lekplatsen.';
      });
      const text = cardText(refused.card);
      expect(text).toContain('Texten ser ut att nämna en person: ”Elin Karlsson”.');
      expect(inputValues(refused.card)[idOf(card, OTHER, 'text')]).toBe('Elin Karlsson skräpade ner vid lekplatsen.');
      expect(await bot.service.repositories.reviews.get(TEAM.id, PERIOD)).toBeUndefined();
    });

    test('when a report comes in after the review, then Publicera posts nothing and shows the new review card', async () => {
      const review = cardOf(await say(users.samordnare, 'sammanställ'));
      const data = actionData(review, VERBS.picturePublish);
      bot.clock.set(new Date('2026-12-02T10:00:00Z'));
      await execute(users.samordnare, VERBS.reportSubmit, {
        ...OBSERVATION_FORM,
        beskrivning: 'Sent inkommen: fler cyklar stulna.',
      });
      bot.clock.set(new Date('2026-12-02T12:00:00Z'));

      const stale = invokeResult(
        await bot.send(activities.execute(users.samordnare, VERBS.picturePublish, { ...data, analysis: 'Analys' })),
      );
      const text = cardText(stale.card);
      expect(text).toContain('1 rapport har kommit in eller ändrats sedan du granskade. Inget publicerades');
      expect(text).toContain('Sent inkommen: fler cyklar stulna.');
      expect(text).toContain('Analys');
      expect(posted()).toEqual([]);
      expect(await bot.service.repositories.publications.get(TEAM.id, PERIOD)).toBeUndefined();

      const fresh = await publishFrom(stale.card);
      expect(cardText(fresh.card)).toContain('Publicerad av Sara Samordnare');
      expect(posted()).toHaveLength(1);
    });

    test('when an organisation has one member, then the council’s card does not name it by default; always names it when the group says so', async () => {
      await publishReviewed(bot, users.samordnare);
      const [post] = posted();
      // Polisen has one member (Per Polis); Skola has two.
      expect(post).not.toContain('Polisen');
      expect(post).toContain('Skola');
      expect(post).toContain('ytterligare 1 organisation');
      const archived = (await bot.service.repositories.publications.get(TEAM.id, PERIOD))!.value;
      expect(JSON.stringify(archived.content.picture)).not.toContain('Polisen');

      const settings = await execute(users.samordnare, VERBS.settingsSave, {
        ...SETTINGS_FORM,
        visaOrganisation: 'always',
      });
      expect(cardText(settings.card)).toContain('sparade');
      expect((await bot.service.repositories.groups.get(TEAM.id))?.organisationDisplay).toBe('always');
      await publishReviewed(bot, users.samordnare, { period: '2026-W45' });
      expect(posted()[1]).toContain('Polisen');
    });

    test('when a member’s text holds Markdown, then the council’s card shows it as typed, never as a link', async () => {
      bot.clock.set(new Date('2026-12-02T10:00:00Z'));
      await execute(users.skola, VERBS.reportSubmit, {
        ...OBSERVATION_FORM,
        beskrivning: 'Se [Läs mer](https://evil.example/x) och **viktigt**',
      });
      bot.clock.set(new Date('2026-12-02T12:00:00Z'));
      await publishReviewed(bot, users.samordnare);
      const [post] = posted();
      expect(post).toContain('Se \\\\[Läs mer\\\\](https://evil.example/x) och \\\\*\\\\*viktigt\\\\*\\\\*');
      expect(post).not.toContain('[Läs mer](');
    });
  });
});
