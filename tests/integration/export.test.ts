import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { DateTime } from 'luxon';
import { ROOT } from '../../scripts/dev-stack';
import { FixedClock } from '../../src/domain/clock';
import { periodContaining, TIME_ZONE } from '../../src/domain/periods';
import { emptyObservationForm } from '../../src/domain/report';
import { textsFor } from '../../src/i18n';
import { ReportService } from '../../src/services/report-service';
import { SCHEDULE, seedGroups } from '../helpers/seed';
import { createTestTables, testConnectionString, type TestTables } from '../helpers/tables';

const sv = textsFor('sv');

describe('npm run export', () => {
  let tables: TestTables;
  let folder: string;

  beforeAll(async () => {
    tables = await createTestTables();
    folder = mkdtempSync(join(tmpdir(), 'lagesbild-export-'));
    const [{ group, members }] = await seedGroups(tables.repositories, {
      groups: 1,
      membersPerGroup: 3,
      serviceUrl: 'http://127.0.0.1:9/',
    });
    await tables.repositories.members.updateAdministration(group.id, members[0].memberKey, { organisation: 'Polisen' });
    const clock = new FixedClock(new Date('2026-11-25T09:00:00Z'));
    let id = 0;
    const reports = new ReportService(tables.repositories, clock, () => `obs${(id += 1)}`);
    const context = (await reports.context(members[0].memberKey, group.id, '2026-W47'))!;
    const form = {
      ...emptyObservationForm(),
      area: group.areas[0].id,
      omrade: 'Centrum',
      plats: 'Stationsparken',
      tidpunkt: 'kvall',
      beskrivning: 'Klotter, "tags" och en *trasig* lampa | på perrongen\n[se här](https://example.test)',
      bedomning: 'hog',
      handelsetyp: 'klotter',
      forslag: 'Snabbare sanering',
    };
    await reports.submit(context, form);
    await reports.submitNothingToReport((await reports.context(members[1].memberKey, group.id, '2026-W47'))!);
  });
  afterAll(async () => {
    await tables.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--no-deprecation', join(ROOT, 'dist', 'scripts', 'export.js'), ...args], {
      cwd: folder,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        STORAGE_CONNECTION_STRING: testConnectionString(),
        TABLE_PREFIX: tables.prefix,
      },
      timeout: 30_000,
    });

  test('when observations are exported as CSV, then each is one row with the organisation and never the reporter', () => {
    const result = run(['--group', 'EST 0', '--from', '2026-11-01', '--to', '2026-11-29', '--format', 'csv']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Skrev 1 observation (csv) till lagesbild-est-0-2026-11-01-2026-11-29.csv');
    const csv = readFileSync(join(folder, 'lagesbild-est-0-2026-11-01-2026-11-29.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe(
      'period_id,period,omrade_i_mallen,omrade,plats,datum,tid_pa_dygnet,beskrivning,bedomning,trend,polisanmalt,organisation,handelsetyp,forslag_pa_insats',
    );
    expect(csv).toContain(
      '2026-W47,v47–48 2026,Ordningsstörning och otrygghet,Centrum,Stationsparken,,Kväll,"Klotter, ""tags"" och en *trasig* lampa | på perrongen\n[se här](https://example.test)",Hög,Vet ej,Vet ej,Polisen,Klotter,Snabbare sanering',
    );
    expect(csv).not.toContain('Medlem');
    expect(csv).not.toContain('aad-');
  });

  test('when the compiled report is exported as Markdown, then it has the series per area and each period', () => {
    const out = join(folder, 'rapport.md');
    const result = run([
      '--group',
      '19:group-0@thread.tacv2',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-29',
      '--format',
      'md',
      '--out',
      out,
    ]);
    expect(result.status).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toContain('| Område i mallen | v45–46 2026 | v47–48 2026 |');
    expect(markdown).toContain('| Ordningsstörning och otrygghet | 0 | 1 |');
    expect(markdown).toContain('## v47–48 2026');
    expect(markdown).toContain('**Centrum, Stationsparken**');
    expect(markdown).toContain('| Händelsetyp | v45–46 2026 | v47–48 2026 |');
    expect(markdown).toContain('| Klotter | 0 | 1 |');
    // A member's text stays text: no emphasis, no table cell, no link of theirs.
    expect(markdown).toContain('Klotter, "tags" och en \\*trasig\\* lampa \\| på perrongen \\[se här\\]');
    expect(markdown).not.toContain('aad-');
  });

  test('when the report is exported as a Word document, then it opens, has the headings and the compiled numbers, and neither a reporter nor an unreviewed text', async () => {
    const out = join(folder, 'rapport.docx');
    const result = run([
      '--group',
      'EST 0',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-29',
      '--format',
      'docx',
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '|');
    for (const heading of [
      'Deltagande',
      'Händelsetyper',
      'Observationer per period',
      'Uppföljning av medborgarlöften',
    ]) {
      expect(text).toContain(`|${heading}|`);
    }
    expect(text).toContain('|Per område i mallen (per period, totalt, riktning)|');
    // The area table: the two periods and the total, as compiled.
    expect(text).toMatch(/\|Ordningsstörning och otrygghet\|(\|+0\|+1\|+1\|)/);
    // Nothing was published: the member's text, never reviewed, stays out; the figures are in.
    expect(text).not.toContain('trasig');
    expect(text).toContain(
      '|Lägesbilden för v47–48 2026 publicerades inte, så dess texter är inte med; siffrorna är det.|',
    );
    expect(text).not.toContain('Medlem');
    expect(xml).not.toContain('aad-');
    // The title page names the span; the charts are PNG images with their figures as alt text.
    expect(text).toContain('|2026-11-01 – 2026-11-29: 2 perioder, v45–46 2026 – v47–48 2026|');
    const images = zip.file(/^word\/media\/.+\.png$/);
    expect(images.length).toBeGreaterThanOrEqual(2);
    const png = await images[0].async('nodebuffer');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(xml).toMatch(/descr="Ordningsstörning och otrygghet: 0, 1;/);
  });

  test('when the range holds a period still open for reports, then the command says it is running and leaves it out of the file', () => {
    // Today is always in a running period (computed, so that the test holds on any day).
    const running = periodContaining(SCHEDULE, new Date());
    const from = DateTime.fromJSDate(running.start, { zone: TIME_ZONE }).toISODate()!;
    const to = DateTime.now().setZone(TIME_ZONE).toISODate()!;
    const result = run([
      '--group',
      'EST 0',
      '--from',
      from,
      '--to',
      to,
      '--format',
      'csv',
      '--out',
      join(folder, 'now.csv'),
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${sv.periodLabel(running)} pågår: 0 av 3 har svarat hittills.`);
    expect(readFileSync(join(folder, 'now.csv'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  test('when arguments are missing or wrong, then it says how to use it and writes nothing', () => {
    expect(run([]).status).toBe(2);
    expect(run([]).stderr).toContain('Användning: npm run export');
    expect(run(['--group', 'x', '--from', '2026-12-01', '--to', '2026-11-01']).stderr).toContain('--from först');
    const unknown = run(['--group', 'Finns inte', '--from', '2026-11-01', '--to', '2026-11-29']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Hittar ingen EST-grupp');
  });
});
