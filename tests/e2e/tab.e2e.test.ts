import type { Locator, Page } from 'playwright-core';
import { DEMO_TEAM, seedDemo } from '../../scripts/demo-data';
import type { Stack } from '../../scripts/dev-stack';
import { composeService, type Service } from '../../src/compose';
import { loadConfig } from '../../src/config/load-config';
import { createLogger } from '../../src/logger';
import { openPage, startTestStack, type PlaygroundSession } from './playground';

/** Each element's `data-key` and the number it shows (`cell`: the element inside that holds it). */
async function numbersByKey(elements: Locator, cell?: string): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const element of await elements.all()) {
    const text = await (cell ? element.locator(cell) : element).textContent();
    found.set(String(await element.getAttribute('data-key')), Number(text));
  }
  return found;
}

/** Each mark on the map: its place key and the number it shows. */
async function marks(page: Page): Promise<Map<string, number>> {
  await page.locator('.mark').first().waitFor();
  return numbersByKey(page.locator('.mark'));
}

/** The table beside the map: place key → observations. */
const tableRows = (page: Page) => numbersByKey(page.locator('table.places tbody tr'), 'td[data-total]');

describe('the Lägesbild tab in Chromium, on the demo group', () => {
  let stack: Stack;
  let service: Service;
  let session: PlaygroundSession;

  beforeEach(async () => {
    stack = await startTestStack({ MAP_TILE_URL: 'none' });
    service = await composeService(
      loadConfig({
        STORAGE_CONNECTION_STRING: stack.connectionString,
        LOCALE_OVERRIDE: 'sv',
        POLICE_EVENTS_ENABLED: 'false',
      }),
      createLogger('silent'),
    );
    await seedDemo(service, new Date());
    // The lägesbilder are published in the team's General channel: the council's view reads them.
    const group = (await service.repositories.groups.get(DEMO_TEAM.id))!;
    await service.repositories.groups.updateSettings({
      ...group,
      council: {
        teamId: group.id,
        channelId: group.id,
        name: 'My Team – General',
        tenantId: group.tenantId,
        serviceUrl: group.serviceUrl,
      },
    });
  });
  afterEach(async () => {
    await session?.close();
    await stack?.stop();
  });

  test('when the samordnare opens the map, then the marks and the table show the compiled figures, and a place placed by clicking is there after a reload', async () => {
    session = await openPage(`${stack.botUrl}/tab`);
    const { page, screenshot } = session;
    const group = (await service.repositories.groups.get(DEMO_TEAM.id))!;
    const { trends } = await service.deps.trends.trends(group, 13);

    const shown = await marks(page);
    await screenshot('tab-1-map');
    // Every område of the demo has a position: its mark shows what trender compiles for it.
    expect(trends.omraden.length).toBe(4);
    for (const { omrade, total } of trends.omraden)
      expect([omrade, shown.get(`${omrade.toLowerCase()}|`)]).toEqual([omrade, total]);
    // The table beside the map has the same numbers as the marks.
    const rows = await tableRows(page);
    for (const [key, total] of shown) expect([key, rows.get(key)]).toEqual([key, total]);
    expect(rows.get('norra fagersta|gångtunneln')).toBeGreaterThan(0);
    expect(shown.has('norra fagersta|gångtunneln')).toBe(false);

    // Placing Gångtunneln, which has no position yet: its button, then a click on the map.
    await page.getByRole('button', { name: 'Placera Gångtunneln (Norra Fagersta)' }).click();
    await page.getByText('Klicka på kartan där Gångtunneln (Norra Fagersta) ligger.').waitFor();
    // Near the left edge, halfway down: the marks are fitted inside the map with a margin.
    await page.locator('#map').click({ position: { x: 15, y: 300 } });
    await page.getByText('Platsen är sparad.').waitFor();
    const stored = await service.repositories.positions.list(DEMO_TEAM.id);
    expect(stored['norra fagersta|gångtunneln']).toEqual({ lat: expect.any(Number), lng: expect.any(Number) });

    await page.reload();
    const after = await marks(page);
    expect(after.get('norra fagersta|gångtunneln')).toBe(rows.get('norra fagersta|gångtunneln'));
    await page.getByText('Alla platser har en plats på kartan.').waitFor();

    // Choosing a mark (with the keyboard: marks close together overlap) shows the place: per
    // period, händelsetyper, the insats there.
    await page.locator('.mark[data-key="centrum|stationsparken"]').focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Stationsparken (Centrum)' });
    await details.getByText('Observationer per period').waitFor();
    await details.getByText(/#1 Bättre belysning.*Genomförd/).waitFor();
    await screenshot('tab-2-placed');

    await page.getByRole('button', { name: 'Trender' }).click();
    await page.locator('.chart svg').first().waitFor();
    await screenshot('tab-3-trender');
    await page.getByRole('button', { name: 'Insatser' }).click();
    await page
      .getByRole('region', { name: 'Genomförd' })
      .getByText(/Bättre belysning/)
      .waitFor();
    await screenshot('tab-4-insatser');
  });

  test('when the council’s view is opened, then it shows only what was published', async () => {
    session = await openPage(`${stack.botUrl}/tab?view=council`);
    const { page, screenshot } = session;
    await page.getByText('Rådets vy: bara det som har publicerats i lägesbilderna.').waitFor();
    const shown = await marks(page);
    await screenshot('tab-5-council');

    // What the council saw: the observations of the published pictures, counted per område.
    const group = (await service.repositories.groups.get(DEMO_TEAM.id))!;
    const span = new Set(service.deps.trends.periods(group, 13).map((period) => period.id));
    const published = (await service.repositories.publications.list(DEMO_TEAM.id)).filter((each) =>
      span.has(each.periodId),
    );
    expect(published.length).toBe(4);
    const expected = new Map<string, number>();
    for (const publication of published) {
      for (const section of publication.content.picture.areas) {
        for (const place of section.places) {
          const key = `${place.omrade.toLowerCase()}|`;
          expected.set(key, (expected.get(key) ?? 0) + place.observations.length);
        }
      }
    }
    for (const [key, total] of expected) expect([key, shown.get(key)]).toEqual([key, total]);
    await page.getByText(/^9 av de 13 periodernas lägesbilder är inte publicerade och räknas inte/).waitFor();
    // The council places nothing.
    expect(await page.getByRole('button', { name: /^Placera / }).count()).toBe(0);
  });
});
