import JSZip from 'jszip';
import { VERBS } from '../../src/bot/verbs';
import { sv } from '../../src/i18n/sv';
import {
  activities,
  cardOf,
  cardText,
  createBotHarness,
  invokeResult,
  publishReviewed,
  OBSERVATION_FORM,
  PERIOD,
  SETTINGS_FORM,
  TEAM,
  users,
  type BotHarness,
} from '../helpers/bot-harness';
import { useConnectorFake } from '../helpers/connector-fake';
import { fakeEvent, startPoliceApiFake, type PoliceApiFake } from '../helpers/police-api-fake';

describe('the police’s published events in the lägesbild', () => {
  const connector = useConnectorFake();
  let police: PoliceApiFake;
  let bot: BotHarness;

  beforeAll(async () => {
    police = await startPoliceApiFake();
  });
  afterAll(() => police.close());

  const start = async (env: Record<string, string> = {}) => {
    police.events.length = 0;
    police.requests.length = 0;
    bot = await createBotHarness({ env: { POLICE_EVENTS_URL: police.url, ...env } });
    await bot.send(activities.teamInstall(users.samordnare));
    await bot.send(
      activities.execute(users.polis, VERBS.reportSubmit, {
        groupId: TEAM.id,
        periodId: PERIOD,
        ...OBSERVATION_FORM,
        handelsetyp: 'inbrott',
      }),
    );
  };
  const say = async (user: (typeof users)[keyof typeof users], text: string) =>
    (await bot.send(activities.message(user, text)))[0];

  test('when the samordnare fetches and compiles, then the review card has the section, the latest with links, and the same kinds side by side; the channel gets it without the comparison', async () => {
    await start();
    // In v47–48 (16–29 November): two inbrott (one at Centrum) and a brand; one in the period before.
    police.events.push(
      fakeEvent('Fagersta', 'Inbrott', '2026-11-10 22:00:00 +01:00'),
      fakeEvent('Fagersta', 'Inbrott', '2026-11-18 21:05:12 +01:00', 'Inbrott i en källare i Centrum.'),
      fakeEvent('Fagersta', 'Inbrott', '2026-11-20 3:10:00 +01:00'),
      fakeEvent('Fagersta', 'Brand', '2026-11-24 18:00:00 +01:00'),
      fakeEvent('Norberg', 'Rån', '2026-11-24 18:00:00 +01:00'),
    );
    expect((await say(users.samordnare, 'polishändelser hämta')).text).toBe(
      'Polisens händelser är hämtade: 4 händelser.',
    );
    expect(police.requests[0].locationname).toBe('Fagersta');
    expect((await say(users.samordnare, 'polishändelser hämta')).text).toMatch(/försök igen om \d+ sekunder/);

    bot.clock.set(new Date('2026-12-02T12:00:00Z'));
    const review = cardOf(await say(users.samordnare, 'sammanställ'));
    const text = cardText(review);
    expect(text).toContain('Polisens publicerade händelser (Fagersta)');
    expect(text).toContain('3 händelser (förra perioden 1)');
    expect(text).toContain('- Inbrott: 2 (förra perioden 1)');
    expect(text).toContain('- Brand: 1 (förra perioden 0)');
    expect(text).toContain(`](${police.url}/aktuellt/handelser/`);
    expect(text).toContain('Samma slag: medlemmarna och Polisen');
    expect(text).toContain('- Inbrott: medlemmarna 1, Polisen 2 (Centrum 1/1)');
    expect(text).toContain('- Anlagd brand: medlemmarna 0, Polisen 1 – bara Polisen');
    expect(text).toContain('inte brottsstatistik');
    expect(text).not.toContain('källare');

    await bot.send(activities.publishHere(users.samordnare, connector.serviceUrl));
    invokeResult(await publishReviewed(bot, users.samordnare));
    const posted = JSON.stringify(connector.deliveredTo('19:rad-kanal')[0].activity);
    expect(posted).toContain('Polisens publicerade händelser (Fagersta)');
    expect(posted).toContain('- Inbrott: 2 (förra perioden 1)');
    expect(posted).not.toContain('Samma slag');
    const archived = await bot.service.repositories.publications.get(TEAM.id, PERIOD);
    expect(archived?.value.content.police).toMatchObject({ total: 3, previousTotal: 1 });

    // The month's report and the status card.
    const month = cardText(cardOf(await say(users.samordnare, 'rapport månad november 2026')));
    expect(month).toContain('Polisens publicerade händelser (Fagersta)');
    expect(month).toMatch(/Inbrott\s*\S*\s*1 · 2 = 3/);
    const status = cardText(cardOf(await say(users.samordnare, 'status')));
    expect(status).toContain('Polisens händelser: senaste hämtning');

    // The export: Markdown and the Word document have the counts per type and period.
    const group = (await bot.service.repositories.groups.get(TEAM.id))!;
    const markdown = await bot.service.deps.exports.export(group, '2026-11-01', '2026-11-30', 'md', sv);
    expect(markdown.text).toContain('## Polisens publicerade händelser (Fagersta)');
    expect(markdown.text).toContain('| Inbrott | 1 | 2 |');
    const docx = await bot.service.deps.exports.export(group, '2026-11-01', '2026-11-30', 'docx', sv);
    const xml = await (await JSZip.loadAsync(docx.text as Buffer)).file('word/document.xml')!.async('string');
    const cells = xml.replace(/<[^>]+>/g, '|');
    expect(cells).toContain('|Polisens publicerade händelser (Fagersta)|');
    expect(cells).toMatch(/\|Inbrott\|+1\|+2\|+3\|/);
  });

  test('when nothing has been fetched yet, then the lägesbild has no police section (zero would be a claim)', async () => {
    await start();
    bot.clock.set(new Date('2026-12-02T12:00:00Z'));
    expect(cardText(cardOf(await say(users.samordnare, 'sammanställ')))).not.toContain('Polisens publicerade');
    expect(police.requests).toHaveLength(0);
  });

  test('when fetching is turned off, then the command says so and nothing is called', async () => {
    await start({ POLICE_EVENTS_ENABLED: 'false' });
    expect((await say(users.samordnare, 'polishändelser hämta')).text).toContain('avstängd');
    expect(cardText(cardOf(await say(users.samordnare, 'status')))).toContain('avstängd');
    expect(police.requests).toHaveLength(0);
  });

  test('when a member who is not samordnare asks for a fetch, then it is refused and nothing is called', async () => {
    await start();
    expect((await say(users.polis, 'polishändelser hämta')).text).toBe('Det här kan bara gruppens samordnare göra.');
    expect(police.requests).toHaveLength(0);
  });

  test('when the samordnare sets location names and a type map, then the next fetch asks for them; a wrong line is refused and nothing saved', async () => {
    await start();
    const card = cardText(cardOf(await say(users.samordnare, 'inställningar')));
    expect(card).toContain('Inbrott = Inbrott');
    const base = { ...SETTINGS_FORM, handelsetyper: 'Inbrott\nKlotter' };
    const refused = invokeResult(
      await bot.send(
        activities.execute(users.samordnare, VERBS.settingsSave, {
          ...base,
          polisorter: 'Fagersta\nNorberg',
          polistyper: 'Rån = Finns inte',
        }),
      ),
    );
    expect(cardText(refused.card)).toContain(
      'Efter = ska det stå en av gruppens händelsetyper eller ett område i mallen.',
    );
    expect((await bot.service.repositories.groups.get(TEAM.id))?.police).toBeUndefined();

    await bot.send(
      activities.execute(users.samordnare, VERBS.settingsSave, {
        ...base,
        polisorter: 'Fagersta\nNorberg',
        polistyper: 'Inbrott = Inbrott\nRån = Inbrott',
      }),
    );
    expect((await bot.service.repositories.groups.get(TEAM.id))?.police).toEqual({
      locations: ['Fagersta', 'Norberg'],
      typeMap: { Inbrott: 'inbrott', Rån: 'inbrott' },
    });
    await say(users.samordnare, 'polishändelser hämta');
    expect(police.requests.at(-1)?.locationname).toBe('Fagersta;Norberg');
  });
});
