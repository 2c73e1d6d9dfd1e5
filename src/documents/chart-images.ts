import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { wholeAxisMax } from '../cards/charts';
import { chartLabel } from '../domain/group';

/**
 * The Word document's charts as PNG images, drawn on the server without a browser: Apache ECharts
 * renders the chart to SVG (its server-side mode, no DOM), resvg turns the SVG into pixels. The
 * font ships with the app (DejaVu Sans from npm), so the images look the same on a developer's
 * machine and in an App Service container that has no fonts installed. Same rules as the cards'
 * charts (`cards/charts.ts`): whole-number axes, short area labels.
 */

/** Height of a line chart in the document, in pixels (96 to the inch); its width is the text's (`width`). */
const LINE_CHART_HEIGHT = 300;
/** A bar's row: room for a label of up to three lines. */
const BAR_ROW_HEIGHT = 44;
/** The share of a bar chart's width its labels may take; longer ones wrap (the table beside has them whole). */
const LABEL_SHARE = 0.36;
/** Label text in the charts, in pixels (9 pt on paper). */
const LABEL_SIZE = 12;
/** The PNG has this many pixels for each of the document's: sharp when printed. */
const SCALE = 2;
const FONT_FAMILY = 'DejaVu Sans';
const FONT_DIRECTORY = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(FONT_DIRECTORY, file));

type Option = echarts.EChartsCoreOption;

const FONT_OPTIONS = { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY };
const measured = new Map<string, number>();
// No control characters in XML (ECharts measures every ASCII character once).
const xmlText = (value: string) =>
  [...value]
    .filter((character) => character.charCodeAt(0) >= 0x20 && character.charCodeAt(0) !== 0x7f)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/**
 * How wide a text is in the font the image is drawn with, measured by resvg itself: ECharts' own
 * estimate is narrower than DejaVu Sans, and a label it thinks fits would be cut at the image's
 * edge. Kept per text and font, as ECharts asks many times.
 */
function measureText(value: string, font = ''): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? LABEL_SIZE);
  const bold = /bold|[6-9]00/.test(font);
  const key = `${size}|${bold ? 'b' : ''}|${value}`;
  let width = measured.get(key);
  if (width === undefined) {
    // A space has no ink, so the bounding box does not hold it: count it at DejaVu's width of a space.
    const spaces = value.length - value.trimEnd().length + (value.length - value.trimStart().length);
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.max(100, value.length * size)}" height="${size * 3}">` +
      `<text x="0" y="${size * 2}" font-family="${FONT_FAMILY}" font-size="${size}"${bold ? ' font-weight="bold"' : ''}>` +
      `${xmlText(value.trim())}</text></svg>`;
    const box = value.trim() === '' ? undefined : new Resvg(svg, { font: FONT_OPTIONS }).getBBox();
    width = (box?.width ?? 0) + spaces * size * 0.32;
    if (measured.size > 10_000) measured.clear();
    measured.set(key, width);
  }
  return { width };
}
echarts.setPlatformAPI({ measureText });

/** A chart as a PNG and the size, in pixels (96 to the inch), it takes in the document. */
export interface ChartImage {
  data: Buffer;
  width: number;
  height: number;
}

/** The chart as SVG, `width` × `height` pixels (ECharts' server-side mode, no DOM). */
function svgOf(option: Option, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_FAMILY, fontSize: LABEL_SIZE }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function render(option: Option, width: number, height: number): ChartImage {
  const svg = svgOf(option, width, height);
  const data = new Resvg(svg, {
    font: FONT_OPTIONS,
    fitTo: { mode: 'zoom', value: SCALE },
    background: '#ffffff',
  })
    .render()
    .asPng();
  return { data, width, height };
}

/** One line per series over the periods (`axis`), on a whole-number axis, legend below; `width` in pixels. */
export function lineChartImage(
  axis: string[],
  series: { label: string; counts: number[] }[],
  width: number,
): ChartImage {
  const max = wholeAxisMax(series.flatMap((item) => item.counts));
  return render(
    {
      grid: { left: 40, right: 20, top: 20, bottom: 70 },
      legend: { bottom: 0, data: series.map((item) => chartLabel(item.label)) },
      xAxis: { type: 'category', data: axis, axisLabel: { hideOverlap: true } },
      yAxis: {
        type: 'value',
        min: 0,
        max,
        interval: max / 4,
      },
      series: series.map((item) => ({ type: 'line', name: chartLabel(item.label), data: item.counts })),
    },
    width,
    LINE_CHART_HEIGHT,
  );
}

/** The bar chart's option: labels wrap within their share of the width, never cut at the edge. */
function barOption(rows: { label: string; value: number }[], width: number): Option {
  const ordered = [...rows].reverse();
  return {
    grid: { left: 10, right: 50, top: 10, bottom: 10, containLabel: true },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      data: ordered.map((row) => row.label),
      axisTick: { show: false },
      axisLabel: { width: Math.round(width * LABEL_SHARE), overflow: 'break', lineHeight: LABEL_SIZE + 2 },
    },
    series: [{ type: 'bar', data: ordered.map((row) => row.value), label: { show: true, position: 'right' } }],
  };
}

const barHeight = (rows: number) => Math.max(120, 20 + rows * BAR_ROW_HEIGHT);

/** Horizontal bars, the largest on top, with their values at the end and no axis; `width` in pixels. */
export function barChartImage(rows: { label: string; value: number }[], width: number): ChartImage {
  return render(barOption(rows, width), width, barHeight(rows.length));
}

/** The bar chart as SVG, for checking its labels. */
export function barChartSvg(rows: { label: string; value: number }[], width: number): string {
  return svgOf(barOption(rows, width), width, barHeight(rows.length));
}
