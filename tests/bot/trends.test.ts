import { VERBS } from '../../src/bot/verbs';
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
} from '../helpers/bot-harness';

describe('trender', () => {
  let bot: BotHarness;

  beforeEach(async () => {
    bot = await createBotHarness();
    await bot.send(activities.teamInstall(users.samordnare));
    await bot.send(
      activities.execute(users.polis, VERBS.reportSubmit, {
        groupId: TEAM.id,
        periodId: PERIOD,
        ...OBSERVATION_FORM,
        handelsetyp: 'klotter',
      }),
    );
    bot.clock.set(new Date('2026-12-02T12:00:00Z'));
  });

  test('when the samordnare asks for trends, then the card has the charts with their fallbacks over six periods', async () => {
    const card = cardOf((await bot.send(activities.message(users.samordnare, 'trender')))[0]);
    const text = cardText(card);
    expect(text).toContain('Trender · EST Fagersta');
    expect(text).toContain('v37–38 2026 – v47–48 2026 (6 perioder)');
    expect(JSON.stringify(card)).toContain('"type":"Chart.Line"');
    expect(text).toContain('Centrum');
    expect(text).toContain('Klotter');
  });

  test('when a period is still open for reports, then the series end at the last closed period and the open one is said as running, never a zero', async () => {
    // Tuesday 1 December: v47–48 is open until Wednesday 12:00, and v49–50 has begun.
    bot.clock.set(new Date('2026-12-01T10:00:00Z'));
    const before = cardText(cardOf((await bot.send(activities.message(users.samordnare, 'trender')))[0]));
    expect(before).toContain('v35–36 2026 – v45–46 2026 (6 perioder)');
    expect(before).toContain(
      'v47–48 2026 pågår: 1 av 3 har svarat hittills. Perioden räknas in när rapporteringen stänger onsdag 2 december kl. 12:00.',
    );
    expect(before).toContain('v49–50 2026 pågår: 0 av 3 har svarat hittills.');
    // Its one observation is not counted yet: no chart of zeros, a sentence.
    expect(before).toContain('Inga observationer under perioden.');

    // Saturday 5 December: v47–48 has closed and is the last point; v49–50, three days old, is running.
    bot.clock.set(new Date('2026-12-05T11:00:00Z'));
    const card = cardOf((await bot.send(activities.message(users.samordnare, 'trender')))[0]);
    expect(cardText(card)).toContain('v37–38 2026 – v47–48 2026 (6 perioder)');
    expect(cardText(card)).toContain('v49–50 2026 pågår: 0 av 3 har svarat hittills.');
    const line = JSON.stringify(card.body).match(/"type":"Chart\.Line".*?"data":(\[.*?\])\}/)?.[1];
    expect(line).toContain('"x":"v47"');
    expect(line).not.toContain('v49');
  });

  test('when the samordnare filters to an område without observations, then the card says so', async () => {
    const result = invokeResult(
      await bot.send(
        activities.execute(users.samordnare, VERBS.trendsShow, { groupId: TEAM.id, span: '13', omrade: 'Västanfors' }),
      ),
    );
    const text = cardText(result.card);
    expect(text).toContain('(13 perioder)');
    expect(text).toContain('Inga observationer under perioden.');
  });

  test('when the samordnare writes trender with an @mention in the team channel, then the card is posted there', async () => {
    const [reply] = await bot.send({
      ...activities.teamInstall(users.samordnare),
      type: 'message',
      action: undefined,
      text: 'trender',
    });
    expect(cardText(cardOf(reply))).toContain('Trender · EST Fagersta');
  });

  test('when a member who is not samordnare writes trender in the channel, then they are told that only the samordnare can', async () => {
    const [reply] = await bot.send({
      ...activities.teamInstall(users.polis),
      type: 'message',
      action: undefined,
      text: 'trender',
    });
    expect(reply.text).toBe('Det här kan bara gruppens samordnare göra.');
  });
});
