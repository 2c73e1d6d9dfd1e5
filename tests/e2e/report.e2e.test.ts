import { currentReportingPeriod } from '../../src/domain/periods';
import {
  fillObservation,
  openPersonalChat,
  openTeamChannel,
  sendAndWaitForCard,
  usePlaygroundStack,
} from './playground';

/** The Playground's default user, Alex Wilber, and team. */
const PLAYGROUND_USER = '00000000-0000-0000-0000-0000000000020';
const PLAYGROUND_TEAM = 'team-id';

describe('a member reports in the Agents Playground', () => {
  const context = usePlaygroundStack();

  const storedReport = async () => {
    const group = await context.repositories.groups.get(PLAYGROUND_TEAM);
    if (!group) throw new Error('the team was not recorded');
    const period = currentReportingPeriod(group.schedule, new Date());
    return context.repositories.reports.getReport(PLAYGROUND_TEAM, period.id, PLAYGROUND_USER);
  };

  test('when the member adds two observations and sends, then the receipt shows and both are stored', async () => {
    const { page } = context.session;
    await openTeamChannel(page);
    await openPersonalChat(page);
    const card = await sendAndWaitForCard(page, 'rapportera');
    await card.getByText('Dina observationer (0)').waitFor();

    await fillObservation(page, card, {
      area: 'Ordningsstörning och otrygghet',
      omrade: 'Centrum',
      plats: 'Stationsparken',
      tidpunkt: 'Kväll',
      beskrivning: 'Klotter och en grupp som skapar otrygghet vid busshållplatsen.',
      bedomning: 'Medel',
    });
    await card.getByRole('button', { name: 'Lägg till observation' }).click();
    await card.getByText('Observationen är tillagd.').waitFor();
    await card.getByText('Din observation (1)').waitFor();
    await context.session.screenshot('report-1-first-observation');

    await fillObservation(page, card, {
      area: 'Ungdomar och skolor',
      omrade: 'Annat (skriv nedan)',
      omradeAnnat: 'Kolbäck',
      tidpunkt: 'Natt',
      beskrivning: 'Källarinbrott, klotter och höga hastigheter i Kolbäck',
      bedomning: 'Hög',
    });
    await card.getByRole('button', { name: 'Lägg till observation' }).click();
    await card.getByText('Dina observationer (2)').waitFor();
    await context.session.screenshot('report-2-two-observations');

    await card.getByRole('button', { name: 'Skicka rapporten' }).click();
    await card.getByText('Tack! Din lägesbild är mottagen').waitFor();
    await card.getByText('2 observationer').waitFor();
    await context.session.screenshot('report-3-receipt');

    const report = await storedReport();
    expect(report?.value).toMatchObject({ version: 1, nothingToReport: false });
    expect(report?.value.observations.map((item) => [item.areaId, item.omrade, item.place, item.assessment])).toEqual([
      ['ordningsstorning-och-otrygghet', 'Centrum', 'Stationsparken', 'medel'],
      ['ungdomar-och-skolor', 'Kolbäck', undefined, 'hog'],
    ]);
    const members = await context.repositories.members.listByGroup(PLAYGROUND_TEAM);
    expect(members.find((member) => member.memberKey === PLAYGROUND_USER)?.role).toBe('samordnare');
    expect(await context.repositories.conversations.getPersonal(PLAYGROUND_USER)).toBeDefined();
  });

  test('when the member answers "inget att rapportera", then that is stored with one click', async () => {
    const { page } = context.session;
    await openTeamChannel(page);
    await openPersonalChat(page);
    const card = await sendAndWaitForCard(page, 'rapportera');
    await card.getByRole('button', { name: 'Inget att rapportera' }).click();
    await card.getByText('Du har inget att rapportera den här perioden.').waitFor();
    await context.session.screenshot('nothing-to-report');

    const report = await storedReport();
    expect(report?.value).toMatchObject({ version: 1, nothingToReport: true, observations: [] });
  });

  test('when the description contains a personnummer, then it is refused in Swedish and nothing is stored', async () => {
    const { page } = context.session;
    await openTeamChannel(page);
    await openPersonalChat(page);
    const card = await sendAndWaitForCard(page, 'rapportera');
    await fillObservation(page, card, {
      area: 'Hot och våld',
      omrade: 'Västanfors',
      tidpunkt: 'Natt',
      beskrivning: 'Bråk vid torget, en av dem uppgav 19811218-9876',
      bedomning: 'Hög',
    });
    await card.getByRole('button', { name: 'Skicka rapporten' }).click();
    await card.getByText(/Beskrivning innehöll ett personnummer/).waitFor();
    await context.session.screenshot('personnummer-refused');

    expect(await card.getByRole('textbox', { name: 'Beskrivning (obligatoriskt)' }).inputValue()).toBe(
      'Bråk vid torget, en av dem uppgav [***]',
    );
    expect(await storedReport()).toBeUndefined();
    const group = await context.repositories.groups.get(PLAYGROUND_TEAM);
    const period = currentReportingPeriod(group!.schedule, new Date());
    expect(
      (await context.repositories.reports.getDraft(PLAYGROUND_TEAM, period.id, PLAYGROUND_USER)).etag,
    ).toBeUndefined();
  });
});
