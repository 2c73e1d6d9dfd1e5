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

/** Size of the image in the document, in points (Word's page is about 450 pt wide between margins). */
export const CHART_SIZE = { width: 600, height: 300 } as const;
/** Pixels per point in the PNG: sharp when printed. */
const SCALE = 2;
const FONT_FAMILY = 'DejaVu Sans';
const FONT_DIRECTORY = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(FONT_DIRECTORY, file));

type Option = echarts.EChartsCoreOption;

/** A chart as a PNG and the size, in points, it takes in the document. */
export interface ChartImage {
  data: Buffer;
  width: number;
  height: number;
}

function render(option: Option, height: number = CHART_SIZE.height): ChartImage {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_SIZE.width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_FAMILY }, ...option });
    const svg = chart.renderToSVGString();
    const data = new Resvg(svg, {
      font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
      fitTo: { mode: 'zoom', value: SCALE },
      background: '#ffffff',
    })
      .render()
      .asPng();
    return { data, width: CHART_SIZE.width, height };
  } finally {
    chart.dispose();
  }
}

/** One line per series over the periods (`axis`), on a whole-number axis, legend below. */
export function lineChartImage(axis: string[], series: { label: string; counts: number[] }[]): ChartImage {
  const max = wholeAxisMax(series.flatMap((item) => item.counts));
  return render({
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
  });
}

/** Horizontal bars, the largest on top, with their values at the end and no axis. */
export function barChartImage(rows: { label: string; value: number }[]): ChartImage {
  const ordered = [...rows].reverse();
  return render(
    {
      grid: { left: 10, right: 50, top: 10, bottom: 10, containLabel: true },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', data: ordered.map((row) => row.label), axisTick: { show: false } },
      series: [{ type: 'bar', data: ordered.map((row) => row.value), label: { show: true, position: 'right' } }],
    },
    Math.max(120, 40 + rows.length * 32),
  );
}
