import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { barChart } from '../../src/cards/charts';
import { barChartSvg } from '../../src/documents/chart-images';
import { BAR_LABEL_LENGTH, barLabel } from '../../src/domain/group';
import type { LongReport } from '../../src/domain/long-report';
import { direction, spanOf } from '../../src/domain/long-report';
import { whereOf } from '../../src/domain/report';
import { reportSummary } from '../../src/domain/report-summary';
import { textsFor } from '../../src/i18n';

const sv = textsFor('sv');

/** A long report with `perPeriod` observations per period, split over two areas as given. */
function report(ordning: number[], hot: number[], extra: Partial<LongReport> = {}): LongReport {
  const counts = ordning.map((count, index) => count + hot[index]);
  const area = (areaId: string, label: string, series: number[]) => ({
    areaId,
    label,
    counts: series,
    total: series.reduce((sum, value) => sum + value, 0),
    direction: 'oforandrat' as const,
  });
  const areas = [area('ordning', 'Ordningsstörning och otrygghet', ordning), area('hot', 'Hot och våld', hot)];
  return {
    span: spanOf('tertial', 2026, 3),
    periods: counts.map((observations, index) => ({
      periodId: `2026-W${35 + 2 * index}`,
      answered: 7,
      total: 9,
      observations,
    })),
    areas,
    omraden: [
      { omrade: 'Centrum', counts, total: counts.reduce((sum, value) => sum + value, 0), direction: 'oforandrat' },
    ],
    eventTypes: [],
    recurringHotSpots: [],
    totalObservations: counts.reduce((sum, value) => sum + value, 0),
    insatser: [],
    running: [],
    ...extra,
  };
}
/** The areas' directions as compileLongReport works them out. */
const withDirections = (long: LongReport): LongReport => ({
  ...long,
  areas: long.areas.map((area) => ({ ...area, direction: direction(area.counts) })),
});
const sentences = (long: LongReport) => sv.document.summary(reportSummary(withDirections(long)), whereOf);

describe('the Sammanfattning, written from the figures', () => {
  test('when observations increased, then it says from how many to how many per period and where most', () => {
    const text = sentences(report([2, 2, 3, 5, 8, 9], [1, 1, 1, 1, 1, 1]));
    expect(text[0]).toBe('Rapporten bygger på 6 perioder med 35 observationer; i snitt svarade 7 av 9 medlemmar.');
    expect(text[1]).toBe('Observationerna ökade, från i snitt 3 till 9,5 per period.');
    expect(text[2]).toBe('De ökade mest inom Ordningsstörning och otrygghet.');
    expect(text).toContain('Flest observationer gällde Centrum (35).');
    expect(text.length).toBeGreaterThanOrEqual(5);
    expect(text.length).toBeLessThanOrEqual(8);
  });

  test('when observations decreased, then it says so, and in which areas', () => {
    const text = sentences(report([6, 6, 4, 2, 1, 1], [4, 4, 3, 1, 1, 0]));
    expect(text[1]).toBe('Observationerna minskade, från i snitt 10 till 1,5 per period.');
    expect(text[2]).toBe('De minskade inom Ordningsstörning och otrygghet och Hot och våld.');
  });

  test('when nothing much changed, then it says the level stayed the same and names no area', () => {
    const text = sentences(report([3, 4, 3, 3, 4, 3], [1, 1, 1, 1, 1, 1]));
    expect(text[1]).toBe(
      'Antalet observationer låg på ungefär samma nivå, i snitt 4,5 per period i början och 4,5 i slutet.',
    );
    expect(text.some((sentence) => sentence.startsWith('De '))).toBe(false);
  });

  test('when there are too few observations or periods, then it says there are too few to say anything', () => {
    // Even with nothing at all to report, five sentences: the summary is never a stub.
    const empty = sentences(report([0, 0, 0], [0, 0, 0]));
    expect(empty.length).toBeGreaterThanOrEqual(5);
    expect(empty.at(-1)).toBe(
      'Siffrorna gäller perioder vars rapportering har stängt; en period som pågår räknas in när den stänger.',
    );
    expect(sentences(report([1, 0, 1, 0], [0, 1, 0, 1]))[1]).toBe(
      'Det är för få observationer för att säga något om utvecklingen.',
    );
    expect(sentences(report([9, 9], [9, 9]))[1]).toBe(
      'Det är för få observationer för att säga något om utvecklingen.',
    );
  });

  test('when a place recurred, insatser finished and the police published events, then each has its sentence', () => {
    const text = sentences(
      report([3, 4, 3, 3, 4, 3], [1, 1, 1, 1, 1, 1], {
        recurringHotSpots: [
          { omrade: 'Centrum', place: 'Stationsparken', periods: 4, organisations: ['Polisen', 'Skola'] },
        ],
        insatser: [
          {
            number: 1,
            what: 'Belysning',
            omrade: 'Centrum',
            status: 'genomford',
            effect: { kind: 'measured', direction: 'minskar', periods: 3, before: 9, after: 2 },
          } as LongReport['insatser'][number],
        ],
        police: {
          locations: ['Fagersta'],
          types: [{ type: 'Inbrott', counts: [1, 2, 3, 1, 0, 1], total: 8 }],
          totals: [1, 2, 3, 1, 0, 1],
        },
      }),
    );
    expect(text).toContain('Centrum, Stationsparken var hot spot i 4 perioder.');
    expect(text).toContain('1 insats genomfördes; efteråt minskade observationerna på platsen vid 1 och ökade vid 0.');
    expect(text).toContain(
      'Polisen publicerade 8 händelser i kommunen under samma perioder, flest av typen Inbrott (8).',
    );
    expect(text.length).toBeLessThanOrEqual(8);
  });
});

/** How wide resvg draws a text at 12 px in DejaVu Sans, the font the images use. */
function inkWidth(value: string): number {
  const fonts = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="40"><text x="0" y="20" font-family="DejaVu Sans" font-size="12">${value}</text></svg>`;
  const font = { fontFiles: [join(fonts, 'DejaVuSans.ttf')], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' };
  return new Resvg(svg, { font }).getBBox()?.width ?? Number.POSITIVE_INFINITY;
}

describe('the document’s bar charts', () => {
  test('when a label is longer than its share of the width, then it wraps and nothing of it is cut at the edge', () => {
    const label = 'Otrygg fysisk miljö (belysning, skymd sikt)';
    const svg = barChartSvg(
      [
        { label, value: 7 },
        { label: 'Centrum', value: 3 },
      ],
      451,
    );
    const texts = [...svg.matchAll(/<text[^>]*transform="translate\(([\d.]+) [\d.]+\)"[^>]*>([^<]*)<\/text>/g)];
    const parts = texts.filter(([, , content]) => label.includes(content.trim()) && content.trim().length > 1);
    // Wrapped over more than one line, and every line's words are there.
    expect(parts.length).toBeGreaterThan(1);
    const squeezed = (value: string) => value.replace(/\s+/g, '');
    expect(squeezed(parts.map(([, , content]) => content).join(''))).toBe(squeezed(label));
    // Right-aligned at x: the line, as resvg draws it in DejaVu Sans, fits left of it.
    for (const [, x, content] of parts) expect(Number(x)).toBeGreaterThanOrEqual(inkWidth(content.trim()));
  });
});

describe('the cards’ bar charts', () => {
  test('when a name is longer than fits beside a bar, then it is shortened at a word with "…", and a table below the chart holds it whole', () => {
    expect(barLabel('Centrum')).toBe('Centrum');
    expect(barLabel('Otrygg fysisk miljö (belysning, skymd sikt)')).toBe('Otrygg fysisk miljö…');
    expect(barLabel('Brottsförebyggandeområdesnamnutanmellanslag')).toBe('Brottsförebyggandeområd…');
    for (const label of ['Otrygg fysisk miljö (belysning, skymd sikt)', 'x'.repeat(80)]) {
      expect(barLabel(label).length).toBeLessThanOrEqual(BAR_LABEL_LENGTH);
    }
    const [, bar, beside] = barChart('Händelsetyper', [
      { label: 'Otrygg fysisk miljö (belysning, skymd sikt)', value: 3 },
    ]);
    expect(JSON.stringify(bar)).toContain('"x":"Otrygg fysisk miljö…"');
    // The whole name in a table below the chart, shown whether the chart is or not.
    expect(JSON.stringify(beside)).toContain('"title":"Otrygg fysisk miljö (belysning, skymd sikt)"');
    expect(barChart('Områden', [{ label: 'Centrum', value: 3 }])).toHaveLength(2);
  });
});
