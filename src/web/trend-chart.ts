import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what a line chart needs: the rest of ECharts stays out of the bundle.
echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * Each area's observations per period as lines, drawn as SVG. The tooltip is rich text, not HTML,
 * so an area's name (a samordnare's setting) is never markup.
 */
export function drawTrendChart(
  container: HTMLElement,
  periods: string[],
  series: { label: string; counts: number[] }[],
): echarts.ECharts {
  const chart = echarts.getInstanceByDom(container) ?? echarts.init(container, undefined, { renderer: 'svg' });
  chart.setOption(
    {
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((each) => ({ type: 'line', name: each.label, data: each.counts, symbolSize: 6 })),
    },
    true,
  );
  return chart;
}
