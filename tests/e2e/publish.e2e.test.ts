import { periodContaining, periodByIndex } from '../../src/domain/periods';
import { chooseCouncilChannel, openPersonalChat, sendAndWaitForCard, usePlaygroundStack } from './playground';

const PLAYGROUND_TEAM = 'team-id';

describe('publishing the lägesbild in the Agents Playground', () => {
  const context = usePlaygroundStack();

  test('when the samordnare chooses the channel, compiles and publishes, then the card appears in My Team - General and matches the archive', async () => {
    const { page } = context.session;
    await chooseCouncilChannel(page);

    await openPersonalChat(page);
    const review = await sendAndWaitForCard(page, 'sammanställ');
    await review
      .getByText(/Gemensam lägesbild v\d+/)
      .first()
      .waitFor();
    await review
      .getByRole('textbox', { name: 'Analys' })
      .fill('Lugnt i Centrum, oro kring Stationsparken på kvällarna.');
    await review.getByRole('button', { name: 'Publicera' }).click();
    await review.getByText(/Publicerad av/).waitFor();
    await context.session.screenshot('publish-1-review-published');

    await page.getByRole('treeitem', { name: 'My Team - General' }).click();
    const posted = page.locator('.ac-adaptiveCard').filter({ hasText: 'Gemensam lägesbild' }).last();
    await posted.getByText('Lugnt i Centrum, oro kring Stationsparken på kvällarna.').waitFor();
    await context.session.screenshot('publish-2-channel');

    const group = await context.repositories.groups.get(PLAYGROUND_TEAM);
    const period = periodByIndex(group!.schedule, periodContaining(group!.schedule, new Date()).index - 1);
    const archived = await context.repositories.publications.get(PLAYGROUND_TEAM, period.id);
    expect(archived?.value).toMatchObject({
      state: 'published',
      content: {
        analysis: 'Lugnt i Centrum, oro kring Stationsparken på kvällarna.',
        participationByOrganisation: true,
      },
      channel: { teamId: PLAYGROUND_TEAM },
    });
    expect(archived?.value.activityId).toBeTruthy();
    const postedText = await posted.innerText();
    expect(postedText).toMatch(/\d+ av \d+ svarade/);
    expect(postedText).toContain(`Publicerad av ${archived?.value.publishedBy.name}`);
  });
});
