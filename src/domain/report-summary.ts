import { direction, thirdMeans, type Direction, type LongReport } from './long-report';

/**
 * What the Sammanfattning of a long report says, as figures: `i18n/` writes them as five to eight
 * sentences a samordnare can keep or edit. Only the span's closed periods count (`LongReport`).
 */
export interface ReportSummary {
  periods: number;
  observations: number;
  /** Mean answered and reporting members per period, rounded. */
  answered: number;
  members: number;
  /** Observations per period, the first third's mean against the last third's; absent when too few to say. */
  overall?: { direction: Direction; from: number; to: number };
  /** The areas that went up or down the most (at most two each). */
  increased: string[];
  decreased: string[];
  /** The områden with the most observations (at most two). */
  busiest: { omrade: string; total: number }[];
  /** The place that was a hot spot in the most periods, when one was in two or more. */
  recurring?: { omrade: string; place?: string; periods: number };
  /** Insatser finished in the span, and how many of them have fewer or more observations after. */
  insatser: { done: number; fewer: number; more: number };
  /** The police's published events in the same periods, and the type they published most. */
  police?: { total: number; top?: { type: string; total: number } };
}

/** Fewer observations than this over the span say nothing about a direction. */
export const SUMMARY_MIN_OBSERVATIONS = 6;
/** Nor do fewer closed periods than this. */
export const SUMMARY_MIN_PERIODS = 3;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The areas whose direction is `which`, most changed first. */
function moved(report: LongReport, which: Direction): string[] {
  return report.areas
    .filter((area) => area.direction === which)
    .map((area) => {
      const { first, last } = thirdMeans(area.counts);
      return { label: area.label, change: Math.abs(last - first) };
    })
    .sort((a, b) => b.change - a.change)
    .slice(0, 2)
    .map((area) => area.label);
}

export function reportSummary(report: LongReport): ReportSummary {
  const periods = report.periods.length;
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length);
  const perPeriod = report.periods.map((period) => period.observations);
  const enough = periods >= SUMMARY_MIN_PERIODS && report.totalObservations >= SUMMARY_MIN_OBSERVATIONS;
  const { first, last } = thirdMeans(perPeriod.length > 0 ? perPeriod : [0]);
  const top = report.recurringHotSpots[0];
  const measured = report.insatser.flatMap((line) => (line.effect?.kind === 'measured' ? [line.effect] : []));
  const policeTop = report.police?.types[0];
  const policeTotal = report.police?.totals.reduce((sum, value) => sum + value, 0) ?? 0;
  return {
    periods,
    observations: report.totalObservations,
    answered: Math.round(mean(report.periods.map((period) => period.answered))),
    members: Math.round(mean(report.periods.map((period) => period.total))),
    ...(enough ? { overall: { direction: direction(perPeriod), from: round1(first), to: round1(last) } } : {}),
    increased: enough ? moved(report, 'okar') : [],
    decreased: enough ? moved(report, 'minskar') : [],
    busiest: report.omraden.slice(0, 2).map((row) => ({ omrade: row.omrade, total: row.total })),
    ...(top ? { recurring: { omrade: top.omrade, place: top.place, periods: top.periods } } : {}),
    insatser: {
      done: report.insatser.length,
      fewer: measured.filter((effect) => effect.direction === 'minskar').length,
      more: measured.filter((effect) => effect.direction === 'okar').length,
    },
    ...(report.police
      ? {
          police: {
            total: policeTotal,
            ...(policeTop ? { top: { type: policeTop.type, total: policeTop.total } } : {}),
          },
        }
      : {}),
  };
}
