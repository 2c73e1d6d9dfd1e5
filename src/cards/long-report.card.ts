import type { Group } from '../domain/group';
import { spanKey, type LongReport } from '../domain/long-report';
import type { ReportingPeriod } from '../domain/periods';
import { whereOf } from '../domain/report';
import { TREND_TOP } from '../domain/trends';
import { organisationName, runningLines, type Texts } from '../i18n';
import { barChart, lineChart } from './charts';
import { doneInsatserText } from './insats.card';
import { md } from './markdown';
import { renderCard, type AdaptiveCardJson } from './render';
import longReportTemplate from './templates/long-report.json';

/**
 * The month, tertial or year report (`rapport månad|tertial|år`): periods, series per area,
 * område, händelsetyp and police type, the charts, insatser with effect, recurring hot spots, and
 * the button that makes it a Word document.
 */
export function longReportCard(
  report: LongReport,
  group: Group,
  periods: ReportingPeriod[],
  t: Texts,
): AdaptiveCardJson {
  const title = t.longReport.title(report.span.kind, report.span.year, report.span.index, md(group.name));
  const periodOf = (periodId: string) => periods.find((candidate) => candidate.id === periodId);
  const labelOf = (periodId: string) => {
    const period = periodOf(periodId);
    return period ? t.periodLabel(period) : periodId;
  };
  return renderCard(longReportTemplate, {
    t: t.longReport,
    title,
    groupId: group.id,
    span: spanKey(report.span),
    download: t.document.download,
    fallbackText: t.cardNotSupported(title),
    subtitle: [
      report.periods.length === 0
        ? t.noClosedPeriod
        : t.longReport.subtitle(report.periods.length, report.totalObservations),
      ...runningLines(report.running, t),
    ].join('\n\n'),
    periods: report.periods.map((period) => ({
      label: labelOf(period.periodId),
      value: t.longReport.periodValue(period.answered, period.total, period.observations),
    })),
    areas: report.areas.map((area) => ({
      label: md(area.label),
      value: t.longReport.series(area.counts, area.total, area.direction),
    })),
    omraden: report.omraden
      .slice(0, 15)
      .map((row) => ({ label: md(row.omrade), value: t.longReport.series(row.counts, row.total, row.direction) })),
    insatserHeading: t.insatser.effectHeading,
    insatser: doneInsatserText(report.insatser, t, 20),
    charts:
      report.totalObservations === 0
        ? []
        : [
            ...lineChart(
              t.trends.linesTitle,
              report.periods.map((period) => {
                const found = periodOf(period.periodId);
                return found ? t.trends.axisLabel(found) : period.periodId;
              }),
              report.areas.map((area) => ({ label: area.label, counts: area.counts })),
              t.trends.series,
            ),
            ...barChart(
              t.trends.omradenTitle,
              report.omraden.slice(0, TREND_TOP).map((row) => ({ label: row.omrade, value: row.total })),
            ),
            ...(report.eventTypes.length > 0
              ? [
                  ...barChart(
                    t.trends.eventTypesTitle,
                    report.eventTypes.slice(0, TREND_TOP).map((row) => ({ label: row.label, value: row.total })),
                  ),
                ]
              : []),
          ],
    policeHeading: report.police ? t.police.heading(report.police.locations.map(md)) : '',
    police: (report.police?.types ?? []).slice(0, 15).map((row) => ({
      label: md(row.type),
      value: `${row.counts.join(' · ')} = ${row.total}`,
    })),
    policeNote: t.police.note,
    hasPolice: (report.police?.types.length ?? 0) > 0,
    hasPeriods: report.periods.length > 0,
    hasEventTypes: report.eventTypes.length > 0,
    eventTypes: report.eventTypes.map((row) => ({
      label: md(row.label),
      value: t.longReport.series(row.counts, row.total, row.direction),
    })),
    recurring:
      report.recurringHotSpots.length > 0
        ? report.recurringHotSpots
            .slice(0, 10)
            .map((spot) =>
              t.longReport.recurringLine(
                md(whereOf(spot.omrade, spot.place)),
                spot.periods,
                spot.organisations.map((organisation) => md(organisationName(t, organisation))),
              ),
            )
            .join('\n')
        : t.longReport.noRecurring,
  });
}
