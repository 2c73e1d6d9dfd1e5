import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { seedDemo } from '../../scripts/demo-data';
import { composeService } from '../../src/compose';
import { loadConfig } from '../../src/config/load-config';
import { spanFromArgument } from '../../src/domain/long-report';
import { MONTH_NAMES } from '../../src/i18n';
import { createLogger } from '../../src/logger';
import { openPersonalChat, RESULTS, sendAndWaitForCard, usePlaygroundStack } from './playground';

/**
 * Renders the first pages of a .docx to PNG as Word would print them: LibreOffice (headless, from
 * Debian's packages) to PDF, poppler's pdftoppm to PNG. Returns the pages' files.
 */
function renderPages(docx: string, pages: number): string[] {
  const folder = join(RESULTS, 'docx');
  mkdirSync(folder, { recursive: true });
  const office = spawnSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', 'pdf'].concat([
      '--outdir',
      folder,
      docx,
    ]),
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (office.status !== 0) throw new Error(`soffice failed: ${office.stderr}`);
  const pdf = join(folder, 'rapport.pdf');
  const raster = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(pages), pdf, join(folder, 'page')]);
  if (raster.status !== 0) throw new Error(`pdftoppm failed: ${String(raster.stderr)}`);
  return readdirSync(folder).filter((name) => /^page-\d+\.png$/.test(name));
}

describe('the demo group in the Agents Playground', () => {
  const context = usePlaygroundStack();

  test('when the demo is seeded, then trender shows the charts, the year report the insats that worked, and the tertial report downloads as a Word document', async () => {
    const service = await composeService(
      loadConfig({ STORAGE_CONNECTION_STRING: context.stack.connectionString, LOCALE_OVERRIDE: 'sv' }),
      createLogger('silent'),
    );
    const seeded = await seedDemo(service, new Date());
    expect(seeded.created).toBe(true);
    expect(seeded.observations).toBeGreaterThan(100);
    expect((await seedDemo(service, new Date())).created).toBe(false);

    const members = await service.repositories.members.listByGroup('team-id');
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

    // The tertial report as a Word document: the button, the link in the chat, the file behind it.
    const tertial = await sendAndWaitForCard(page, 'rapport tertial');
    await tertial.getByRole('button', { name: 'Ladda ner som Word' }).click();
    const linkCard = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: /Word-dokumentet är klart: Tertialanalys T\d 20\d\d/ })
      .last();
    await linkCard.waitFor({ timeout: 60_000 });
    await screenshot('demo-3-download');
    const opened = page.context().waitForEvent('request', (request) => request.url().includes('-downloads/'));
    await linkCard.getByText('Öppna dokumentet').click();
    const url = (await opened).url();
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const docx = Buffer.from(await response.arrayBuffer());
    const file = join(RESULTS, 'rapport.docx');
    writeFileSync(file, docx);

    // The numbers in the document are the compiled ones: each area's row, period by period, and its total.
    const group = (await service.repositories.groups.get('team-id'))!;
    const lastEnded = service.deps.situationPictures.lastEnded(group);
    const report = await service.deps.situationPictures.longReport(
      group,
      spanFromArgument('tertial', '', lastEnded, MONTH_NAMES)!,
    );
    const zip = await JSZip.loadAsync(docx);
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '|');
    const literal = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(report.totalObservations).toBeGreaterThan(0);
    for (const area of report.areas) {
      const cells = [area.label, ...area.counts.map(String), String(area.total)].map(literal).join('\\|+');
      expect(text).toMatch(new RegExp(`\\|${cells}\\|`));
    }
    expect(zip.file(/^word\/media\/.*\.png$/).length).toBeGreaterThanOrEqual(2);
    // Each period's hot spots, with the organisations that named them (the recurring one marked).
    expect(text).toMatch(/\|Hot spots: Centrum[^|]*: [^|]*\(återkommande\)\|/);
    const names = members.map((member) => member.name);
    for (const name of names) expect(text).not.toContain(name);

    const pages = renderPages(file, 3);
    expect(pages.length).toBeGreaterThanOrEqual(2);

    const archived = await service.repositories.publications.list('team-id');
    expect(archived).toHaveLength(4);
    expect(new Set(members.map((member) => member.organisation).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
  });
});
