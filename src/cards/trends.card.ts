import type { Group } from '../domain/group';
import type { ReportingPeriod, RunningPeriod } from '../domain/periods';
import { TREND_SPANS, type TrendFilter, type Trends, type TrendSpan } from '../domain/trends';
import { runningLines, type Texts } from '../i18n';
import { barChart, lineChart } from './charts';
import { md } from './markdown';
import { renderCard, type AdaptiveCardJson } from './render';
import trendsTemplate from './templates/trends.json';

/** `trender`: Teams' own charts over the span, each with a text fallback, and the filters. */
export function trendsCard(
  group: Group,
  { trends, periods, running }: { trends: Trends; periods: ReportingPeriod[]; running: readonly RunningPeriod[] },
  span: TrendSpan,
  filter: TrendFilter,
  t: Texts,
): AdaptiveCardJson {
  const title = t.trends.title(md(group.name));
  const axis = periods.map((period) => t.trends.axisLabel(period));
  const change = trends.mostChanged;
  return renderCard(trendsTemplate, {
    t: t.trends,
    title,
    subtitle: [
      t.trends.span(t.periodLabel(periods[0]), t.periodLabel(periods[periods.length - 1]), periods.length),
      ...runningLines(running, t),
    ].join('\n\n'),
    form: { span: String(span), areaId: filter.areaId ?? '', omrade: filter.omrade ?? '' },
    spans: TREND_SPANS.map((value) => ({ title: t.trends.spanChoice(value), value: String(value) })),
    areaChoices: group.areas.map((area) => ({ title: area.label, value: area.id })),
    omradeChoices: group.omraden.map((omrade) => ({ title: omrade, value: omrade })),
    groupId: group.id,
    summary:
      trends.totalObservations === 0
        ? t.trends.none
        : change
          ? t.trends.mostChanged(md(change.label), change.from, change.to, change.direction === 'okar')
          : t.trends.noChange,
    charts:
      trends.totalObservations === 0
        ? []
        : [
            ...lineChart(
              t.trends.linesTitle,
              axis,
              trends.areas.map((area) => ({ label: area.label, counts: area.counts })),
              t.trends.series,
            ),
            ...barChart(
              t.trends.omradenTitle,
              trends.omraden.map((row) => ({ label: row.omrade, value: row.total })),
            ),
            ...(trends.eventTypes.length > 0
              ? [
                  ...barChart(
                    t.trends.eventTypesTitle,
                    trends.eventTypes.map((row) => ({ label: row.label, value: row.total })),
                  ),
                ]
              : []),
          ],
  });
}
