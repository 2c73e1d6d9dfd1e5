import { z } from 'zod/v4';
import type { Area } from './areas';
import { eventTypeLabel, type EventType } from './event-types';
import { direction, thirdMeans, type Direction } from './long-report';
import type { Report } from './report';

/** How many periods a trend spans: about a quarter, half a year, a year at the fortnightly rhythm. */
export const TREND_SPANS = [6, 13, 26] as const;
export type TrendSpan = (typeof TREND_SPANS)[number];

/** The periods of the compact trend line in each lägesbild. */
export const PICTURE_TREND_PERIODS = 6;

/** Each area's observations over the last periods, as a lägesbild shows and archives them. */
export const areaTrendSchema = z.object({
  periodIds: z.array(z.string()),
  areas: z.array(z.object({ areaId: z.string(), label: z.string(), counts: z.array(z.number()) })),
});
export type AreaTrend = z.infer<typeof areaTrendSchema>;

/** At most this many områden and händelsetyper are charted (the busiest). */
export const TREND_TOP = 8;

export interface TrendFilter {
  areaId?: string;
  /** An område name (any case). */
  omrade?: string;
}

export interface Trends {
  periodIds: string[];
  /** Observations per area and period, in the group's area order (areas with none at all left out). */
  areas: { areaId: string; label: string; counts: number[]; total: number }[];
  /** The områden with the most observations over the span, the busiest first. */
  omraden: { omrade: string; total: number }[];
  /** The händelsetyper recorded over the span, the most frequent first. */
  eventTypes: { id: string; label: string; total: number }[];
  /** The area whose level moved most from the first third of the span to the last, if any did. */
  mostChanged?: { label: string; from: number; to: number; direction: Exclude<Direction, 'oforandrat'> };
  totalObservations: number;
}

const normalise = (text: string) => text.trim().toLocaleLowerCase('sv');

/**
 * The trends of a span, from the stored reports of its periods (oldest first), optionally only one
 * area and/or one område. A pure function: the same reports give the same figures.
 */
export function compileTrends(input: {
  periodIds: string[];
  reportsByPeriod: Report[][];
  areas: Area[];
  eventTypes: EventType[];
  filter?: TrendFilter;
}): Trends {
  const { periodIds, filter = {} } = input;
  const omradeFilter = filter.omrade ? normalise(filter.omrade) : undefined;
  const areaCounts = new Map<string, number[]>();
  const omraden = new Map<string, { omrade: string; total: number }>();
  const types = new Map<string, number>();
  input.reportsByPeriod.forEach((reports, index) => {
    for (const observation of reports.flatMap((report) => report.observations)) {
      if (filter.areaId && observation.areaId !== filter.areaId) continue;
      if (omradeFilter && normalise(observation.omrade) !== omradeFilter) continue;
      const counts = areaCounts.get(observation.areaId) ?? periodIds.map(() => 0);
      counts[index] += 1;
      areaCounts.set(observation.areaId, counts);
      const omrade = omraden.get(normalise(observation.omrade)) ?? { omrade: observation.omrade, total: 0 };
      omrade.total += 1;
      omraden.set(normalise(observation.omrade), omrade);
      if (observation.eventTypeId) types.set(observation.eventTypeId, (types.get(observation.eventTypeId) ?? 0) + 1);
    }
  });
  const known = input.areas.filter((area) => areaCounts.has(area.id));
  const removed = [...areaCounts.keys()].filter((id) => !input.areas.some((area) => area.id === id));
  const areas = [...known, ...removed.map((id) => ({ id, label: id }))].map((area) => {
    const counts = areaCounts.get(area.id) ?? [];
    return { areaId: area.id, label: area.label, counts, total: counts.reduce((sum, value) => sum + value, 0) };
  });

  let mostChanged: Trends['mostChanged'];
  let largest = 0;
  for (const area of areas) {
    const trend = direction(area.counts);
    if (trend === 'oforandrat') continue;
    const { first, last } = thirdMeans(area.counts);
    const change = Math.abs(last - first);
    if (change > largest) {
      largest = change;
      mostChanged = { label: area.label, from: first, to: last, direction: trend };
    }
  }
  return {
    periodIds,
    areas,
    omraden: [...omraden.values()]
      .sort((a, b) => b.total - a.total || a.omrade.localeCompare(b.omrade, 'sv'))
      .slice(0, TREND_TOP),
    eventTypes: [...types]
      .map(([id, total]) => ({ id, label: eventTypeLabel(input.eventTypes, id), total }))
      .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'sv'))
      .slice(0, TREND_TOP),
    mostChanged,
    totalObservations: areas.reduce((sum, area) => sum + area.total, 0),
  };
}
