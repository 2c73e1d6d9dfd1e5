import { VERBS } from '../../src/bot/verbs';
import type { Pledge } from '../../src/domain/pledge';
import { parsePledgeCsv, pledgeSourceKey } from '../../src/domain/pledge-document';
import {
  activities,
  cardOf,
  cardText,
  createBotHarness,
  inputValues,
  invokeResult,
  TEAM,
  users,
  type BotHarness,
} from '../helpers/bot-harness';

const CSV = [
  'titel,start,slut,parter,fokusomrade,problem,aktivitet,agare,ansvarig,aktivitet_start,klart,mal',
  'Medborgarlöfte 2026,2026-01-01,2026-12-31,polisen;kommunen,Narkotikaproblematik i centrummiljön,Narkotika i centrum,Skol- och fritidsgårdsbesök,polisen,Per Polis,,2026-12-15,minst tio besök',
  ',,,,Upplevd otrygghet i trafiken,,Trafikkontroller vid skolor,polisen,,,2026-10-31,',
].join('\n');

describe('medborgarlöften in Teams', () => {
  let bot: BotHarness;
  let pledge: Pledge;

  beforeEach(async () => {
    bot = await createBotHarness();
    await bot.send(activities.teamInstall(users.samordnare));
    const group = await bot.service.repositories.groups.get(TEAM.id);
    const document = parsePledgeCsv(CSV);
    if (!document.ok || !group) throw new Error('fixture');
    const imported = await bot.service.deps.pledges.importDocument(group, document.document, pledgeSourceKey(CSV));
    if (!imported.ok) throw new Error('import');
    pledge = imported.pledge;
  });

  const say = async (user: (typeof users)[keyof typeof users], text: string) =>
    (await bot.send(activities.message(user, text)))[0];
  const open = (user: (typeof users)[keyof typeof users], index: number) =>
    bot.send(
      activities.execute(user, VERBS.pledgeStatusOpen, {
        groupId: TEAM.id,
        pledgeId: pledge.id,
        activityId: pledge.activities[index].id,
      }),
    );
  const save = (user: (typeof users)[keyof typeof users], index: number, data: Record<string, string>) =>
    bot.send(
      activities.execute(user, VERBS.pledgeStatusSave, {
        groupId: TEAM.id,
        pledgeId: pledge.id,
        activityId: pledge.activities[index].id,
        ...data,
      }),
    );

  test('when a member writes löften, then the pledge shows with its focus areas and each activity’s status, late ones as försenad', async () => {
    const text = cardText(cardOf(await say(users.skola, 'löften')));
    expect(text).toContain('Medborgarlöften · EST Fagersta');
    expect(text).toContain('Narkotikaproblematik i centrummiljön');
    expect(text).toContain(
      'Skol- och fritidsgårdsbesök (Polisen, klart senast 2026-12-15, mål: minst tio besök) · **Ej påbörjad**',
    );
    expect(text).toContain('Trafikkontroller vid skolor (Polisen, klart senast 2026-10-31) · **Försenad**');
  });

  test('when the owner person sets genomförd with a comment, then it is saved and kept; another member is refused', async () => {
    expect(cardText(invokeResult(await open(users.polis, 0)).card)).toContain('Uppdatera status');
    expect(invokeResult(await open(users.skola, 0)).message).toBe(
      'Bara aktivitetens ansvariga eller samordnaren kan ändra statusen.',
    );
    expect(invokeResult(await save(users.skola, 0, { status: 'genomford', comment: 'x', measured: '' })).message).toBe(
      'Bara aktivitetens ansvariga eller samordnaren kan ändra statusen.',
    );

    const saved = invokeResult(
      await save(users.polis, 0, {
        status: 'genomford',
        comment: 'Polisen har besökt alla skolor',
        measured: 'cirka 450 elever',
      }),
    );
    expect(cardText(saved.card)).toContain('Statusen är sparad.');
    const updates = await bot.service.repositories.pledges.listUpdates(TEAM.id, pledge.id);
    expect(updates.map((update) => [update.status, update.byName, update.measured])).toEqual([
      ['genomford', 'Per Polis', 'cirka 450 elever'],
    ]);
  });

  test('when the comment names a phone number, then nothing is saved and the person is told', async () => {
    const result = invokeResult(
      await save(users.samordnare, 1, { status: 'pagar', comment: 'Ring 070-123 45 67', measured: '' }),
    );
    expect(cardText(result.card)).toContain('Vad har gjorts? innehöll ett telefonnummer. Inget sparades');
    expect(await bot.service.repositories.pledges.listUpdates(TEAM.id, pledge.id)).toEqual([]);
  });

  test('when the comment names a person, then nothing is saved and the person is told', async () => {
    const result = invokeResult(
      await save(users.samordnare, 1, { status: 'pagar', comment: 'Kalle Andersson höll i vandringen', measured: '' }),
    );
    expect(cardText(result.card)).toContain('Vad har gjorts? innehöll ett namn på en person. Inget sparades');
    expect(await bot.service.repositories.pledges.listUpdates(TEAM.id, pledge.id)).toEqual([]);
  });

  test('when the comment or the measured value is longer than the card allows, then nothing is saved and the text is kept to shorten', async () => {
    const comment = 'Trygghetsvandring genomförd. '.repeat(40);
    const result = invokeResult(await save(users.samordnare, 1, { status: 'pagar', comment, measured: '' }));
    expect(cardText(result.card)).toContain('Vad har gjorts?: högst 1000 tecken');
    expect(inputValues(result.card).comment).toBe(comment);
    const measured = invokeResult(
      await save(users.samordnare, 1, { status: 'pagar', comment: '', measured: '9'.repeat(201) }),
    );
    expect(cardText(measured.card)).toContain('högst 200 tecken');
    expect(await bot.service.repositories.pledges.listUpdates(TEAM.id, pledge.id)).toEqual([]);
  });

  test('when the samordnare asks for the follow-up, then it comes as Markdown per focus area with what was done', async () => {
    await save(users.samordnare, 1, { status: 'installd', comment: 'Ersatt av hastighetsmätning', measured: '' });
    const text = (await say(users.samordnare, 'löften uppföljning')).text ?? '';
    expect(text).toContain('**Uppföljning av medborgarlöften: Medborgarlöfte 2026**');
    expect(text).toContain('Genomförda 0, pågår 0, ej påbörjade 1, försenade 0, inställda 1');
    expect(text).toContain('**2. Upplevd otrygghet i trafiken**');
    expect(text).toContain('  - Ersatt av hastighetsmätning — Sara Samordnare,');
    expect((await say(users.polis, 'löften uppföljning')).text).toBe('Det här kan bara gruppens samordnare göra.');
  });

  test('when the samordnare creates a pledge with a focus area and an activity in Teams, then it is stored; a member cannot', async () => {
    const samordnareView = cardText(cardOf(await say(users.samordnare, 'löften')));
    expect(samordnareView).toContain('Nytt medborgarlöfte');
    expect(cardText(cardOf(await say(users.skola, 'löften')))).not.toContain('Nytt medborgarlöfte');
    expect(
      invokeResult(
        await bot.send(
          activities.execute(users.skola, VERBS.pledgeCreate, {
            groupId: TEAM.id,
            title: 'X',
            start: '2026-01-01',
            end: '2026-12-31',
            parties: 'polisen',
          }),
        ),
      ).message,
    ).toBe('Det här kan bara gruppens samordnare göra.');

    const missing = invokeResult(
      await bot.send(
        activities.execute(users.samordnare, VERBS.pledgeCreate, {
          groupId: TEAM.id,
          title: '',
          start: '2026-01-01',
          end: '2025-12-31',
          parties: 'polisen,kommunen',
        }),
      ),
    );
    expect(cardText(missing.card)).toContain('Rätta: rubrik (saknas), gäller till (ligger före start).');

    const created = invokeResult(
      await bot.send(
        activities.execute(users.samordnare, VERBS.pledgeCreate, {
          groupId: TEAM.id,
          title: 'Medborgarlöfte 2027',
          start: '2027-01-01',
          end: '2027-12-31',
          parties: 'polisen,kommunen',
          otherParty: 'Bostadsbolaget',
        }),
      ),
    );
    expect(cardText(created.card)).toContain('Löftet är skapat.');
    const stored = (await bot.service.deps.pledges.list((await bot.service.repositories.groups.get(TEAM.id))!)).find(
      (candidate) => candidate.title === 'Medborgarlöfte 2027',
    )!;
    expect(stored.parties).toEqual(['polisen', 'kommunen', 'Bostadsbolaget']);

    const withArea = invokeResult(
      await bot.send(
        activities.execute(users.samordnare, VERBS.pledgeAddFocusArea, {
          groupId: TEAM.id,
          pledgeId: stored.id,
          name: 'Upplevd otrygghet i trafiken',
          problem: 'Höga hastigheter',
        }),
      ),
    );
    expect(cardText(withArea.card)).toContain('1. Upplevd otrygghet i trafiken');
    const focusAreaId = (await bot.service.repositories.pledges.get(TEAM.id, stored.id))!.value.focusAreas[0].id;
    const badActivity = invokeResult(
      await bot.send(
        activities.execute(users.samordnare, VERBS.pledgeAddActivity, {
          groupId: TEAM.id,
          pledgeId: stored.id,
          focusAreaId,
          description: '',
          ownerParty: 'polisen',
          due: 'snart',
        }),
      ),
    );
    expect(cardText(badActivity.card)).toContain(
      'Rätta: aktivitet (saknas), klart senast (ska vara ett datum ÅÅÅÅ-MM-DD).',
    );
    const withActivity = invokeResult(
      await bot.send(
        activities.execute(users.samordnare, VERBS.pledgeAddActivity, {
          groupId: TEAM.id,
          pledgeId: stored.id,
          focusAreaId,
          description: 'Hastighetsmätningar vid skolor',
          ownerParty: 'polisen',
          ownerMemberKey: users.polis.aadObjectId,
          due: '2027-06-30',
          target: 'minst fyra mätningar',
        }),
      ),
    );
    expect(cardText(withActivity.card)).toContain('Aktiviteten är tillagd.');
    const activity = (await bot.service.repositories.pledges.get(TEAM.id, stored.id))!.value.activities[0];
    expect(activity).toMatchObject({
      description: 'Hastighetsmätningar vid skolor',
      ownerMemberKey: users.polis.aadObjectId,
      due: '2027-06-30',
      target: 'minst fyra mätningar',
      status: 'ej-paborjad',
    });
  });

  test('when the owner sets an activity genomförd, then the next lägesbild shows the pledge status with that change', async () => {
    await save(users.polis, 0, { status: 'genomford', comment: 'Alla skolor besökta', measured: '' });
    bot.clock.set(new Date('2026-12-02T12:00:00Z'));
    const review = cardText(cardOf(await say(users.samordnare, 'sammanställ')));
    expect(review).toContain('Medborgarlöften');
    expect(review).toContain(
      '**Medborgarlöfte 2026**: Genomförda 1, pågår 0, ej påbörjade 0, försenade 1, inställda 0',
    );
    expect(review).toContain('- Genomförd: Skol- och fritidsgårdsbesök');
  });

  describe('the samordnare changes what exists', () => {
    const act = (user: (typeof users)[keyof typeof users], verb: string, data: Record<string, string> = {}) =>
      bot.send(activities.execute(user, verb, { groupId: TEAM.id, pledgeId: pledge.id, ...data }));
    const stored = async () => (await bot.service.repositories.pledges.get(TEAM.id, pledge.id))!.value;
    const activityForm = (index: number, change: Record<string, string>) => ({
      editActivityId: pledge.activities[index].id,
      focusAreaId: pledge.activities[index].focusAreaId,
      description: pledge.activities[index].description,
      ownerParty: pledge.activities[index].ownerParty,
      ownerMemberKey: pledge.activities[index].ownerMemberKey ?? '',
      start: '',
      due: pledge.activities[index].due,
      target: pledge.activities[index].target ?? '',
      ...change,
    });

    test('when Ändra is chosen on an activity, then the form holds its values; saving changes it and keeps its status and history', async () => {
      await save(users.polis, 0, { status: 'pagar', comment: 'Första besöken gjorda', measured: '' });
      const opened = invokeResult(
        await act(users.samordnare, VERBS.pledgeEditActivity, { editActivityId: pledge.activities[0].id }),
      ).card;
      expect(cardText(opened)).toContain('Du ändrar ”Skol- och fritidsgårdsbesök”.');
      expect(cardText(opened)).toContain('Ändra aktivitet');
      expect(inputValues(opened)).toMatchObject({
        description: 'Skol- och fritidsgårdsbesök',
        ownerParty: 'polisen',
        ownerMemberKey: users.polis.aadObjectId,
        due: '2026-12-15',
        target: 'minst tio besök',
        focusAreaId: pledge.focusAreas[0].id,
      });

      const saved = invokeResult(
        await act(
          users.samordnare,
          VERBS.pledgeSaveActivity,
          activityForm(0, {
            focusAreaId: pledge.focusAreas[1].id,
            start: '2026-11-01',
            due: '2027-01-31',
            ownerParty: 'gemensamt',
          }),
        ),
      ).card;
      expect(cardText(saved)).toContain('Aktiviteten är ändrad.');
      expect(cardText(saved)).toContain('Upplevd otrygghet i trafiken · påbörjas 2026-11-01 · Per Polis');
      expect((await stored()).activities[0]).toEqual({
        ...pledge.activities[0],
        focusAreaId: pledge.focusAreas[1].id,
        start: '2026-11-01',
        due: '2027-01-31',
        ownerParty: 'gemensamt',
        status: 'pagar',
      });
      expect(await bot.service.repositories.pledges.listUpdates(TEAM.id, pledge.id)).toHaveLength(1);
    });

    test('when a change has mistakes, then nothing changes and the form keeps what was typed', async () => {
      const before = await stored();
      const result = invokeResult(
        await act(
          users.samordnare,
          VERBS.pledgeSaveActivity,
          activityForm(0, { description: 'Besök på alla skolor', start: '2027-02-01', due: '2027-01-31' }),
        ),
      ).card;
      expect(cardText(result)).toContain('Rätta: påbörjas (ligger efter klart senast).');
      expect(inputValues(result)).toMatchObject({ description: 'Besök på alla skolor', start: '2027-02-01' });
      expect(cardText(result)).toContain('Spara ändringarna');
      expect(await stored()).toEqual(before);

      const added = invokeResult(
        await act(users.samordnare, VERBS.pledgeAddActivity, {
          focusAreaId: pledge.focusAreas[0].id,
          description: 'Trygghetsvandring med 070-123 45 67',
          ownerParty: 'kommunen',
          due: '2027-03-01',
        }),
      ).card;
      expect(cardText(added)).toContain(
        'Rätta: aktivitet (innehåller personuppgifter, t.ex. ett namn, personnummer, telefonnummer eller e-post).',
      );
      expect(inputValues(added)).toMatchObject({ due: '2027-03-01', ownerParty: 'kommunen' });
      expect(cardText(added)).toContain('Lägg till aktivitet');
      expect(await stored()).toEqual(before);
    });

    test('when an activity is removed, then it goes; one with follow-up is kept and the samordnare is told to set inställd', async () => {
      await save(users.polis, 0, { status: 'pagar', comment: 'Första besöken gjorda', measured: '' });
      const refused = invokeResult(
        await act(users.samordnare, VERBS.pledgeRemoveActivity, { editActivityId: pledge.activities[0].id }),
      ).card;
      expect(cardText(refused)).toContain('Aktiviteten har uppföljning');
      expect((await stored()).activities).toHaveLength(2);

      const removed = invokeResult(
        await act(users.samordnare, VERBS.pledgeRemoveActivity, { editActivityId: pledge.activities[1].id }),
      ).card;
      expect(cardText(removed)).toContain('Aktiviteten är borttagen.');
      expect((await stored()).activities.map((activity) => activity.id)).toEqual([pledge.activities[0].id]);
    });

    test('when a focus area is renamed or removed, then it changes; one with activities stays', async () => {
      const opened = invokeResult(
        await act(users.samordnare, VERBS.pledgeEditFocusArea, { editFocusAreaId: pledge.focusAreas[1].id }),
      ).card;
      expect(inputValues(opened)).toMatchObject({ name: 'Upplevd otrygghet i trafiken' });
      expect(cardText(opened)).toContain('Ändra fokusområde');

      const renamed = invokeResult(
        await act(users.samordnare, VERBS.pledgeSaveFocusArea, {
          editFocusAreaId: pledge.focusAreas[1].id,
          name: 'Trafiksäkerhet vid skolor',
          problem: 'Höga hastigheter vid skolorna',
        }),
      ).card;
      expect(cardText(renamed)).toContain('2. Trafiksäkerhet vid skolor');
      expect((await stored()).focusAreas[1]).toEqual({
        id: pledge.focusAreas[1].id,
        name: 'Trafiksäkerhet vid skolor',
        problem: 'Höga hastigheter vid skolorna',
      });

      const refused = invokeResult(
        await act(users.samordnare, VERBS.pledgeRemoveFocusArea, { editFocusAreaId: pledge.focusAreas[1].id }),
      ).card;
      expect(cardText(refused)).toContain('Fokusområdet har aktiviteter och togs inte bort.');
      expect((await stored()).focusAreas).toHaveLength(2);

      await act(users.samordnare, VERBS.pledgeRemoveActivity, { editActivityId: pledge.activities[1].id });
      const removed = invokeResult(
        await act(users.samordnare, VERBS.pledgeRemoveFocusArea, { editFocusAreaId: pledge.focusAreas[1].id }),
      ).card;
      expect(cardText(removed)).toContain('Fokusområdet är borttaget.');
      expect((await stored()).focusAreas.map((area) => area.name)).toEqual(['Narkotikaproblematik i centrummiljön']);
    });

    test('when the pledge’s title, period and parties are changed, then they are stored; mistakes change nothing', async () => {
      const opened = invokeResult(await act(users.samordnare, VERBS.pledgeEditPledge)).card;
      expect(inputValues(opened)).toMatchObject({
        title: 'Medborgarlöfte 2026',
        start: '2026-01-01',
        end: '2026-12-31',
        parties: 'polisen,kommunen',
        otherParty: '',
      });
      const form = { title: 'Medborgarlöfte 2026–2027', start: '2026-01-01', parties: 'polisen,kommunen' };
      const wrong = invokeResult(
        await act(users.samordnare, VERBS.pledgeSavePledge, { ...form, end: '2025-06-30', otherParty: '' }),
      ).card;
      expect(cardText(wrong)).toContain('Rätta: gäller till (ligger före start).');
      expect(inputValues(wrong)).toMatchObject({ title: 'Medborgarlöfte 2026–2027', end: '2025-06-30' });
      expect((await stored()).title).toBe('Medborgarlöfte 2026');

      const saved = invokeResult(
        await act(users.samordnare, VERBS.pledgeSavePledge, {
          ...form,
          end: '2027-12-31',
          otherParty: 'Bostadsbolaget, Räddningstjänsten',
        }),
      ).card;
      expect(cardText(saved)).toContain('Löftet är ändrat.');
      expect(await stored()).toEqual({
        ...pledge,
        title: 'Medborgarlöfte 2026–2027',
        end: '2027-12-31',
        parties: ['polisen', 'kommunen', 'Bostadsbolaget', 'Räddningstjänsten'],
      });
      expect(inputValues(invokeResult(await act(users.samordnare, VERBS.pledgeEditPledge)).card)).toMatchObject({
        otherParty: 'Bostadsbolaget, Räddningstjänsten',
      });
    });

    test('when a member who is not samordnare tries any change, then it is refused and nothing changes', async () => {
      const before = await stored();
      const attempts: [string, Record<string, string>][] = [
        [VERBS.pledgeEditPledge, {}],
        [VERBS.pledgeSavePledge, { title: 'X', start: '2026-01-01', end: '2026-12-31', parties: 'polisen' }],
        [VERBS.pledgeEditActivity, { editActivityId: pledge.activities[0].id }],
        [VERBS.pledgeSaveActivity, activityForm(0, { description: 'Ändrad' })],
        [VERBS.pledgeRemoveActivity, { editActivityId: pledge.activities[1].id }],
        [VERBS.pledgeEditFocusArea, { editFocusAreaId: pledge.focusAreas[0].id }],
        [VERBS.pledgeSaveFocusArea, { editFocusAreaId: pledge.focusAreas[0].id, name: 'Ändrad', problem: '' }],
        [VERBS.pledgeRemoveFocusArea, { editFocusAreaId: pledge.focusAreas[0].id }],
      ];
      for (const [verb, data] of attempts) {
        expect(invokeResult(await act(users.polis, verb, data)).message).toBe(
          'Det här kan bara gruppens samordnare göra.',
        );
      }
      expect(await stored()).toEqual(before);
    });
  });
});
