import { VERBS } from '../../src/bot/verbs';
import { situationPictureCard, PICTURE_CARD_MAX_BYTES } from '../../src/cards/situation-picture.card';
import { compileSituationPicture } from '../../src/domain/compile';
import { defaultEventTypes } from '../../src/domain/event-types';
import { DEFAULT_AREA_LABELS } from '../../src/domain/group';
import type { InsatsSection } from '../../src/domain/insats-follow-up';
import { periodById } from '../../src/domain/periods';
import type { Observation } from '../../src/domain/report';
import { sv } from '../../src/i18n/sv';
import {
  activities,
  cardOf,
  cardText,
  createBotHarness,
  invokeResult,
  OBSERVATION_FORM,
  publishReviewed,
  PERIOD,
  TEAM,
  users,
  type BotHarness,
} from '../helpers/bot-harness';
import { useConnectorFake } from '../helpers/connector-fake';
import { SCHEDULE } from '../helpers/seed';

// Serious and reported to the police, so the compiled figures have something to show.
const observation = { ...OBSERVATION_FORM, bedomning: 'hog', polisanmalt: 'ja' };

describe('compiling, reviewing and publishing the lägesbild', () => {
  const fake = useConnectorFake();
  let bot: BotHarness;

  beforeEach(async () => {
    bot = await createBotHarness();
    await bot.send(activities.teamInstall(users.samordnare));
    await bot.send(
      activities.execute(users.polis, VERBS.reportSubmit, { groupId: TEAM.id, periodId: PERIOD, ...observation }),
    );
    await bot.send(activities.execute(users.skola, VERBS.reportNothing, { groupId: TEAM.id, periodId: PERIOD }));
    bot.clock.set(new Date('2026-12-02T12:00:00Z'));
  });

  const say = async (user: (typeof users)[keyof typeof users], text: string) =>
    (await bot.send(activities.message(user, text)))[0];
  const chooseChannel = (user: (typeof users)[keyof typeof users]) =>
    bot.send(activities.publishHere(user, fake.serviceUrl));
  const publish = (user: (typeof users)[keyof typeof users], texts: Record<string, string> = {}) =>
    publishReviewed(bot, user, { inputs: texts });

  test('when the samordnare compiles after the deadline, then the review card shows participation, areas and the organisations, not who wrote what', async () => {
    const text = cardText(cardOf(await say(users.samordnare, 'sammanställ')));
    expect(text).toContain('Gemensam lägesbild v47–48 2026 · EST Fagersta');
    expect(text).toContain('2 av 3 (saknas: Sara Samordnare)');
    expect(text).toContain('Ordningsstörning och otrygghet: 0 → 1');
    expect(text).toContain('1 observation (förra perioden 0) · 1 med hög bedömning · 100 % polisanmälda');
    expect(text).toContain(
      'Klotter och en grupp som skapar otrygghet vid busshållplatsen. (hög, 20 nov., kväll; Organisation ej angiven; polisanmält)',
    );
    expect(text).toContain('Förhandsgranskning');
    // The compact trend line beside the bar chart: each area over the last six periods.
    expect(text).toContain('Per område i mallen, de senaste 6 perioderna');
    expect(text).not.toContain('Per Polis');
  });

  test('when the samordnare compiles a period before its deadline, then its trend line ends at the last closed period: no point of a period still open', async () => {
    // Tuesday 1 December: v47–48 is open until Wednesday 12:00.
    bot.clock.set(new Date('2026-12-01T10:00:00Z'));
    const card = cardOf(await say(users.samordnare, 'sammanställ'));
    expect(cardText(card)).toContain('Gemensam lägesbild v47–48 2026 · EST Fagersta');
    // Its one observation is in v47–48 itself, so the closed periods before it have nothing to draw.
    expect(cardText(card)).toContain('Ordningsstörning och otrygghet: 0 → 1');
    expect(cardText(card)).not.toContain('Per område i mallen, de senaste');
    expect(JSON.stringify(card.body)).not.toContain('"x":"v47"');
  });

  test('when observations carry händelsetyper, then the review card and the monthly report count them; the one stored without a type still counts in its area', async () => {
    bot.clock.set(new Date('2026-11-27T12:00:00Z'));
    await bot.send(
      activities.execute(users.samordnare, VERBS.reportSubmit, {
        groupId: TEAM.id,
        periodId: PERIOD,
        ...observation,
        handelsetyp: 'klotter',
        forslag: 'Sanera klottret snabbare',
      }),
    );
    const stored = await bot.service.repositories.reports.getReport(TEAM.id, PERIOD, users.samordnare.aadObjectId);
    expect(stored?.value.observations[0]).toMatchObject({
      eventTypeId: 'klotter',
      suggestedInsats: 'Sanera klottret snabbare',
    });
    bot.clock.set(new Date('2026-12-02T12:00:00Z'));
    const text = cardText(cardOf(await say(users.samordnare, 'sammanställ')));
    expect(text).toContain('Händelsetyper');
    expect(text).toContain('- Klotter: 1 (förra perioden 0)');
    expect(text).toContain('Ordningsstörning och otrygghet: 0 → 2');
    expect(text).toContain('Klotter: Klotter och en grupp');
    const month = cardText(cardOf(await say(users.samordnare, 'rapport månad november 2026')));
    expect(month).toContain('Händelsetyper');
  });

  test('when the samordnare asks for the monthly report, then it lists the month’s periods and series per area', async () => {
    const card = cardOf(await say(users.samordnare, 'rapport månad november 2026'));
    const text = cardText(card);
    expect(text).toContain('Månadsrapport november 2026 · EST Fagersta');
    // The same charts as trender, with their text fallback.
    expect(JSON.stringify(card)).toContain('"type":"Chart.Line"');
    expect(text).toContain('Observationer per område i mallen och period');
    expect(text).toContain('v47–48 2026');
    expect(text).toContain('svarat 2 av 3, 1 observation');
    // v49–50 begins on 30 November and is still open: said as running, not a zero in the series.
    expect(text).toContain('0 · 1 = 1');
    expect(text).toContain('v49–50 2026 pågår: 0 av 3 har svarat hittills.');
    expect((await say(users.samordnare, 'rapport månad blå')).text).toContain('rapport månad november 2026');
    expect((await say(users.polis, 'rapport år')).text).toBe('Det här kan bara gruppens samordnare göra.');
  });

  test('when a member who is not samordnare asks to compile or publish, then they are refused', async () => {
    expect((await say(users.polis, 'sammanställ')).text).toBe('Det här kan bara gruppens samordnare göra.');
    const forged = activities.execute(users.polis, VERBS.picturePublish, { groupId: TEAM.id, periodId: PERIOD });
    expect(invokeResult(await bot.send(forged)).message).toBe('Det här kan bara gruppens samordnare göra.');
    const [reply] = await chooseChannel(users.polis);
    expect(reply.text).toBe('Det här kan bara gruppens samordnare göra.');
    expect((await bot.service.repositories.groups.get(TEAM.id))?.council).toBeUndefined();
  });

  test('when no council channel is chosen, then publishing says how to choose one and keeps the texts', async () => {
    const result = invokeResult(await publish(users.samordnare, { analysis: 'Oron i Centrum ökar.' }));
    const text = cardText(result.card);
    expect(text).toContain('Ingen kanal för rådet är vald.');
    expect(text).toContain('Oron i Centrum ökar.');
    expect(await bot.service.repositories.publications.get(TEAM.id, PERIOD)).toBeUndefined();
  });

  test('when the samordnare publishes twice, then one post reaches the council channel and one immutable archive record is kept', async () => {
    const [chosen] = await chooseChannel(users.samordnare);
    expect(chosen.text).toBe('Lägesbilden för EST Fagersta publiceras hädanefter här i Trygghetsrådet – Lägesbild.');

    const first = invokeResult(await publish(users.samordnare, { analysis: 'Oron i Centrum ökar.' }));
    expect(cardText(first.card)).toContain('Publicerad av Sara Samordnare');
    const second = invokeResult(await publish(users.samordnare, { analysis: 'Något annat' }));
    expect(second.message).toContain('publicerades redan');

    const posts = fake.deliveredTo('19:rad-kanal');
    expect(posts).toHaveLength(1);
    const posted = JSON.stringify(posts[0].activity);
    expect(posted).toContain('Oron i Centrum ökar.');
    expect(posted).not.toContain('Per Polis');
    // The channel names no individual: who did not answer is counted by organisation.
    expect(posted).toContain('2 av 3 svarade; saknas: Organisation ej angiven');
    expect(posted).not.toContain('saknas: Sara');

    const archived = await bot.service.repositories.publications.get(TEAM.id, PERIOD);
    expect(archived?.value).toMatchObject({
      state: 'published',
      publishedBy: { name: 'Sara Samordnare' },
      channel: { channelId: '19:rad-kanal', name: 'Trygghetsrådet – Lägesbild' },
      content: {
        analysis: 'Oron i Centrum ökar.',
        insatser: '',
        insatsSection: { created: [], changed: [], overdue: [], done: [] },
      },
      activityId: posts[0].activityId,
    });
    expect(archived?.value.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(archived?.value.content.picture.participation.missing).toEqual([]);

    const list = cardText(cardOf(await say(users.samordnare, 'arkiv')));
    expect(list).toContain('v47–48 2026: publicerad');
    const shown = invokeResult(
      await bot.send(activities.execute(users.samordnare, VERBS.archiveShow, { groupId: TEAM.id, periodId: PERIOD })),
    );
    expect(cardText(shown.card)).toContain('Oron i Centrum ökar.');
  });

  test('when a lägesbild was archived before the channel stopped naming people, then arkiv shows it as it was published', async () => {
    const group = (await bot.service.repositories.groups.get(TEAM.id))!;
    const period = bot.service.deps.situationPictures.periodFor(group, undefined)!;
    const compiled = await bot.service.deps.situationPictures.compile(group, period);
    await bot.service.repositories.publications.create({
      groupId: TEAM.id,
      periodId: PERIOD,
      content: { picture: compiled.picture, analysis: '', insatser: '' },
      contentHash: 'f'.repeat(64),
      publishedBy: { memberKey: 'x', name: 'Sara Samordnare' },
      publishedAt: new Date('2026-12-02T13:00:00Z'),
      channel: { teamId: '19:rad-team', channelId: '19:rad-kanal', name: 'Rådet' },
      state: 'published',
    });
    const shown = cardText(
      invokeResult(
        await bot.send(activities.execute(users.samordnare, VERBS.archiveShow, { groupId: TEAM.id, periodId: PERIOD })),
      ).card,
    );
    expect(shown).toContain('2 av 3 (saknas: Sara Samordnare)');
  });

  /** The group's pledge for 2026, with one activity (pågår) in one focus area. */
  const createPledgeWith = (activity: { description: string; ownerParty: string; due: string }) =>
    bot.service.repositories.pledges.create({
      id: 'p',
      groupId: TEAM.id,
      title: 'Medborgarlöfte 2026',
      start: '2026-01-01',
      end: '2026-12-31',
      parties: ['polisen', 'kommunen'],
      focusAreas: [{ id: 'f', name: 'Trafik', problem: '' }],
      activities: [{ id: 'a', focusAreaId: 'f', status: 'pagar', ...activity }],
    });

  test('when a medborgarlöften activity is due, then the lägesbild lists it, also as published and archived', async () => {
    const group = await bot.service.repositories.groups.get(TEAM.id);
    await createPledgeWith({ description: 'Trygghetsvandring i Centrum', ownerParty: 'kommunen', due: '2026-12-10' });
    expect(group).toBeDefined();
    const review = cardText(cardOf(await say(users.samordnare, 'sammanställ')));
    expect(review).toContain('Medborgarlöften: aktiviteter att följa upp');
    expect(review).toContain('Trygghetsvandring i Centrum (Kommunen) klar senast 2026-12-10');
    await chooseChannel(users.samordnare);
    await publish(users.samordnare);
    expect(JSON.stringify(fake.deliveredTo('19:rad-kanal')[0].activity)).toContain(
      'Trygghetsvandring i Centrum (Kommunen) klar senast 2026-12-10',
    );
    expect((await bot.service.repositories.publications.get(TEAM.id, PERIOD))?.value.content.pledgesDue).toEqual([
      { description: 'Trygghetsvandring i Centrum', ownerParty: 'kommunen', due: '2026-12-10', overdue: false },
    ]);
  });

  test('when a lägesbild with the medborgarlöften status is published, then arkiv shows that status as it was published', async () => {
    await createPledgeWith({ description: 'Hastighetskontroller', ownerParty: 'polisen', due: '2026-12-20' });
    await chooseChannel(users.samordnare);
    await publish(users.samordnare);
    const archived = await bot.service.repositories.publications.get(TEAM.id, PERIOD);
    expect(archived?.value.content.pledgeStatus).toEqual([
      {
        title: 'Medborgarlöfte 2026',
        counts: { 'ej-paborjad': 0, pagar: 1, genomford: 0, forsenad: 0, installd: 0 },
        changed: expect.any(Array),
      },
    ]);
    // The pledge changes afterwards; the archive still shows what the council saw.
    await bot.service.repositories.pledges.replace(
      { ...(await bot.service.repositories.pledges.get(TEAM.id, 'p'))!.value, title: 'Ändrad rubrik' },
      (await bot.service.repositories.pledges.get(TEAM.id, 'p'))!.etag,
    );
    const shown = cardText(
      invokeResult(
        await bot.send(activities.execute(users.samordnare, VERBS.archiveShow, { groupId: TEAM.id, periodId: PERIOD })),
      ).card,
    );
    expect(shown).toContain('Medborgarlöfte 2026');
    expect(shown).not.toContain('Ändrad rubrik');
  });

  test('when the analysis contains a phone number, then nothing is published and the number is masked on the card', async () => {
    await chooseChannel(users.samordnare);
    const result = invokeResult(await publish(users.samordnare, { analysis: 'Ring 070-123 45 67 om det händer igen' }));
    const text = cardText(result.card);
    expect(text).toContain('Analys innehöll ett telefonnummer.');
    expect(text).toContain('Ring [***] om det händer igen');
    expect(fake.delivered).toHaveLength(0);
    expect(await bot.service.repositories.publications.get(TEAM.id, PERIOD)).toBeUndefined();
  });
});

describe('the size of the published card', () => {
  test('when 20 members report 10 observations each with the longest texts, then the card stays under the limit and says what was left out', () => {
    const schedule = SCHEDULE;
    const areas = DEFAULT_AREA_LABELS.map((label, n) => ({ id: `a${n}`, label }));
    const reports = Array.from({ length: 20 }, (_, m) => ({
      groupId: 'g',
      periodId: '2026-W47',
      memberKey: `m${m}`,
      organisation: `Organisation ${m % 7}`,
      nothingToReport: false,
      version: 1,
      contentHash: 'h',
      submittedAt: new Date(),
      observations: Array.from({ length: 10 }, (_, o): Observation => ({
        id: `${m}-${o}`,
        areaId: `a${(m + o) % 6}`,
        omrade: ['Centrum', 'Västanfors', 'Kolarbyn', 'Norra Fagersta'][o % 4],
        omradeIsOther: false,
        place: `Plats ${o}`,
        description: 'ö'.repeat(1000),
        assessment: 'medel',
        trend: 'okar',
        policeReported: 'nej',
      })),
    }));
    const picture = compileSituationPicture({
      groupId: 'g',
      periodId: '2026-W47',
      previousPeriodId: '2026-W45',
      areas,
      eventTypes: defaultEventTypes(),
      members: [],
      reports,
      previousReports: [],
    });
    const group = {
      id: 'g',
      tenantId: 't',
      name: 'EST',
      serviceUrl: '',
      areas,
      omraden: [],
      eventTypes: defaultEventTypes(),
      schedule,
      installedAt: new Date(),
    };
    const { card, leftOut } = situationPictureCard(
      {
        picture,
        group,
        period: periodById(schedule, '2026-W47')!,
        previousPeriod: periodById(schedule, '2026-W45')!,
        compiledAt: new Date(),
        analysis: 'a'.repeat(4000),
        insatser: Object.fromEntries(
          (['created', 'changed', 'overdue', 'done'] as const).map((list) => [
            list,
            Array.from({ length: 30 }, (_, n) => ({
              number: n + 1,
              what: 'i'.repeat(300),
              omrade: 'Centrum',
              place: 'p'.repeat(100),
              ownerOrganisation: 'Kommunalteknik (belysning, parker)',
              due: '2026-12-01',
              status: 'forsenad' as const,
              comment: 'c'.repeat(500),
              effect: { kind: 'measured' as const, direction: 'minskar' as const, periods: 3, before: 9, after: 2 },
            })),
          ]),
        ) as unknown as InsatsSection,
        legacyInsatser: 'i'.repeat(4000),
        pledgeStatus: [
          {
            title: 'Löfte',
            counts: { 'ej-paborjad': 1, pagar: 2, genomford: 3, forsenad: 0, installd: 0 },
            changed: [{ description: 'x'.repeat(1000), status: 'genomford' }],
          },
        ],
        pledgesDue: Array.from({ length: 10 }, (_, n) => ({
          description: 'd'.repeat(1000),
          ownerParty: 'polisen',
          due: '2026-12-01',
          overdue: n % 2 === 0,
        })),
        mode: { kind: 'published', by: 'Sara', at: new Date(), channel: 'Rådet', byOrganisation: true },
      },
      sv,
    );
    expect(Buffer.byteLength(JSON.stringify(card), 'utf8')).toBeLessThanOrEqual(PICTURE_CARD_MAX_BYTES);
    expect(leftOut).toBeGreaterThan(0);
    expect(JSON.stringify(card)).toContain(`${leftOut} observationer får inte plats här`);
  });
});
