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

const observation = OBSERVATION_FORM;

describe('reporting in the 1:1 chat', () => {
  let bot: BotHarness;

  beforeEach(async () => {
    bot = await createBotHarness();
    await bot.send(activities.teamInstall(users.samordnare));
  });

  const stored = () => bot.service.repositories.reports.getReport(TEAM.id, PERIOD, users.polis.aadObjectId);

  test('when the bot is installed in a team, then the team, its channels and members are recorded and the installer is samordnare', async () => {
    const group = await bot.service.repositories.groups.get(TEAM.id);
    expect(group).toMatchObject({ name: 'EST Fagersta', tenantId: 'tenant-0001' });
    expect(group?.areas).toHaveLength(6);
    expect(group?.omraden).toEqual(['Centrum', 'Västanfors', 'Kolarbyn', 'Norra Fagersta']);
    const members = await bot.service.repositories.members.listByGroup(TEAM.id);
    expect(members.map((member) => [member.name, member.role]).sort()).toEqual([
      ['Per Polis', 'member'],
      ['Sara Samordnare', 'samordnare'],
      ['Siv Skola', 'member'],
    ]);
    const channels = await bot.service.repositories.groups.listChannels(TEAM.id);
    expect(channels.map((channel) => channel.name).sort()).toEqual(['General', 'Trygghetsrådet']);
  });

  test('when a second install event arrives, then roles are kept and no second welcome is posted', async () => {
    const replies = await bot.send(activities.teamInstall(users.polis));
    expect(replies.filter((reply) => reply.type === 'message')).toHaveLength(0);
    expect((await bot.service.repositories.members.get(TEAM.id, users.samordnare.aadObjectId))?.role).toBe(
      'samordnare',
    );
    expect((await bot.service.repositories.members.get(TEAM.id, users.polis.aadObjectId))?.role).toBe('member');
  });

  test('when a member writes, then their 1:1 conversation reference is stored', async () => {
    await bot.send(activities.message(users.polis, 'hjälp'));
    const conversation = await bot.service.repositories.conversations.getPersonal(users.polis.aadObjectId);
    expect(conversation).toMatchObject({ conversationId: 'a:personal-29:polis', tenantId: 'tenant-0001' });
    expect(conversation?.reference).toMatchObject({ conversation: { id: 'a:personal-29:polis' } });
  });

  test('when a member types rapportera, then the card for the current period is shown in Swedish', async () => {
    const replies = await bot.send(activities.message(users.polis, 'rapportera'));
    const text = cardText(cardOf(replies[0]));
    expect(text).toContain('Lägesbild v47–48 2026');
    expect(text).toContain('lämnas senast onsdag 2 december kl. 12:00');
    expect(text).toContain('Inget att rapportera');
  });

  test('when a member adds two observations and sends, then one report with both is stored and a receipt is shown', async () => {
    const first = invokeResult(
      await bot.send(
        activities.execute(users.polis, VERBS.reportAddObservation, {
          groupId: TEAM.id,
          periodId: PERIOD,
          ...observation,
        }),
      ),
    );
    expect(cardText(first.card)).toContain('Observationen är tillagd');
    expect(cardText(first.card)).toContain('Din observation (1)');

    const second = invokeResult(
      await bot.send(
        activities.execute(users.polis, VERBS.reportSubmit, {
          groupId: TEAM.id,
          periodId: PERIOD,
          ...observation,
          omrade: 'annat',
          omradeAnnat: 'Kolbäck',
          plats: '',
          datum: '',
          tidpunkt: 'natt',
          beskrivning: 'Källarinbrott, klotter och höga hastigheter i Kolbäck',
          bedomning: 'hog',
        }),
      ),
    );
    const receipt = cardText(second.card);
    expect(receipt).toContain('Tack! Din lägesbild är mottagen');
    expect(receipt).toContain('2 observationer');

    const report = await stored();
    expect(report?.value).toMatchObject({ version: 1, nothingToReport: false });
    expect(report?.value.observations.map((item) => [item.omrade, item.omradeIsOther, item.assessment])).toEqual([
      ['Centrum', false, 'medel'],
      ['Kolbäck', true, 'hog'],
    ]);
  });

  test('when the same report is sent twice, then one version is stored; a changed one becomes version 2 and version 1 is kept', async () => {
    const submit = { groupId: TEAM.id, periodId: PERIOD, ...observation };
    await bot.send(activities.execute(users.polis, VERBS.reportSubmit, submit));
    await bot.send(activities.execute(users.polis, VERBS.reportSubmit, { groupId: TEAM.id, periodId: PERIOD }));
    expect((await stored())?.value.version).toBe(1);

    const edit = invokeResult(
      await bot.send(activities.execute(users.polis, VERBS.reportEdit, { groupId: TEAM.id, periodId: PERIOD })),
    );
    expect(cardText(edit.card)).toContain('Din observation (1)');
    await bot.send(activities.execute(users.polis, VERBS.reportSubmit, { groupId: TEAM.id, periodId: PERIOD }));
    expect((await stored())?.value.version).toBe(1);

    await bot.send(activities.execute(users.polis, VERBS.reportEdit, { groupId: TEAM.id, periodId: PERIOD }));
    await bot.send(
      activities.execute(users.polis, VERBS.reportSubmit, {
        groupId: TEAM.id,
        periodId: PERIOD,
        ...observation,
        bedomning: 'hog',
      }),
    );
    expect((await stored())?.value).toMatchObject({ version: 2 });
    expect((await stored())?.value.observations).toHaveLength(2);

    const context = (await bot.service.deps.reports.context(users.polis.aadObjectId, TEAM.id, PERIOD))!;
    const versions = await bot.service.deps.reports.versions(context);
    expect(versions.map((version) => [version.version, version.observations.length])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  test('when a member answers "inget att rapportera", then that is stored with one click', async () => {
    const result = invokeResult(
      await bot.send(activities.execute(users.skola, VERBS.reportNothing, { groupId: TEAM.id, periodId: PERIOD })),
    );
    expect(cardText(result.card)).toContain('Du har inget att rapportera den här perioden.');
    const report = await bot.service.repositories.reports.getReport(TEAM.id, PERIOD, users.skola.aadObjectId);
    expect(report?.value).toMatchObject({ nothingToReport: true, observations: [], version: 1 });
  });

  test('when "inget att rapportera" is clicked with observations in the draft, then nothing is lost and the member is told', async () => {
    await bot.send(
      activities.execute(users.polis, VERBS.reportAddObservation, {
        groupId: TEAM.id,
        periodId: PERIOD,
        ...observation,
      }),
    );
    const result = invokeResult(
      await bot.send(activities.execute(users.polis, VERBS.reportNothing, { groupId: TEAM.id, periodId: PERIOD })),
    );
    expect(cardText(result.card)).toContain('Du har 1 observation i rapporten');
    expect(await stored()).toBeUndefined();
    const slot = await bot.service.repositories.reports.getDraft(TEAM.id, PERIOD, users.polis.aadObjectId);
    expect(slot.draft?.observations).toHaveLength(1);
  });

  test('when the Action.Submit fallback is used, then the same handler stores the report and updates the card', async () => {
    await bot.send(
      activities.submit(users.polis, VERBS.reportSubmit, { groupId: TEAM.id, periodId: PERIOD, ...observation }),
    );
    expect((await stored())?.value.observations).toHaveLength(1);
    const updated = bot.updated();
    expect(updated).toHaveLength(1);
    expect(updated[0].id).toBe('card-activity-1');
    expect(cardText(cardOf(updated[0]))).toContain('Tack! Din lägesbild är mottagen');
  });

  test('when a field is missing, then the same card comes back with the error next to the field and the input kept', async () => {
    const result = invokeResult(
      await bot.send(
        activities.execute(users.polis, VERBS.reportAddObservation, {
          groupId: TEAM.id,
          periodId: PERIOD,
          ...observation,
          beskrivning: '',
          bedomning: '',
        }),
      ),
    );
    const text = cardText(result.card);
    expect(text).toContain('Beskrivning måste fyllas i.');
    expect(text).toContain('Bedömning måste fyllas i.');
    expect(text).toContain('Stationsparken');
    const body = JSON.stringify(result.card);
    expect(body.indexOf('"id":"beskrivning"')).toBeLessThan(body.indexOf('Beskrivning måste fyllas i.'));
    expect(body.indexOf('Beskrivning måste fyllas i.')).toBeLessThan(body.indexOf('"id":"bedomning"'));
    const slot = await bot.service.repositories.reports.getDraft(TEAM.id, PERIOD, users.polis.aadObjectId);
    expect(slot.draft).toBeUndefined();
  });

  test('when the text contains a personnummer, then it is refused in Swedish, masked on the card and not stored', async () => {
    const result = invokeResult(
      await bot.send(
        activities.execute(users.polis, VERBS.reportSubmit, {
          groupId: TEAM.id,
          periodId: PERIOD,
          ...observation,
          beskrivning: 'Bråk utanför, en av dem var 19811218-9876 enligt vakten',
        }),
      ),
    );
    const text = cardText(result.card);
    expect(text).toContain('Beskrivning innehöll ett personnummer');
    expect(JSON.stringify(result.card)).not.toContain('9876');
    expect(text).toContain('Bråk utanför, en av dem var [***] enligt vakten');
    expect(await stored()).toBeUndefined();
    const slot = await bot.service.repositories.reports.getDraft(TEAM.id, PERIOD, users.polis.aadObjectId);
    expect(slot.etag).toBeUndefined();
  });

  test('when the deadline has passed, then the report cannot be changed and the member is told clearly', async () => {
    await bot.send(
      activities.execute(users.polis, VERBS.reportSubmit, { groupId: TEAM.id, periodId: PERIOD, ...observation }),
    );
    bot.clock.set(new Date('2026-12-02T11:00:01Z'));
    const result = invokeResult(
      await bot.send(activities.execute(users.polis, VERBS.reportEdit, { groupId: TEAM.id, periodId: PERIOD })),
    );
    expect(result.message).toBe(
      'Rapporteringen för v47–48 2026 stängde onsdag 2 december kl. 12:00. Rapporten kan inte längre lämnas eller ändras. Kontakta samordnaren om något viktigt saknas.',
    );
    expect((await stored())?.value.version).toBe(1);
  });

  test('when the member writes rapportera after the deadline, then the next period opens', async () => {
    bot.clock.set(new Date('2026-12-02T11:00:01Z'));
    const replies = await bot.send(activities.message(users.polis, 'rapportera'));
    expect(cardText(cardOf(replies[0]))).toContain('Lägesbild v49–50 2026');
  });

  test('when someone outside the group acts on a card, then they are refused and nothing is stored', async () => {
    const result = invokeResult(
      await bot.send(activities.execute(users.outsider, VERBS.reportNothing, { groupId: TEAM.id, periodId: PERIOD })),
    );
    expect(result.message).toBe('Du är inte medlem i den här EST-gruppen och kan inte rapportera för den.');
    expect(
      await bot.service.repositories.reports.getReport(TEAM.id, PERIOD, users.outsider.aadObjectId),
    ).toBeUndefined();
  });

  test('when someone in no group types rapportera, then they are told how to join', async () => {
    const replies = await bot.send(activities.message(users.outsider, 'rapportera'));
    expect(replies[0].text).toContain('Du är inte med i någon EST-grupp ännu.');
  });

  test('when the Teams locale is English, then the card and messages are in English', async () => {
    const replies = await bot.send(activities.message(users.polis, 'report', 'en-US'));
    expect(cardText(cardOf(replies[0]))).toContain('Situation picture weeks 47–48 2026');
    const help = await bot.send(activities.message(users.polis, 'help', 'en-GB'));
    expect(help[0].text).toContain('**report**');
  });

  test('when a member asks for hjälp or writes something unknown, then they get help in Swedish', async () => {
    const help = await bot.send(activities.message(users.polis, 'hjälp'));
    expect(help[0].text).toContain('**rapportera**');
    const unknown = await bot.send(activities.message(users.polis, 'vad är klockan?'));
    expect(unknown[0].text).toBe(
      'Det förstod jag inte. Skriv **rapportera** för att lämna din lägesbild, eller **hjälp** för att se vad jag kan.',
    );
  });

  test('when a card arrives with a tampered period, then it is refused and nothing changes', async () => {
    const result = invokeResult(
      await bot.send(activities.execute(users.polis, VERBS.reportNothing, { groupId: TEAM.id, periodId: '2026-W48' })),
    );
    expect(result.message).toBe(
      'Det här kortet går inte längre att använda. Skriv **rapportera** för att få ett nytt.',
    );
    expect(await stored()).toBeUndefined();
  });
});
