import { DateTime } from 'luxon';
import { currentReportingPeriod } from '../../src/domain/periods';
import type { GroupSchedule } from '../../src/domain/schedule';
import { JOBS_SECRET, openPersonalChat, openTeamChannel, sendAndWaitForCard, usePlaygroundStack } from './playground';

const PLAYGROUND_USER = '00000000-0000-0000-0000-0000000000020';
const PLAYGROUND_TEAM = 'team-id';

/**
 * A weekly schedule whose prompt is due now: the period that ended this Monday is being reported
 * on, its prompt went out at Monday 00:00 and reporting closes Sunday 23:59.
 */
function scheduleDueNow(): GroupSchedule {
  const monday = DateTime.now().setZone('Europe/Stockholm').startOf('week');
  return {
    anchorDate: monday.toISODate() ?? '',
    lengthDays: 7,
    promptWeekday: 1,
    promptTime: '00:00',
    reminderWeekday: 7,
    reminderTime: '23:58',
    deadlineWeekday: 7,
    deadlineTime: '23:59',
  };
}

describe('the fortnightly prompt in the Agents Playground', () => {
  const context = usePlaygroundStack();

  test('when a tick sends the prompt, then the member answers from that card and status shows 1 of N answered', async () => {
    const { page } = context.session;
    await openTeamChannel(page);
    await openPersonalChat(page);
    const group = await context.repositories.groups.get(PLAYGROUND_TEAM);
    if (!group) throw new Error('the team was not recorded');
    // What the samordnare would set with `inställningar`: a schedule whose prompt is due now.
    await context.repositories.groups.updateSettings({ ...group, schedule: scheduleDueNow() });
    const members = (await context.repositories.members.listByGroup(PLAYGROUND_TEAM)).filter((member) => member.active);

    const cards = page.locator('.ac-adaptiveCard');
    const before = await cards.count();
    const tick = await fetch(`${context.stack.botUrl}/api/jobs/tick`, {
      method: 'POST',
      headers: { authorization: `Bearer ${JOBS_SECRET}` },
    });
    expect(tick.status).toBe(200);
    // The prompt round, and the medborgarlöften round that goes with it (no pledges here: nobody gets it).
    expect(((await tick.json()) as { result: { created: number } }).result.created).toBe(2);

    const prompt = cards.nth(before);
    await prompt.getByText(/Dags att lämna din lägesbild för v\d+ \d{4}/).waitFor();
    await context.session.screenshot('cycle-1-prompt');

    await prompt.getByRole('button', { name: 'Inget att rapportera' }).click();
    await prompt.getByText('Du har inget att rapportera den här perioden.').waitFor();

    const status = await sendAndWaitForCard(page, 'status');
    await status.getByText(`1 av ${members.length} (1 inget att rapportera)`).waitFor();
    await context.session.screenshot('cycle-2-status');

    const period = currentReportingPeriod(scheduleDueNow(), new Date());
    const entries = await context.repositories.outbox.listForPeriod(PLAYGROUND_TEAM, period.id);
    expect(entries.find((entry) => entry.memberKey === PLAYGROUND_USER)).toMatchObject({
      kind: 'prompt',
      state: 'sent',
      attempts: 1,
    });
    expect(
      (await context.repositories.reports.getReport(PLAYGROUND_TEAM, period.id, PLAYGROUND_USER))?.value
        .nothingToReport,
    ).toBe(true);

    // A second tick prompts nobody again.
    const cardsAfter = await cards.count();
    await fetch(`${context.stack.botUrl}/api/jobs/tick`, {
      method: 'POST',
      headers: { authorization: `Bearer ${JOBS_SECRET}` },
    });
    await page.waitForTimeout(1000);
    expect(await cards.count()).toBe(cardsAfter);
  });
});
