import { DateTime } from 'luxon';
import { loadConfig } from '../../src/config/load-config';
import { periodByIndex, periodContaining, TIME_ZONE } from '../../src/domain/periods';
import { fakeEvent, startPoliceApiFake, type PoliceApiFake } from '../helpers/police-api-fake';
import {
  chooseCouncilChannel,
  openPersonalChat,
  sendAndWaitForCard,
  sendMessage,
  usePlaygroundStack,
} from './playground';

const PLAYGROUND_TEAM = 'team-id';

describe('the police’s published events in the Agents Playground', () => {
  let police: PoliceApiFake;
  beforeAll(async () => {
    police = await startPoliceApiFake();
  });
  afterAll(() => police.close());
  const context = usePlaygroundStack(() => ({ POLICE_EVENTS_ENABLED: 'true', POLICE_EVENTS_URL: police.url }));

  test('when the samordnare names the kommun, fetches and publishes, then the channel’s lägesbild shows the police’s events with the note', async () => {
    // Three events in the period that ended last (the one `sammanställ` compiles), Swedish time.
    const schedule = loadConfig({ STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' }).groupDefaults.schedule;
    const period = periodByIndex(schedule, periodContaining(schedule, new Date()).index - 1);
    const at = (days: number, hour: number) =>
      DateTime.fromJSDate(period.start, { zone: TIME_ZONE })
        .plus({ days, hours: hour })
        .toFormat('yyyy-MM-dd H:mm:ss ZZ');
    police.events.push(
      fakeEvent('Fagersta', 'Inbrott', at(2, 21)),
      fakeEvent('Fagersta', 'Inbrott', at(5, 3)),
      fakeEvent('Fagersta', 'Skadegörelse', at(9, 18)),
    );

    const { page, screenshot } = context.session;
    await chooseCouncilChannel(page);
    await openPersonalChat(page);
    const settings = await sendAndWaitForCard(page, 'inställningar');
    await settings.getByRole('textbox', { name: /Polisens publicerade händelser hämtas för/ }).fill('Fagersta');
    await settings.getByRole('button', { name: 'Spara' }).click();
    await settings.getByText('Inställningarna är sparade.').waitFor();
    await sendMessage(page, 'polishändelser hämta');
    await page
      .getByRole('paragraph')
      .filter({ hasText: 'Polisens händelser är hämtade: 3 händelser.' })
      .first()
      .waitFor();
    expect(police.requests.map((request) => request.locationname)).toEqual(['Fagersta']);

    const review = await sendAndWaitForCard(page, 'sammanställ');
    await review.getByText('Polisens publicerade händelser (Fagersta)').waitFor();
    await review
      .getByText(/Inbrott: medlemmarna 0, Polisen 2/)
      .first()
      .waitFor();
    await screenshot('police-1-review');
    await review.getByRole('button', { name: 'Publicera' }).click();
    await review.getByText(/Publicerad av/).waitFor();

    await page.getByRole('treeitem', { name: 'My Team - General' }).click();
    const posted = page.locator('.ac-adaptiveCard').filter({ hasText: 'Gemensam lägesbild' }).last();
    await posted.getByText('Polisens publicerade händelser (Fagersta)').waitFor();
    await posted.getByText(/inte brottsstatistik/).waitFor();
    const text = await posted.innerText();
    expect(text).toContain('3 händelser (förra perioden 0)');
    expect(text).toContain('Inbrott: 2 (förra perioden 0)');
    expect(text).not.toContain('Samma slag');
    expect(
      await posted
        .getByRole('link')
        .filter({ hasText: /Inbrott, Fagersta/ })
        .count(),
    ).toBe(2);
    await screenshot('police-2-channel');

    const archived = await context.repositories.publications.get(PLAYGROUND_TEAM, period.id);
    expect(archived?.value.content.police).toMatchObject({ locations: ['Fagersta'], total: 3 });
  });
});
