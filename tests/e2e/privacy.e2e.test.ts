import { periodContaining } from '../../src/domain/periods';
import {
  chooseCouncilChannel,
  fillObservation,
  openPersonalChat,
  sendAndWaitForCard,
  usePlaygroundStack,
} from './playground';

/** The Playground's default user, Alex Wilber (member and samordnare), and team. */
const PLAYGROUND_USER = '00000000-0000-0000-0000-0000000000020';
const PLAYGROUND_TEAM = 'team-id';
const NAMED = 'Kalle Andersson klottrade på gaveln vid busshållplatsen.';
const OTHER = 'Glaskross vid lekplatsen efter helgen.';

describe('names in the Agents Playground: warned, gone on with, left out at review', () => {
  const context = usePlaygroundStack();

  test('when a member types a name and goes on anyway, and the samordnare leaves it out, then the channel card does not contain it', async () => {
    const { page, screenshot } = context.session;
    await chooseCouncilChannel(page);
    const group = (await context.repositories.groups.get(PLAYGROUND_TEAM))!;
    const period = periodContaining(group.schedule, new Date());

    await openPersonalChat(page);
    const card = await sendAndWaitForCard(page, 'rapportera');
    await card.getByText('Dina observationer (0)').waitFor();
    await fillObservation(page, card, {
      area: 'Ordningsstörning och otrygghet',
      omrade: 'Centrum',
      plats: 'Stationsparken',
      tidpunkt: 'Kväll',
      beskrivning: NAMED,
      bedomning: 'Medel',
    });
    await card.getByRole('button', { name: 'Lägg till observation' }).click();
    await card.getByText(/ser ut att nämna en person: ”Kalle Andersson”/).waitFor();
    await screenshot('privacy-1-name-warning');
    expect(await card.getByRole('textbox', { name: 'Beskrivning (obligatoriskt)' }).inputValue()).toBe(NAMED);
    expect(
      (await context.repositories.reports.getDraft(PLAYGROUND_TEAM, period.id, PLAYGROUND_USER)).draft,
    ).toBeUndefined();

    await card.getByRole('button', { name: 'Det är inte en person' }).click();
    await card.getByText('Din observation (1)').waitFor();
    await fillObservation(page, card, {
      area: 'Ordningsstörning och otrygghet',
      omrade: 'Centrum',
      tidpunkt: 'Natt',
      beskrivning: OTHER,
      bedomning: 'Låg',
    });
    await card.getByRole('button', { name: 'Skicka rapporten' }).click();
    await card.getByText('Tack! Din lägesbild är mottagen').waitFor();
    const stored = await context.repositories.reports.getReport(PLAYGROUND_TEAM, period.id, PLAYGROUND_USER);
    expect(stored?.value.observations.find((o) => o.description === NAMED)?.notPersons).toEqual(['Kalle Andersson']);

    // The samordnare reviews the running period: the mark is shown, the observation left out.
    const review = await sendAndWaitForCard(page, `sammanställ ${period.id}`);
    await review
      .getByText(/Gemensam lägesbild v\d+/)
      .first()
      .waitFor();
    // The area's observations are folded under its "Visa".
    await review.getByRole('button', { name: 'Visa' }).first().click();
    await review
      .getByText(/Rapportören angav att ”Kalle Andersson” inte är en person/)
      .first()
      .waitFor();
    await review.getByRole('button', { name: 'Granska texterna' }).click();
    await review.getByText(/^Granska texterna ·/).waitFor();
    const omit = review.getByRole('checkbox', { name: 'Ta inte med i den publicerade lägesbilden' });
    expect(await omit.count()).toBe(2);
    const texts = review.getByRole('textbox', { name: 'Text som publiceras' });
    const namedIndex = (await texts.nth(0).inputValue()) === NAMED ? 0 : 1;
    await omit.nth(namedIndex).check();
    await screenshot('privacy-2-review-texts');
    await review.getByRole('button', { name: 'Spara granskningen' }).click();
    await review.getByText(/Granskningen är sparad \(utelämnade: 1, omskrivna: 0\)/).waitFor();
    await review
      .getByText(/1 observation tas inte med/)
      .first()
      .waitFor();
    await review.getByRole('button', { name: 'Publicera' }).click();
    await review.getByText(/Publicerad av/).waitFor();

    await page.getByRole('treeitem', { name: 'My Team - General' }).click();
    const posted = page.locator('.ac-adaptiveCard').filter({ hasText: 'Gemensam lägesbild' }).last();
    await posted.getByText(/Publicerad av/).waitFor();
    await screenshot('privacy-3-channel');
    const postedJson = await posted.innerText();
    expect(postedJson).not.toMatch(/Kalle|Andersson/);
    const archived = await context.repositories.publications.get(PLAYGROUND_TEAM, period.id);
    expect(JSON.stringify(archived?.value.content)).not.toMatch(/Kalle|Andersson/);
    expect(JSON.stringify(archived?.value.content)).toContain(OTHER);
  });
});
