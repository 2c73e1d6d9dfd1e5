import { chartLabel } from '../domain/group';

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

const heading = (text: string): Element => ({ type: 'TextBlock', text, weight: 'Bolder', wrap: true });

/** One line per series over the periods (`axis`), on a whole-number axis; a FactSet of the series without charts. */
export function lineChart(
  title: string,
  axis: string[],
  series: { label: string; counts: number[] }[],
  seriesText: (counts: number[]) => string,
): Element {
  return {
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
        heading(title),
        { type: 'TextBlock', text: axis.join(' · '), isSubtle: true, size: 'Small', wrap: true },
        { type: 'FactSet', facts: series.map((item) => ({ title: item.label, value: seriesText(item.counts) })) },
      ],
    },
  };
}

/** Horizontal bars with their values and no axis (whole numbers, never fractions); a FactSet without charts. */
export function barChart(title: string, rows: { label: string; value: number }[]): Element {
  return {
    type: 'Chart.HorizontalBar',
    title,
    displayMode: 'AbsoluteNoAxis',
    data: rows.map((row) => ({ x: row.label, y: row.value })),
    fallback: {
      type: 'Container',
      items: [
        heading(title),
        { type: 'FactSet', facts: rows.map((row) => ({ title: row.label, value: String(row.value) })) },
      ],
    },
  };
}
