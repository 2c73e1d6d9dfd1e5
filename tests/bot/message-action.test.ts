import type { Activity } from 'botbuilder';
import { ADD_TO_PICTURE } from '../../src/bot/handlers/message-action';
import { messageText, prefillFromMessage } from '../../src/domain/message-prefill';
import {
  activities,
  cardText,
  createBotHarness,
  inputValues,
  PERIOD,
  TEAM,
  users,
  type BotHarness,
} from '../helpers/bot-harness';

type User = (typeof users)[keyof typeof users];

/** The message a member chose "Lägg till i lägesbilden" on, as Teams puts it in the invoke. */
const POST = {
  id: '1700000000000',
  messageType: 'message',
  createdDateTime: '2026-11-21T07:12:00.000Z',
  from: { user: { id: '29:colleague', displayName: 'Kalle Kollega', userIdentityType: 'aadUser' } },
  body: {
    contentType: 'html',
    content: '<p>Brand i containern bakom Folkets hus i <b>Centrum</b> i natt &amp; krossat glas vid busskuren.</p>',
  },
};

/** The two invokes of an action-based message extension on a message, as Teams sends them. */
function invoke(user: User, name: 'composeExtension/fetchTask' | 'composeExtension/submitAction', value: object) {
  return {
    ...activities.message(user, ''),
    type: 'invoke',
    text: undefined,
    name,
    value: { commandId: ADD_TO_PICTURE, commandContext: 'message', messagePayload: POST, ...value },
  } as Partial<Activity>;
}

/** The invoke response's task: a dialog to continue with (its card), or a message that closes it. */
function taskOf(replies: Partial<Activity>[]): { card?: Record<string, unknown>; message?: string } {
  const response = replies.find((reply) => reply.type === 'invokeResponse');
  const body = (response?.value as { body?: { task?: { type: string; value: any } } }).body;
  const task = body?.task;
  if (task?.type === 'continue') return { card: task.value.card.content };
  if (task?.type === 'message') return { message: String(task.value) };
  throw new Error(`no task in the invoke response: ${JSON.stringify(body)}`);
}

describe('"Lägg till i lägesbilden" on a message', () => {
  let bot: BotHarness;

  beforeEach(async () => {
    bot = await createBotHarness();
    await bot.send(activities.teamInstall(users.samordnare));
  });

  const fetch = async (user: User = users.polis) =>
    taskOf(await bot.send(invoke(user, 'composeExtension/fetchTask', {})));
  const submit = async (data: Record<string, unknown>, user: User = users.polis) =>
    taskOf(await bot.send(invoke(user, 'composeExtension/submitAction', { data })));
  const draft = async (user: User = users.polis) =>
    (await bot.service.repositories.reports.getDraft(TEAM.id, PERIOD, user.aadObjectId)).draft;

  test('when a member opens it, then the form is pre-filled from the message: its text, the group’s område, the date and the time of day', async () => {
    const { card } = await fetch();
    const values = inputValues(card);
    expect(values.beskrivning).toBe(
      'Brand i containern bakom Folkets hus i Centrum i natt & krossat glas vid busskuren.',
    );
    expect(values.omrade).toBe('Centrum');
    expect(values.tidpunkt).toBe('natt');
    expect(values.datum).toBe('2026-11-21');
    // The author is read nowhere: not in the dialog.
    expect(JSON.stringify(card)).not.toContain('Kalle');
  });

  test('when the member adds it, then it is in their draft for the period, the same draft rapportera shows, without the author', async () => {
    const { card } = await fetch();
    const result = await submit({
      ...inputValues(card),
      groupId: TEAM.id,
      area: 'ordningsstorning-och-otrygghet',
      bedomning: 'medel',
    });
    expect(result.message).toMatch(/^Observationen är tillagd i din rapport för v47–48 2026\./);
    const stored = await draft();
    expect(stored?.observations).toHaveLength(1);
    expect(stored?.observations[0]).toMatchObject({ omrade: 'Centrum', timeOfDay: 'natt', date: '2026-11-21' });
    expect(JSON.stringify(stored)).not.toMatch(/Kalle|colleague/);
    // rapportera shows it.
    const [report] = await bot.send(activities.message(users.polis, 'rapportera'));
    expect(cardText(report.attachments?.[0]?.content)).toContain('Folkets hus');
  });

  test('when the message names a person, then the pre-fill masks it and a name typed in is stopped by the guard', async () => {
    const named = {
      ...POST,
      body: { contentType: 'text', content: 'Anna Andersson sprayade klotter på skolan i Centrum.' },
    };
    const replies = await bot.send({
      ...invoke(users.polis, 'composeExtension/fetchTask', {}),
      value: { commandId: ADD_TO_PICTURE, commandContext: 'message', messagePayload: named },
    });
    const values = inputValues(taskOf(replies).card);
    expect(values.beskrivning).not.toContain('Anna');
    expect(values.beskrivning).toContain('[***]');

    const stopped = await submit({
      ...values,
      beskrivning: 'Johan Svensson sprayade klotter på skolan.',
      groupId: TEAM.id,
      area: 'ordningsstorning-och-otrygghet',
      tidpunkt: 'dag',
      bedomning: 'medel',
    });
    expect(cardText(stopped.card)).toContain('Texten verkar nämna en person (Johan Svensson)');
    expect(JSON.stringify(stopped.card)).toContain('Det är inte en person');
    expect(inputValues(stopped.card).beskrivning).toBe('Johan Svensson sprayade klotter på skolan.');
    expect(await draft()).toBeUndefined();
  });

  test('when a required field is missing, then the dialog comes back with the error and what was typed', async () => {
    const { card } = await fetch();
    const result = await submit({ ...inputValues(card), groupId: TEAM.id, area: '', bedomning: '' });
    expect(result.card).toBeDefined();
    expect(inputValues(result.card).beskrivning).toContain('Folkets hus');
    expect(await draft()).toBeUndefined();
  });

  test('when the member is in two groups, then the dialog asks which, and the observation goes to the one chosen', async () => {
    const { repositories } = bot.service;
    const first = (await repositories.groups.get(TEAM.id))!;
    const second = {
      ...first,
      id: '19:second-team@thread.tacv2',
      name: 'EST Norberg',
      omraden: ['Centrum', 'Kärrgruvan'],
    };
    await repositories.groups.createIfMissing(second);
    const polis = (await repositories.members.get(TEAM.id, users.polis.aadObjectId))!;
    await repositories.members.upsertFromRoster([{ ...polis, groupId: second.id }]);

    const { card } = await fetch();
    expect(JSON.stringify(card)).toContain('"id":"chosenGroupId"');
    expect(cardText(card)).toContain('EST Norberg');
    const result = await submit({
      ...inputValues(card),
      groupId: TEAM.id,
      chosenGroupId: second.id,
      area: 'ordningsstorning-och-otrygghet',
      bedomning: 'medel',
    });
    expect(result.message).toMatch(/^Observationen är tillagd/);
    expect(
      (await repositories.reports.getDraft(second.id, PERIOD, users.polis.aadObjectId)).draft?.observations,
    ).toHaveLength(1);
    expect(await draft()).toBeUndefined();
  });

  test('when someone who is no member opens it or submits, then a polite sentence and nothing is stored', async () => {
    expect((await fetch(users.outsider)).message).toContain('Du är inte med i någon EST-grupp');
    const refused = await submit(
      { groupId: TEAM.id, area: 'ovrigt', omrade: 'Centrum', beskrivning: 'x', bedomning: 'lag' },
      users.outsider,
    );
    expect(refused.message).toContain('Du är inte med i någon EST-grupp');
    expect(await draft(users.outsider)).toBeUndefined();
  });

  test('when the submitted data is not an object with a group, then the card is out of date and nothing is stored', async () => {
    expect((await submit({ beskrivning: 'x' })).message).toContain('går inte längre att använda');
    expect(await draft()).toBeUndefined();
  });
});

describe('pre-filling from a message', () => {
  const sentAt = new Date('2026-11-26T07:12:00Z');
  const omraden = ['Centrum', 'Västanfors', 'Norra Fagersta', 'Fagersta'];

  test.each([
    ['i går kväll vid Torget i Centrum', { omrade: 'Centrum', datum: '2026-11-25', tidpunkt: 'kvall' }],
    [
      'Klotter i Norra Fagersta 2026-11-20 på morgonen',
      { omrade: 'Norra Fagersta', datum: '2026-11-20', tidpunkt: 'morgon' },
    ],
    ['Sprayburkar i Västanforsområdet', { omrade: '', datum: '', tidpunkt: '' }],
    ['Nedskräpning, inget mer att säga', { omrade: '', datum: '', tidpunkt: '' }],
  ])('when the text is "%s", then it fills what it names and nothing else', (text, expected) => {
    expect(prefillFromMessage({ text, omraden, sentAt })).toMatchObject(expected);
  });

  test('when the body is HTML, then tags go, entities are decoded and paragraphs are lines', () => {
    expect(messageText('<p>Glas &amp; skräp</p><p>vid <i>busskuren</i>&nbsp;i natt</p>', 'html')).toBe(
      'Glas & skräp\nvid busskuren i natt',
    );
    expect(messageText('<script>alert(1)</script>text', 'html')).toBe('alert(1)text');
  });
});
