import { cardActionTable } from '../../src/bot/app';
import { COMMANDS } from '../../src/bot/commands';
import { VERBS, type Verb } from '../../src/bot/verbs';
import type { Pledge } from '../../src/domain/pledge';
import { parsePledgeCsv, pledgeSourceKey } from '../../src/domain/pledge-document';
import { textsFor } from '../../src/i18n';
import {
  activities,
  createBotHarness,
  invokeResult,
  PERIOD,
  TEAM,
  users,
  type BotHarness,
} from '../helpers/bot-harness';

/**
 * Roles are enforced on the server for every command and card action, whatever buttons a card
 * shows. Every verb is classified here; a new verb that is not fails the first test.
 */
const SAMORDNARE_VERBS: Verb[] = [
  VERBS.statusRefresh,
  VERBS.statusRemind,
  VERBS.settingsSave,
  VERBS.membersSave,
  VERBS.membersPage,
  VERBS.picturePublish,
  VERBS.pictureReviewTexts,
  VERBS.pictureReviewSave,
  VERBS.archiveShow,
  VERBS.pledgeNew,
  VERBS.pledgeCreate,
  VERBS.pledgeEdit,
  VERBS.pledgeEditPledge,
  VERBS.pledgeSavePledge,
  VERBS.pledgeAddFocusArea,
  VERBS.pledgeAddActivity,
  VERBS.pledgeEditFocusArea,
  VERBS.pledgeSaveFocusArea,
  VERBS.pledgeRemoveFocusArea,
  VERBS.pledgeEditActivity,
  VERBS.pledgeSaveActivity,
  VERBS.pledgeRemoveActivity,
  VERBS.pledgeImport,
  VERBS.insatsNew,
  VERBS.insatsCreate,
  VERBS.trendsShow,
  VERBS.reportDownload,
];
/** Any member of the group, for their own report. */
const MEMBER_VERBS: Verb[] = [
  // The group picker of every command: the chosen command's own role is checked when it runs.
  VERBS.commandOpen,
  VERBS.reportOpen,
  VERBS.reportAddObservation,
  VERBS.reportEditObservation,
  VERBS.reportCancelEdit,
  VERBS.reportRemoveObservation,
  VERBS.reportSubmit,
  VERBS.reportNothing,
  VERBS.reportEdit,
];
/** The activity's owner person, or a samordnare. */
const OWNER_VERBS: Verb[] = [
  VERBS.pledgeStatusOpen,
  VERBS.pledgeStatusSave,
  VERBS.insatsStatusOpen,
  VERBS.insatsStatusSave,
];

/** Every samordnare command of the 1:1 chat, as the command table names it. */
const SAMORDNARE_COMMANDS = COMMANDS.filter(
  (command) => command.role === 'samordnare' && command.answersIn.includes('personal'),
).map((command) => textsFor('sv').commands.byName[command.name].title);

const CSV = [
  'titel,start,slut,parter,fokusomrade,problem,aktivitet,agare,ansvarig,aktivitet_start,klart,mal',
  'Medborgarlöfte 2026,2026-01-01,2026-12-31,polisen;kommunen,Trygghet i centrum,,Trygghetsvandring,kommunen,Siv Skola,,2026-12-15,',
].join('\n');

describe('roles, enforced on the server', () => {
  let bot: BotHarness;
  let pledge: Pledge;

  beforeEach(async () => {
    bot = await createBotHarness();
    await bot.send(activities.teamInstall(users.samordnare));
    const group = (await bot.service.repositories.groups.get(TEAM.id))!;
    const document = parsePledgeCsv(CSV);
    if (!document.ok) throw new Error('fixture');
    const imported = await bot.service.deps.pledges.importDocument(group, document.document, pledgeSourceKey(CSV));
    if (!imported.ok) throw new Error('import');
    pledge = imported.pledge;
    await bot.service.repositories.insatser.create({
      id: '0001',
      number: 1,
      groupId: TEAM.id,
      what: 'Trygghetsvandring',
      omrade: 'Centrum',
      links: [],
      ownerOrganisation: 'Skola',
      ownerMemberKey: users.skola.aadObjectId,
      start: '2026-11-20',
      due: '2026-12-20',
      status: 'planerad',
      periodId: PERIOD,
      createdAt: new Date('2026-11-20T10:00:00Z'),
      createdBy: { memberKey: users.samordnare.aadObjectId, name: 'Sara Samordnare' },
    });
  });

  /** Everything a refused action could have changed. */
  const state = async () => {
    const { repositories } = bot.service;
    return JSON.stringify({
      group: await repositories.groups.get(TEAM.id),
      members: await repositories.members.listByGroup(TEAM.id),
      pledges: await repositories.pledges.list(TEAM.id),
      updates: await repositories.pledges.listUpdates(TEAM.id, pledge.id),
      dispatches: await repositories.dispatches.listForPeriod(TEAM.id, PERIOD),
      publications: await repositories.publications.list(TEAM.id),
      insatser: await repositories.insatser.list(TEAM.id),
      insatsUpdates: await repositories.insatser.listUpdates(TEAM.id),
    });
  };
  /** Well-formed card data for any verb, so that the refusal is about the role, not the data. */
  const data = () => ({
    groupId: TEAM.id,
    periodId: PERIOD,
    span: 'manad-2026-11',
    pledgeId: pledge.id,
    activityId: pledge.activities[0].id,
    editFocusAreaId: pledge.focusAreas[0].id,
    editActivityId: pledge.activities[0].id,
    command: 'status',
    format: 'csv',
    fileName: 'löfte.csv',
    source: CSV,
    page: 0,
    lengthDays: '7',
    memberKeys: JSON.stringify([users.polis.aadObjectId]),
    'samordnare-0': 'true',
    title: 'Ändrat',
    start: '2026-01-01',
    end: '2026-12-31',
    parties: 'polisen',
    name: 'Ändrat',
    problem: '',
    status: 'genomford',
    comment: 'Klart',
    measured: '',
    insatsId: '0001',
    what: 'Ny insats',
    omrade: 'Centrum',
    ownerOrganisation: 'Skola',
    due: '2026-12-31',
  });

  test('when the verbs are listed, then each one has exactly one role', () => {
    const classified = [...SAMORDNARE_VERBS, ...MEMBER_VERBS, ...OWNER_VERBS];
    expect(new Set(classified).size).toBe(classified.length);
    expect([...classified].sort()).toEqual(Object.values(VERBS).sort());
  });

  test('when the card actions are registered, then each verb has one action and it declares the role listed here', () => {
    const table = cardActionTable(bot.service.deps);
    expect(table.map((action) => action.verb).sort()).toEqual(Object.values(VERBS).sort());
    const declared = Object.fromEntries(table.map((action) => [action.verb, action.role]));
    expect(declared).toEqual({
      ...Object.fromEntries(SAMORDNARE_VERBS.map((verb) => [verb, 'samordnare'])),
      ...Object.fromEntries(MEMBER_VERBS.map((verb) => [verb, 'member'])),
      ...Object.fromEntries(OWNER_VERBS.map((verb) => [verb, 'ownerPerson'])),
    });
  });

  test.each(SAMORDNARE_VERBS)(
    'when a member who is not samordnare sends %s, then it is refused and nothing changes',
    async (verb) => {
      const before = await state();
      const result = invokeResult(await bot.send(activities.execute(users.polis, verb, data())));
      expect(result.message).toBe('Det här kan bara gruppens samordnare göra.');
      expect(await state()).toBe(before);
    },
  );

  test('when the samordnare commands are taken from the command table, then there are all twelve of the 1:1 chat', () => {
    expect(SAMORDNARE_COMMANDS).toHaveLength(12);
  });

  test.each(SAMORDNARE_COMMANDS)(
    'when a member who is not samordnare writes %s, then it is refused and nothing changes',
    async (command) => {
      const before = await state();
      expect((await bot.send(activities.message(users.polis, command)))[0].text).toBe(
        'Det här kan bara gruppens samordnare göra.',
      );
      expect(await state()).toBe(before);
    },
  );

  test.each([...MEMBER_VERBS, ...OWNER_VERBS, ...SAMORDNARE_VERBS])(
    'when someone outside the group sends %s, then it is refused and nothing changes',
    async (verb) => {
      const before = await state();
      const result = invokeResult(await bot.send(activities.execute(users.outsider, verb, data())));
      expect(result.message).toMatch(/inte medlem|bara gruppens samordnare/);
      expect(await state()).toBe(before);
      expect(await bot.service.repositories.reports.listReports(TEAM.id, PERIOD)).toEqual([]);
    },
  );

  test.each(OWNER_VERBS)(
    'when a member who neither owns the activity nor is samordnare sends %s, then it is refused and nothing changes',
    async (verb) => {
      const before = await state();
      const result = invokeResult(await bot.send(activities.execute(users.polis, verb, data())));
      expect(result.message).toBe(
        verb.startsWith('insats.')
          ? 'Bara insatsens ansvariga person eller en samordnare kan ändra statusen.'
          : 'Bara aktivitetens ansvariga eller samordnaren kan ändra statusen.',
      );
      expect(await state()).toBe(before);
    },
  );
});
