import { chartLabel, type Group } from '../domain/group';
import type { ReportingPeriod } from '../domain/periods';
import { TREND_SPANS, type TrendFilter, type Trends, type TrendSpan } from '../domain/trends';
import type { Texts } from '../i18n';
import { renderCard, type AdaptiveCardJson } from './render';
import trendsTemplate from './templates/trends.json';

/**
 * A y axis that ends at a multiple of four: the chart draws five gridlines, so each step is a whole
 * number of observations (never 0.25, 0.5, … for counts of whole observations).
 */
export function wholeAxisMax(values: number[]): number {
  return Math.max(4, Math.ceil(Math.max(0, ...values) / 4) * 4);
}

/** `trender`: Teams' own charts over the span, each with a text fallback, and the filters. */
export function trendsCard(
  group: Group,
  trends: Trends,
  periods: ReportingPeriod[],
  span: TrendSpan,
  filter: TrendFilter,
  t: Texts,
): AdaptiveCardJson {
  const title = t.trends.title(group.name);
  const axis = periods.map((period) => t.trends.axisLabel(period));
  const change = trends.mostChanged;
  return renderCard(trendsTemplate, {
    t: t.trends,
    title,
    subtitle: t.trends.span(t.periodLabel(periods[0]), t.periodLabel(periods[periods.length - 1]), periods.length),
    form: { span: String(span), areaId: filter.areaId ?? '', omrade: filter.omrade ?? '' },
    spans: TREND_SPANS.map((value) => ({ title: t.trends.spanChoice(value), value: String(value) })),
    areaChoices: group.areas.map((area) => ({ title: area.label, value: area.id })),
    omradeChoices: group.omraden.map((omrade) => ({ title: omrade, value: omrade })),
    groupId: group.id,
    summary:
      trends.totalObservations === 0
        ? t.trends.none
        : change
          ? t.trends.mostChanged(change.label, change.from, change.to, change.direction === 'okar')
          : t.trends.noChange,
    hasObservations: trends.totalObservations > 0,
    hasEventTypes: trends.eventTypes.length > 0,
    yMax: wholeAxisMax(trends.areas.flatMap((area) => area.counts)),
    axis: axis.join(' · '),
    lines: trends.areas.map((area) => ({
      legend: chartLabel(area.label),
      text: t.trends.series(area.counts),
      values: area.counts.map((count, index) => ({ x: axis[index], y: count })),
    })),
    omraden: trends.omraden.map((row) => ({ x: row.omrade, y: row.total, text: String(row.total) })),
    eventTypes: trends.eventTypes.map((row) => ({ x: row.label, y: row.total, text: String(row.total) })),
  });
}
