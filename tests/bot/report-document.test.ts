import JSZip from 'jszip';
import { VERBS } from '../../src/bot/verbs';
import { spanOf } from '../../src/domain/long-report';
import { textsFor } from '../../src/i18n';
import {
  activities,
  createBotHarness,
  OBSERVATION_FORM,
  PERIOD,
  publishReviewed,
  SETTINGS_FORM,
  TEAM,
  users,
  type BotHarness,
} from '../helpers/bot-harness';
import { useConnectorFake } from '../helpers/connector-fake';

/** The document's parts as text: Word's XML with the tags left as `|`. */
async function partsOf(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (pattern: RegExp) =>
    (await Promise.all(zip.file(pattern).map((file) => file.async('string')))).join('\n');
  const document = await read(/^word\/document\.xml$/);
  return {
    zip,
    document,
    text: document.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '|'),
    headers: (await read(/^word\/header\d*\.xml$/)).replace(/<[^>]+>/g, '|'),
    footers: await read(/^word\/footer\d*\.xml$/),
    settings: await read(/^word\/settings\.xml$/),
  };
}

describe('the Word document a kommun files', () => {
  const fake = useConnectorFake();
  const sv = textsFor('sv');
  let bot: BotHarness;

  beforeEach(async () => {
    bot = await createBotHarness();
    await bot.send(activities.teamInstall(users.samordnare));
    await bot.send(activities.publishHere(users.samordnare, fake.serviceUrl));
    // The council's own name, set where the samordnare sets everything else.
    await bot.send(
      activities.execute(users.samordnare, VERBS.settingsSave, {
        ...SETTINGS_FORM,
        radetsNamn: 'Trygghetsrådet i Fagersta',
      }),
    );
    expect((await bot.service.repositories.groups.get(TEAM.id))?.councilName).toBe('Trygghetsrådet i Fagersta');
    await bot.send(
      activities.execute(users.polis, VERBS.reportSubmit, {
        groupId: TEAM.id,
        periodId: PERIOD,
        ...OBSERVATION_FORM,
        beskrivning: 'Klotter vid busshållplatsen på Stationsgatan, tredje natten i rad.',
        handelsetyp: 'klotter',
      }),
    );
    await bot.send(activities.execute(users.skola, VERBS.reportNothing, { groupId: TEAM.id, periodId: PERIOD }));
    // After v47–48's deadline: published with the group's analysis. v49–50 is running.
    bot.clock.set(new Date('2026-12-05T11:00:00Z'));
    await publishReviewed(bot, users.samordnare, {
      period: PERIOD,
      inputs: { analysis: 'Klottret samlas kring Stationsgatan.' },
    });
  });

  const document = async () => {
    const group = (await bot.service.repositories.groups.get(TEAM.id))!;
    const span = spanOf('manad', 2026, 11);
    const title = sv.longReport.title(span.kind, span.year, span.index, group.name);
    const built = await bot.service.deps.exports.document(group, span, title, sv, 'Kommunen (förvaltning)');
    return { group, span, title, parts: await partsOf(built.text) };
  };

  test('when the month is made into a document, then it has the cover, the contents field, page numbers, and a header on every page', async () => {
    const { title, parts } = await document();
    // The cover: the kommun's group, the kind and span, whom it is for, the date and who compiled it.
    for (const line of [
      'EST Fagersta',
      title,
      'Underlag till Trygghetsrådet i Fagersta',
      '2026-12-05',
      'Sammanställd av samordnaren, Kommunen (förvaltning)',
    ]) {
      expect(parts.text).toContain(`|${line}|`);
    }
    // Word's own table of contents, with the headings, and asked to be updated on opening.
    expect(parts.document).toMatch(/<w:instrText[^>]*>\s*TOC \\h \\o &quot;1-2&quot;/);
    expect(parts.text).toMatch(/Sammanfattning\|+ \|+PAGEREF _Toc\d+/);
    expect(parts.settings).toMatch(/<w:updateFields( w:val="true")?\/>/);
    // Page numbers as fields in the footer, and the report's title and span in the header.
    expect(parts.footers).toMatch(/PAGE/);
    expect(parts.footers).toMatch(/NUMPAGES/);
    expect(parts.footers).toContain('Sida');
    expect(parts.headers).toContain(`${title} · 2026-11-01 – 2026-11-30`);
    // The cover has no header: only the sections after it reference one.
    const sections = parts.document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections.length).toBeGreaterThanOrEqual(3);
    expect(sections[0]).not.toContain('headerReference');
    expect(
      sections.slice(1).every((each) => each.includes('headerReference') && each.includes('footerReference')),
    ).toBe(true);
  });

  test('when the month is made into a document, then the summary comes first, then the analyses with their period, and the numbers are the compiled ones', async () => {
    const { group, span, parts } = await document();
    const report = await bot.service.deps.longReports.longReport(group, span);
    const summary = parts.text.indexOf('|Sammanfattning|', parts.text.indexOf('|Gruppens analyser|') - 2000);
    expect(summary).toBeGreaterThan(0);
    expect(parts.text).toContain('Rapporten bygger på 2 perioder med 1 observation; i snitt svarade 1 av 3 medlemmar.');
    expect(parts.text).toContain('Det är för få observationer för att säga något om utvecklingen.');
    expect(parts.text).toContain('Flest observationer gällde Centrum (1).');
    // The running period is said, never a zero in a table.
    expect(parts.text).toContain('v49–50 2026 pågår: 0 av 3 har svarat hittills.');
    expect(parts.text).not.toMatch(/\|v49\|/);
    // The analysis follows, under its period.
    const analyses = parts.text.indexOf('|Gruppens analyser|', summary);
    expect(parts.text.indexOf('|v47–48 2026|', analyses)).toBeLessThan(
      parts.text.indexOf('|Klottret samlas kring Stationsgatan.|', analyses),
    );
    // The area table holds the compiled counts.
    const [area] = report.areas.filter((row) => row.total > 0);
    const cells = [area.label, ...area.counts.map(String), String(area.total)].join('\\|+');
    expect(parts.text).toMatch(new RegExp(`\\|${cells}\\|`));
    // The observation as the council saw it, and never who wrote it.
    expect(parts.text).toContain('Klotter vid busshållplatsen på Stationsgatan, tredje natten i rad.');
    for (const user of Object.values(users)) expect(parts.text).not.toContain(user.name);
    expect(parts.document).not.toContain(users.polis.aadObjectId);
  });

  test('when a closed period was not published, then the document says so instead of its texts', async () => {
    const { parts } = await document();
    expect(parts.text).toContain(
      '|Lägesbilden för v45–46 2026 publicerades inte, så dess texter är inte med; siffrorna är det.|',
    );
  });

  test('when a span has no closed period yet, then the card and the document say so instead of charts of nothing', async () => {
    const [reply] = await bot.send(activities.message(users.samordnare, 'rapport månad december 2026'));
    const card = JSON.stringify(reply.attachments?.[0]?.content);
    // December's first period (v51–52) has not begun; v49–50 begins in November.
    expect(card).toContain(sv.noClosedPeriod);
    expect(card).not.toContain('"type":"Chart.Line"');
    expect(card).not.toContain('"type":"FactSet"');
    const group = (await bot.service.repositories.groups.get(TEAM.id))!;
    const built = await bot.service.deps.exports.document(group, spanOf('manad', 2026, 12), 'December', sv);
    const parts = await partsOf(built.text);
    expect(parts.text).toContain(`|${sv.noClosedPeriod}|`);
    expect(parts.zip.file(/^word\/media\/.+\.png$/)).toHaveLength(0);
  });

  test('when a year is made into a document, then its series pages are landscape so that 26 periods fit, and the rest portrait', async () => {
    bot.clock.set(new Date('2027-01-20T12:00:00Z'));
    const group = (await bot.service.repositories.groups.get(TEAM.id))!;
    const built = await bot.service.deps.exports.document(group, spanOf('ar', 2026, 0), 'År 2026', sv);
    const { document: xml } = await partsOf(built.text);
    const sizes = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((match) =>
      match[1].includes('landscape') ? 'landscape' : 'portrait',
    );
    expect(sizes).toEqual(['portrait', 'portrait', 'landscape', 'portrait']);
  });
});
