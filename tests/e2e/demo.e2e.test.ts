import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { seedDemo } from '../../scripts/demo-data';
import { composeService } from '../../src/compose';
import { loadConfig } from '../../src/config/load-config';
import { spanContaining, spanFromArgument } from '../../src/domain/long-report';
import { lastClosedPeriod, runningPeriods } from '../../src/domain/periods';
import { MONTH_NAMES, textsFor } from '../../src/i18n';
import { createLogger } from '../../src/logger';
import { imagesWiderThanText, pageCount, printDocument } from './document-pages';
import { openPersonalChat, RESULTS, sendAndWaitForCard, usePlaygroundStack } from './playground';

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
    const sv = textsFor('sv');
    const schedule = (await service.repositories.groups.get('team-id'))!.schedule;
    // Today is always in a running period: it is said as running, and the series end before it.
    const now = new Date();
    const running = runningPeriods(schedule, now).at(-1)!;
    const lastClosed = lastClosedPeriod(schedule, now);
    const { page, screenshot } = context.session;
    await openPersonalChat(page);
    const trends = await sendAndWaitForCard(page, 'trender');
    await trends.getByText('Trender · My Team').waitFor();
    await trends
      .getByText(`– ${sv.periodLabel(lastClosed)} (6 perioder)`, { exact: false })
      .first()
      .waitFor();
    await trends
      .getByText(`${sv.periodLabel(running)} pågår:`, { exact: false })
      .first()
      .waitFor();
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

    // The tertial the running period belongs to says it is running, and counts only the closed ones.
    const runningTertial = spanContaining('tertial', running.start);
    const current = await sendAndWaitForCard(page, `rapport tertial T${runningTertial.index} ${runningTertial.year}`);
    await current
      .getByText(`${sv.periodLabel(running)} pågår:`, { exact: false })
      .first()
      .waitFor();
    await screenshot('demo-2-running');

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
    const lastEnded = service.deps.longReports.lastEnded(group);
    const report = await service.deps.longReports.longReport(
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

    // Printed as a reader would: every page rendered, no word off its page, no image wider than the text.
    const printed = printDocument(file);
    const count = pageCount(printed.pdf);
    console.log(`Word-dokumentet: ${count} sidor (test-results/docx/page-*.png)`);
    expect(printed.pages).toHaveLength(count);
    expect(count).toBeGreaterThanOrEqual(5);
    expect(printed.outside).toEqual([]);
    expect(imagesWiderThanText(await zip.file('word/document.xml')!.async('string'))).toEqual([]);
    for (const part of ['Innehåll', 'Sammanfattning', 'Gruppens analyser', 'Underlag till'])
      expect(text).toContain(part);

    const archived = await service.repositories.publications.list('team-id');
    expect(archived).toHaveLength(4);
    expect(new Set(members.map((member) => member.organisation).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
  });
});
