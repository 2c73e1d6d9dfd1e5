import { DateTime } from 'luxon';
import { periodByIndex, periodContaining, TIME_ZONE } from '../../src/domain/periods';
import type { Observation } from '../../src/domain/report';
import {
  choose,
  chooseCouncilChannel,
  JOBS_SECRET,
  openPersonalChat,
  sendAndWaitForCard,
  usePlaygroundStack,
} from './playground';

/** The Playground's default user, Alex Wilber (the samordnare, who installed the bot), and team. */
const PLAYGROUND_USER = '00000000-0000-0000-0000-0000000000020';
const PLAYGROUND_TEAM = 'team-id';

const observation = (id: string, description: string): Observation => ({
  id,
  areaId: 'ordningsstorning-och-otrygghet',
  omrade: 'Centrum',
  omradeIsOther: false,
  place: 'Stationsparken',
  timeOfDay: 'kvall',
  description,
  assessment: 'medel',
  trend: 'okar',
  policeReported: 'nej',
});

describe('the EST loop in the Agents Playground: insats, follow-up, effect and återkoppling', () => {
  const context = usePlaygroundStack();

  const tick = async () => {
    const response = await fetch(`${context.stack.botUrl}/api/jobs/tick`, {
      method: 'POST',
      headers: { authorization: `Bearer ${JOBS_SECRET}` },
    });
    expect(response.status).toBe(200);
  };

  test('when the samordnare records an insats on a hot spot, publishes, and the owner sets it genomförd, then the channel, the reporter and the stored rows all follow', async () => {
    const { page, screenshot } = context.session;
    await chooseCouncilChannel(page);
    const group = (await context.repositories.groups.get(PLAYGROUND_TEAM))!;
    const last = periodByIndex(group.schedule, periodContaining(group.schedule, new Date()).index - 1);
    const current = periodByIndex(group.schedule, last.index + 1);
    // What two organisations reported at Stationsparken in the period that ended last: a hot spot.
    for (const [memberKey, organisation, id] of [
      [PLAYGROUND_USER, 'Polisen', 'e2e-1'],
      ['e2e-skola', 'Skola', 'e2e-2'],
    ] as const) {
      await context.repositories.reports.submit(
        {
          groupId: PLAYGROUND_TEAM,
          periodId: last.id,
          memberKey,
          organisation,
          nothingToReport: false,
          observations: [observation(id, 'Klotter och en grupp som skapar otrygghet vid busshållplatsen.')],
          version: 1,
          contentHash: id,
          submittedAt: last.start,
        },
        {},
      );
    }

    await openPersonalChat(page);
    const card = await sendAndWaitForCard(page, 'sammanställ');
    await card
      .getByText(/Centrum, Stationsparken: Polisen, Skola/)
      .first()
      .waitFor();
    await card.getByRole('button', { name: 'Ny insats' }).click();
    await card.getByText(/^Ny insats \(v\d+/).waitFor();
    const today = DateTime.now().setZone(TIME_ZONE);
    await card.getByRole('textbox', { name: /^Vad ska göras/ }).fill('Trygghetsvandring kvällstid');
    await choose(page, card, 'Område (obligatoriskt)', 'Centrum');
    await card.getByRole('textbox', { name: 'Plats' }).fill('Stationsparken');
    await card.getByRole('checkbox', { name: /Hot spot: Centrum, Stationsparken \(2 organisationer\)/ }).check();
    await choose(page, card, 'Ansvarig organisation (obligatoriskt)', 'Skola');
    await choose(page, card, 'Ansvarig person (får påminnelser och uppdaterar status)', 'Alex Wilber');
    await card.getByLabel('Klart senast (obligatoriskt)').fill(today.plus({ days: 10 }).toISODate() ?? '');
    await card.getByRole('textbox', { name: 'Mätbart mål' }).fill('Två kvällar i veckan');
    await screenshot('insats-1-form');
    await card.getByRole('button', { name: 'Spara insatsen' }).click();
    await card.getByText('Insats 1 är sparad.').waitFor();
    await screenshot('insats-2-saved');

    const stored = (await context.repositories.insatser.get(PLAYGROUND_TEAM, '0001'))?.value;
    expect(stored).toMatchObject({
      what: 'Trygghetsvandring kvällstid',
      status: 'planerad',
      ownerOrganisation: 'Skola',
      ownerMemberKey: PLAYGROUND_USER,
      links: [{ kind: 'hotSpot', periodId: last.id, omrade: 'Centrum', place: 'Stationsparken' }],
    });
    expect(JSON.stringify(stored?.links)).not.toContain(PLAYGROUND_USER);

    // The återkoppling goes out with the next tick, to the reporter's 1:1 chat.
    await tick();
    await page
      .getByText(/Din rapport om Centrum, Stationsparken v\d+.* ledde till en insats: Trygghetsvandring kvällstid/)
      .first()
      .waitFor();
    await screenshot('insats-3-aterkoppling');

    const review = await sendAndWaitForCard(page, 'sammanställ');
    await review.getByRole('button', { name: 'Publicera' }).click();
    await review.getByText(/Publicerad av/).waitFor();
    await page.getByRole('treeitem', { name: 'My Team - General' }).click();
    const posted = page.locator('.ac-adaptiveCard').filter({ hasText: 'Gemensam lägesbild' }).last();
    await posted.getByText('Nya insatser').waitFor();
    await posted.getByText(/Insats 1: Trygghetsvandring kvällstid \(Centrum, Stationsparken\)/).waitFor();
    await screenshot('insats-4-channel');

    await openPersonalChat(page);
    const list = await sendAndWaitForCard(page, 'insatser');
    await list.getByRole('button', { name: 'Uppdatera' }).click();
    await list.getByText(/^Status: Insats 1/).waitFor();
    await list.getByRole('radio', { name: 'Genomförd' }).check();
    await list.getByRole('textbox', { name: 'Kommentar' }).fill('Två kvällar genomförda med fältarna.');
    await list.getByRole('button', { name: 'Spara status' }).click();
    await list.getByText('Statusen är sparad.').waitFor();
    await screenshot('insats-5-genomford');
    await tick();
    await page
      .getByText(/Insatsen som din rapport om Centrum, Stationsparken .* ledde till är genomförd/)
      .first()
      .waitFor();

    // The next lägesbild (the running period, published now) shows it done with its effect.
    const next = await sendAndWaitForCard(page, `sammanställ ${current.id}`);
    await next.getByText('Effekt på platsen (genomförda insatser)').waitFor();
    await next.getByRole('button', { name: 'Publicera' }).click();
    await next.getByText(/Publicerad av/).waitFor();
    await page.getByRole('treeitem', { name: 'My Team - General' }).click();
    const second = page.locator('.ac-adaptiveCard').filter({ hasText: 'Effekt på platsen' }).last();
    await second
      .getByText(/Insats 1: .* \*\*Genomförd\*\*|Genomförd/)
      .first()
      .waitFor();
    await second.getByText(/för tidigt att säga/).waitFor();
    await screenshot('insats-6-effect');

    expect((await context.repositories.insatser.get(PLAYGROUND_TEAM, '0001'))?.value).toMatchObject({
      status: 'genomford',
      doneOn: today.toISODate(),
    });
    const history = await context.repositories.insatser.listUpdates(PLAYGROUND_TEAM, '0001');
    expect(history.map((update) => update.status)).toEqual(['planerad', 'genomford']);
    const entries = await context.repositories.outbox.listForPeriod(PLAYGROUND_TEAM, last.id);
    const feedback = entries.filter((entry) => entry.kind === 'feedbackNew' || entry.kind === 'feedbackDone');
    expect(feedback.map((entry) => [entry.kind, entry.memberKey, entry.state]).sort()).toEqual([
      ['feedbackDone', PLAYGROUND_USER, 'sent'],
      ['feedbackNew', PLAYGROUND_USER, 'sent'],
    ]);
    const archived = await context.repositories.publications.get(PLAYGROUND_TEAM, current.id);
    expect(archived?.value.content.insatsSection?.done).toEqual([
      expect.objectContaining({ number: 1, status: 'genomford', effect: expect.objectContaining({ kind: 'tooFew' }) }),
    ]);
  });
});
