import { seedDemo } from '../../scripts/demo-data';
import { composeService } from '../../src/compose';
import { loadConfig } from '../../src/config/load-config';
import { createLogger } from '../../src/logger';
import { openPersonalChat, sendAndWaitForCard, usePlaygroundStack } from './playground';

describe('the demo group in the Agents Playground', () => {
  const context = usePlaygroundStack();

  test('when the demo is seeded, then trender shows the charts and the year report the insats that worked', async () => {
    const service = await composeService(
      loadConfig({ STORAGE_CONNECTION_STRING: context.stack.connectionString, LOCALE_OVERRIDE: 'sv' }),
      createLogger('silent'),
    );
    const seeded = await seedDemo(service, new Date());
    expect(seeded.created).toBe(true);
    expect(seeded.observations).toBeGreaterThan(100);
    expect((await seedDemo(service, new Date())).created).toBe(false);

    const { page, screenshot } = context.session;
    await openPersonalChat(page);
    const trends = await sendAndWaitForCard(page, 'trender');
    await trends.getByText('Trender · My Team').waitFor();
    await screenshot('demo-1-trender');
    await trends.getByText('Observationer per område i mallen och period').first().waitFor();
    expect(await trends.locator('svg').count()).toBeGreaterThan(0);
    await screenshot('demo-1-trender');

    const year = await sendAndWaitForCard(page, 'rapport år');
    await year.getByText('Effekt på platsen (genomförda insatser)').waitFor();
    await year
      .getByText(/Insats 1: Bättre belysning.*färre/)
      .first()
      .waitFor();
    await screenshot('demo-2-year');

    const archived = await service.repositories.publications.list('team-id');
    expect(archived).toHaveLength(4);
    const members = await service.repositories.members.listByGroup('team-id');
    expect(new Set(members.map((member) => member.organisation).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
  });
});
