import { barLabel, chartLabel } from '../domain/group';
import { md } from './markdown';

/**
 * Teams' own chart elements, built once for every card that shows them (trender, the lägesbild,
 * the month/tertial/year report), each with a text fallback for clients without charts.
 */

type Element = Record<string, unknown>;

/**
 * A y axis that ends at a multiple of four: the chart draws five gridlines, so each step is a whole
 * number of observations (never 0.25, 0.5, … for counts of whole observations).
 */
export function wholeAxisMax(values: number[]): number {
  return Math.max(4, Math.ceil(Math.max(0, ...values) / 4) * 4);
}

/** Teams shows a chart's own title only to screen readers: a heading above it says what it is. */
const heading = (text: string): Element => ({
  type: 'TextBlock',
  text,
  weight: 'Bolder',
  wrap: true,
  spacing: 'Medium',
});

/**
 * One line per series over the periods (`axis`), on a whole-number axis, under its heading (Teams
 * shows a chart's own title only to screen readers); a FactSet of the series without charts.
 */
export function lineChart(
  title: string,
  axis: string[],
  series: { label: string; counts: number[] }[],
  seriesText: (counts: number[]) => string,
): Element[] {
  const chart = {
    type: 'Chart.Line',
    title,
    yMin: 0,
    yMax: wholeAxisMax(series.flatMap((item) => item.counts)),
    data: series.map((item) => ({
      legend: chartLabel(item.label),
      values: item.counts.map((count, index) => ({ x: axis[index], y: count })),
    })),
    fallback: {
      type: 'Container',
      items: [
        { type: 'TextBlock', text: axis.join(' · '), isSubtle: true, size: 'Small', wrap: true },
        { type: 'FactSet', facts: series.map((item) => ({ title: md(item.label), value: seriesText(item.counts) })) },
      ],
    },
  };
  return [heading(title), chart];
}

/**
 * Horizontal bars with their values and no axis (whole numbers, never fractions), under a heading.
 * A name too long to stand beside a bar is shortened there, and the names are then also listed
 * whole below the chart.
 */
export function barChart(title: string, rows: { label: string; value: number }[]): Element[] {
  const facts = { type: 'FactSet', facts: rows.map((row) => ({ title: md(row.label), value: String(row.value) })) };
  const chart = {
    type: 'Chart.HorizontalBar',
    title,
    displayMode: 'AbsoluteNoAxis',
    data: rows.map((row) => ({ x: barLabel(row.label), y: row.value })),
    fallback: { type: 'Container', items: [facts] },
  };
  const shortened = rows.some((row) => barLabel(row.label) !== row.label.trim());
  return shortened ? [heading(title), chart, { ...facts, spacing: 'Small' }] : [heading(title), chart];
}
