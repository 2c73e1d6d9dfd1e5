import { VERBS } from '../../src/bot/verbs';
import {
  activities,
  cardOf,
  cardText,
  createBotHarness,
  inputChoices,
  inputValues,
  invokeResult,
  PERIOD,
  SETTINGS_FORM,
  TEAM,
  users,
  type BotHarness,
} from '../helpers/bot-harness';

describe('the samordnare’s commands', () => {
  let bot: BotHarness;

  beforeEach(async () => {
    bot = await createBotHarness();
    await bot.send(activities.teamInstall(users.samordnare));
  });

  const say = async (user: (typeof users)[keyof typeof users], text: string) =>
    (await bot.send(activities.message(user, text)))[0];

  test('when the samordnare asks for status, then the card shows the period, who answered by organisation and who is missing', async () => {
    await bot.send(activities.execute(users.polis, VERBS.reportNothing, { groupId: TEAM.id, periodId: PERIOD }));
    const text = cardText(cardOf(await say(users.samordnare, 'status')));
    expect(text).toContain('Status v47–48 2026 · EST Fagersta');
    expect(text).toContain('1 av 3 (1 inget att rapportera)');
    expect(text).toContain('onsdag 2 december kl. 12:00');
    expect(text).toContain('Har inte svarat (2)');
    expect(text).toContain('Sara Samordnare, Siv Skola');
    expect(text).not.toMatch(/Per Polis/);
  });

  test.each(['status', 'påminn', 'starta period', 'medlemmar', 'inställningar'])(
    'when a member who is not samordnare writes %s, then they get a polite refusal',
    async (command) => {
      expect((await say(users.polis, command)).text).toBe('Det här kan bara gruppens samordnare göra.');
    },
  );

  test('when someone outside every group writes status, then they are told how to join', async () => {
    expect((await say(users.outsider, 'status')).text).toContain('Du är inte med i någon EST-grupp ännu.');
  });

  test.each([
    [VERBS.statusRefresh, {}],
    [VERBS.statusRemind, {}],
    [VERBS.settingsSave, { lengthDays: '7' }],
    [VERBS.membersPage, { page: 0 }],
    [VERBS.membersSave, { memberKeys: JSON.stringify(['aad-polis']), 'samordnare-0': 'true' }],
    [VERBS.commandOpen, { command: 'status' }],
  ])(
    'when a member who is not samordnare sends the card action %s, then it is refused and nothing changes',
    async (verb, data) => {
      const result = invokeResult(await bot.send(activities.execute(users.polis, verb, { groupId: TEAM.id, ...data })));
      expect(result.message).toBe('Det här kan bara gruppens samordnare göra.');
      expect((await bot.service.repositories.members.get(TEAM.id, users.polis.aadObjectId))?.role).toBe('member');
      expect(await bot.service.repositories.dispatches.listForPeriod(TEAM.id, PERIOD)).toEqual([]);
      expect((await bot.service.repositories.groups.get(TEAM.id))?.schedule.lengthDays).toBe(14);
    },
  );

  test('when status is asked for in a channel, then the answer points to the 1:1 chat', async () => {
    const channelMessage = {
      ...activities.teamInstall(users.samordnare),
      type: 'message',
      action: undefined,
      text: 'status',
    };
    const [reply] = await bot.send(channelMessage);
    expect(reply.text).toContain('Det här gör du i chatten med mig');
  });

  test('when the samordnare writes påminn twice, then two reminder rounds are created and a tick is asked for', async () => {
    expect((await say(users.samordnare, 'påminn')).text).toBe(
      'En påminnelse om v47–48 2026 skickas nu till dem som inte har svarat.',
    );
    await say(users.samordnare, 'påminn');
    const dispatches = await bot.service.repositories.dispatches.listForPeriod(TEAM.id, PERIOD);
    expect(dispatches.map((dispatch) => [dispatch.kind, dispatch.seq, dispatch.trigger])).toEqual([
      ['reminder', 1, 'manual'],
      ['reminder', 2, 'manual'],
    ]);
    expect(bot.cycleRuns).toBe(2);
  });

  test('when the samordnare starts the period by hand twice, then the prompt round is created once', async () => {
    expect((await say(users.samordnare, 'starta period')).text).toBe(
      'Uppmaningen om lägesbilden för v47–48 2026 skickas nu till alla medlemmar.',
    );
    expect((await say(users.samordnare, 'starta period')).text).toContain(
      'Uppmaningen för v47–48 2026 har redan gått ut.',
    );
    expect(await bot.service.repositories.dispatches.listForPeriod(TEAM.id, PERIOD)).toHaveLength(1);
  });

  test('when the samordnare saves an invalid schedule, then the errors stand by the fields and nothing is saved; a valid one is saved', async () => {
    const card = cardOf(await say(users.samordnare, 'inställningar'));
    expect(cardText(card)).toContain('För v47–48 2026: uppmaning måndag 30 november kl. 08:00');
    // The reminder before the prompt: refused until it is moved.
    const base = { ...SETTINGS_FORM, reminderWeekday: '1', reminderTime: '07:00' };
    const invalid = invokeResult(
      await bot.send(activities.execute(users.samordnare, VERBS.settingsSave, { ...base, anchorDate: '2025-12-30' })),
    );
    const text = cardText(invalid.card);
    expect(text).toContain('Startdagen ska vara en måndag.');
    expect(text).toContain('Påminnelsen ska skickas efter uppmaningen.');
    expect((await bot.service.repositories.groups.get(TEAM.id))?.omraden).toHaveLength(4);

    const saved = invokeResult(
      await bot.send(
        activities.execute(users.samordnare, VERBS.settingsSave, {
          ...base,
          reminderWeekday: '2',
          reminderTime: '15:30',
          omraden: 'Centrum\nKolbäck\n\nCentrum',
        }),
      ),
    );
    expect(cardText(saved.card)).toContain('Inställningarna är sparade.');
    const group = await bot.service.repositories.groups.get(TEAM.id);
    expect(group?.omraden).toEqual(['Centrum', 'Kolbäck']);
    expect(group?.schedule).toMatchObject({ reminderWeekday: 2, reminderTime: '15:30' });
  });

  test.each([
    ['an område names a person', { omraden: 'Centrum\nKalle Anderssons garage' }, 'Innehåller en personuppgift'],
    [
      'a händelsetyp holds a phone number',
      { handelsetyper: 'Klotter\nRing 070-123 45 67' },
      'Innehåller en personuppgift',
    ],
    [
      'a police location holds an e-mail address',
      { polisorter: 'Fagersta\nkalle@example.se' },
      'Innehåller en personuppgift',
    ],
    [
      'a police type line names a person',
      { polistyper: 'Inbrott = Inbrott\nElin Karlsson = Klotter' },
      'Innehåller en personuppgift',
    ],
    [
      'the police type map has too many lines',
      { polistyper: Array.from({ length: 151 }, (_, n) => `Typ ${n} = Klotter`).join('\n') },
      'Högst 150 rader.',
    ],
    ['an område is too long', { omraden: `Centrum\n${'x'.repeat(61)}` }, 'högst 60 tecken'],
    ['the council’s name names a person', { radetsNamn: 'Kalle Anderssons råd' }, 'Innehåller en personuppgift'],
    ['the council’s name is too long', { radetsNamn: 'Råd '.repeat(30) }, 'Rådets namn får vara högst 100 tecken.'],
  ])(
    'when %s, then the settings are refused with the reason by the field and nothing is saved',
    async (_what, change, reason) => {
      const before = await bot.service.repositories.groups.get(TEAM.id);
      const refused = invokeResult(
        await bot.send(activities.execute(users.samordnare, VERBS.settingsSave, { ...SETTINGS_FORM, ...change })),
      );
      expect(cardText(refused.card)).toContain(reason);
      expect(cardText(refused.card)).toContain('Något behöver rättas');
      const after = await bot.service.repositories.groups.get(TEAM.id);
      expect([after?.omraden, after?.eventTypes, after?.police, after?.councilName]).toEqual([
        before?.omraden,
        before?.eventTypes,
        before?.police,
        before?.councilName,
      ]);
    },
  );

  test('when a police location is a kommun that is also a first name, then it is kept: kommun names are not looked for names', async () => {
    const saved = invokeResult(
      await bot.send(
        activities.execute(users.samordnare, VERBS.settingsSave, { ...SETTINGS_FORM, polisorter: 'Nora\nLindesberg' }),
      ),
    );
    expect(cardText(saved.card)).toContain('Inställningarna är sparade.');
    expect((await bot.service.repositories.groups.get(TEAM.id))?.police?.locations).toEqual(['Nora', 'Lindesberg']);
  });

  test('when the samordnare removes a händelsetyp, then it is retired, not deleted: old observations keep its name, the form no longer offers it', async () => {
    const card = cardOf(await say(users.samordnare, 'inställningar'));
    const form = Object.fromEntries(
      Object.entries(inputValues(card)).map(([id, value]) => [id, typeof value === 'string' ? value : '']),
    ) as Record<string, string>;
    expect(form.handelsetyper.split('\n')).toHaveLength(12);
    expect(form.handelsetyper).toContain('Klotter');
    const withoutKlotter = form.handelsetyper
      .split('\n')
      .filter((label) => label !== 'Klotter')
      .concat('Buskörning med moped')
      .join('\n');
    const saved = invokeResult(
      await bot.send(
        activities.execute(users.samordnare, VERBS.settingsSave, {
          groupId: TEAM.id,
          ...form,
          handelsetyper: withoutKlotter,
        }),
      ),
    );
    const savedText = cardText(saved.card);
    expect(savedText).toContain('Inställningarna är sparade.');
    expect(savedText).toContain('Borttagna händelsetyper finns kvar i de rapporter som använder dem: Klotter.');
    const group = await bot.service.repositories.groups.get(TEAM.id);
    expect(group?.eventTypes.find((type) => type.id === 'klotter')).toEqual({
      id: 'klotter',
      label: 'Klotter',
      retired: true,
    });
    expect(group?.eventTypes.find((type) => type.label === 'Buskörning med moped')).toMatchObject({ retired: false });

    const reportCard = cardOf(await say(users.polis, 'rapportera'));
    const offered = inputChoices(reportCard, 'handelsetyp');
    expect(offered).toContain('Buskörning med moped');
    expect(offered).not.toContain('Klotter');

    const empty = invokeResult(
      await bot.send(
        activities.execute(users.samordnare, VERBS.settingsSave, { groupId: TEAM.id, ...form, handelsetyper: ' \n ' }),
      ),
    );
    expect(cardText(empty.card)).toContain('Ange minst en händelsetyp.');
    expect((await bot.service.repositories.groups.get(TEAM.id))?.eventTypes).toEqual(group?.eventTypes);
  });

  test('when the samordnare sets organisations, adds a samordnare and excludes a guest, then that is stored and shown in the status', async () => {
    const card = cardOf(await say(users.samordnare, 'medlemmar'));
    expect(cardText(card)).toContain('Medlemmar i EST Fagersta (3)');
    const keys = JSON.stringify(['aad-polis', 'aad-samordnare', 'aad-skola']);
    const result = invokeResult(
      await bot.send(
        activities.execute(users.samordnare, VERBS.membersSave, {
          groupId: TEAM.id,
          page: 0,
          memberKeys: keys,
          'org-0': 'Polisen',
          'samordnare-0': 'true',
          'excluded-0': 'false',
          'org-1': 'Kommunen (förvaltning)',
          'samordnare-1': 'true',
          'excluded-1': 'false',
          'org-2': 'Skola',
          'samordnare-2': 'false',
          'excluded-2': 'true',
        }),
      ),
    );
    expect(cardText(result.card)).toContain('Ändringarna är sparade.');
    const polis = await bot.service.repositories.members.get(TEAM.id, 'aad-polis');
    expect(polis).toMatchObject({ role: 'samordnare', organisation: 'Polisen' });
    expect((await bot.service.repositories.members.get(TEAM.id, 'aad-skola'))?.excluded).toBe(true);

    const status = cardText(cardOf(await say(users.samordnare, 'status')));
    expect(status).toContain('0 av 2');
    expect(status).toContain('Polisen');
    expect(status).not.toContain('Siv Skola');
  });

  test('when the last samordnare would be removed, then nothing is saved and the samordnare is told', async () => {
    const result = invokeResult(
      await bot.send(
        activities.execute(users.samordnare, VERBS.membersSave, {
          groupId: TEAM.id,
          memberKeys: JSON.stringify(['aad-samordnare']),
          'org-0': '',
          'samordnare-0': 'false',
          'excluded-0': 'false',
        }),
      ),
    );
    expect(cardText(result.card)).toContain('Gruppen måste ha minst en samordnare. Inget sparades.');
    expect((await bot.service.repositories.members.get(TEAM.id, 'aad-samordnare'))?.role).toBe('samordnare');
  });

  test('when a member leaves the team, then they are no longer counted; when they come back, they are again', async () => {
    await bot.send(activities.teamMembersChange('membersRemoved', [users.skola]));
    expect((await bot.service.repositories.members.get(TEAM.id, 'aad-skola'))?.active).toBe(false);
    expect(cardText(cardOf(await say(users.samordnare, 'status')))).toContain('0 av 2');

    await bot.send(activities.teamMembersChange('membersAdded', [users.skola]));
    expect((await bot.service.repositories.members.get(TEAM.id, 'aad-skola'))?.active).toBe(true);
    expect(cardText(cardOf(await say(users.samordnare, 'status')))).toContain('0 av 3');
  });
});
