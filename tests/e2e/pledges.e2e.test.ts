import { chooseCouncilChannel, choose, openPersonalChat, sendAndWaitForCard, usePlaygroundStack } from './playground';

const PLAYGROUND_TEAM = 'team-id';

describe('medborgarlöften in the Agents Playground', () => {
  const context = usePlaygroundStack();

  test('when the samordnare creates a pledge with an activity, the owner sets it genomförd, then the next published lägesbild shows it', async () => {
    const { page } = context.session;
    await chooseCouncilChannel(page);
    await openPersonalChat(page);

    // Create the pledge.
    const list = await sendAndWaitForCard(page, 'löften');
    await list.getByRole('button', { name: 'Nytt medborgarlöfte' }).click();
    await list.getByRole('textbox', { name: 'Rubrik' }).waitFor();
    await list.getByRole('textbox', { name: 'Rubrik' }).fill('Medborgarlöfte 2026');
    await list.getByLabel('Gäller från').fill('2026-01-01');
    await list.getByLabel('Gäller till').fill('2026-12-31');
    await list.getByRole('button', { name: 'Skapa' }).click();
    await list.getByText('Löftet är skapat.').waitFor();

    await list.getByRole('textbox', { name: 'Fokusområde' }).fill('Upplevd otrygghet i trafiken');
    await list.getByRole('button', { name: 'Lägg till fokusområde' }).click();
    await list.getByText('Fokusområdet är tillagt.').waitFor();

    await list.getByRole('textbox', { name: 'Aktivitet' }).fill('Trygghetsvandring i Centrum');
    await choose(page, list, 'Ansvarig person i teamet (uppdaterar statusen)', 'Alex Wilber');
    await list.getByLabel('Klart senast').fill('2026-12-31');
    await list.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    await list.getByText('Aktiviteten är tillagd.').waitFor();

    // Change it: the form comes back filled in with the activity.
    await list.getByRole('button', { name: 'Ändra' }).last().click();
    await list.getByText('Du ändrar ”Trygghetsvandring i Centrum”.', { exact: false }).waitFor();
    expect(await list.getByRole('textbox', { name: 'Aktivitet' }).inputValue()).toBe('Trygghetsvandring i Centrum');
    await list.getByLabel('Påbörjas').fill('2026-11-01');
    await list.getByLabel('Klart senast').fill('2026-12-20');
    await list.getByRole('button', { name: 'Spara ändringarna' }).click();
    await list.getByText('Aktiviteten är ändrad.').waitFor();
    await context.session.screenshot('pledges-1-editor');

    // The owner (here also the samordnare) sets it genomförd.
    const view = await sendAndWaitForCard(page, 'löften');
    await view.getByRole('button', { name: 'Uppdatera' }).first().click();
    await view.getByRole('radio', { name: 'Genomförd' }).check();
    await view.getByRole('textbox', { name: 'Vad har gjorts?' }).fill('Trygghetsvandring med tolv deltagare');
    await view.getByRole('button', { name: 'Spara' }).click();
    await view.getByText('Statusen är sparad.').waitFor();

    // The next published lägesbild shows it.
    const review = await sendAndWaitForCard(page, 'sammanställ');
    await review.getByRole('button', { name: 'Publicera' }).click();
    await review.getByText(/Publicerad av/).waitFor();
    await page.getByRole('treeitem', { name: 'My Team - General' }).click();
    const posted = page.locator('.ac-adaptiveCard').filter({ hasText: 'Gemensam lägesbild' }).last();
    await posted.getByText(/Genomförd: Trygghetsvandring i Centrum/).waitFor();
    await context.session.screenshot('pledges-2-published');

    const [pledge] = await context.repositories.pledges.list(PLAYGROUND_TEAM);
    expect(pledge.activities[0]).toMatchObject({
      description: 'Trygghetsvandring i Centrum',
      start: '2026-11-01',
      due: '2026-12-20',
      status: 'genomford',
    });
    const updates = await context.repositories.pledges.listUpdates(PLAYGROUND_TEAM, pledge.id);
    expect(updates.map((update) => [update.status, update.comment])).toEqual([
      ['genomford', 'Trygghetsvandring med tolv deltagare'],
    ]);
  });
});
