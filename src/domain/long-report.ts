import { DateTime } from 'luxon';
import type { SituationPicture } from './compile';
import type { InsatsLine } from './insats-follow-up';
import {
  periodByIndex,
  periodContaining,
  TIME_ZONE,
  type PeriodSchedule,
  type ReportingPeriod,
  type RunningPeriod,
} from './periods';
import type { PoliceSeries } from './police-section';

/**
 * Reports over longer spans, built from the fortnightly pictures: the month (to Lokala BRÅ and
 * Länsstyrelsen), the tertial (January–April, May–August, September–December: the tertialanalys)
 * and the year (the yearly follow-up). A reporting period belongs to the span its first day is in.
 */
export type SpanKind = 'manad' | 'tertial' | 'ar';

/** The files a report is exported as: the Word document, the observations as CSV, the lägesbilder as Markdown. */
export const EXPORT_FORMATS = ['docx', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ReportSpan {
  kind: SpanKind;
  year: number;
  /** Month 1–12 or tertial 1–3; 0 for a year. */
  index: number;
  start: Date;
  end: Date;
}

export type Direction = 'okar' | 'minskar' | 'oforandrat';

export interface LongReport {
  span: ReportSpan;
  /** The span's closed periods, in order: every series, total and direction is over these. */
  periods: { periodId: string; answered: number; total: number; observations: number }[];
  areas: { areaId: string; label: string; counts: number[]; total: number; direction: Direction }[];
  omraden: { omrade: string; counts: number[]; total: number; direction: Direction }[];
  /** Per händelsetyp recorded in the span (observations without one are not counted here). */
  eventTypes: { id: string; label: string; counts: number[]; total: number; direction: Direction }[];
  /** Hot spots that were hot spots in two or more periods of the span. */
  recurringHotSpots: { omrade: string; place?: string; periods: number; organisations: string[] }[];
  totalObservations: number;
  /** Insatser finished in the span, with their effect at the place (the tertialanalys asks for it). */
  insatser: InsatsLine[];
  /** The police's published events per type and period (absent when off or no names are set). */
  police?: PoliceSeries;
  /** The span's periods begun and not closed: said as "pågår", never counted. */
  running: RunningPeriod[];
}

export function spanOf(kind: SpanKind, year: number, index: number): ReportSpan {
  const startMonth = kind === 'manad' ? index : kind === 'tertial' ? (index - 1) * 4 + 1 : 1;
  const months = kind === 'manad' ? 1 : kind === 'tertial' ? 4 : 12;
  const start = DateTime.fromObject({ year, month: startMonth, day: 1 }, { zone: TIME_ZONE });
  return { kind, year, index, start: start.toJSDate(), end: start.plus({ months }).toJSDate() };
}

/** A span as the `rapport` card's download button names it: `tertial-2026-3`. */
export const spanKey = (span: ReportSpan): string => `${span.kind}-${span.year}-${span.index}`;

/** The span a key names, or undefined when it names none (a month 1–12, a tertial 1–3, a year 0). */
export function spanOfKey(key: string): ReportSpan | undefined {
  const match = /^(manad|tertial|ar)-(\d{4})-(\d{1,2})$/.exec(key);
  if (!match) return undefined;
  const kind = match[1] as SpanKind;
  const year = Number(match[2]);
  const index = Number(match[3]);
  const highest = { manad: 12, tertial: 3, ar: 0 }[kind];
  const lowest = kind === 'ar' ? 0 : 1;
  if (year < 2000 || year > 2100 || index < lowest || index > highest) return undefined;
  return spanOf(kind, year, index);
}

/** The span of this kind that holds the instant. */
export function spanContaining(kind: SpanKind, instant: Date): ReportSpan {
  const date = DateTime.fromJSDate(instant, { zone: TIME_ZONE });
  const index = kind === 'manad' ? date.month : kind === 'tertial' ? Math.ceil(date.month / 4) : 0;
  return spanOf(kind, date.year, index);
}

/** The reporting periods whose first day lies in the span. */
export function periodsInSpan(schedule: PeriodSchedule, span: ReportSpan): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  let period = periodContaining(schedule, span.start);
  if (period.start.getTime() < span.start.getTime()) period = periodByIndex(schedule, period.index + 1);
  while (period.start.getTime() < span.end.getTime()) {
    periods.push(period);
    period = periodByIndex(schedule, period.index + 1);
  }
  return periods;
}

/** The mean of the first third of a series and of its last third (at least one value each). */
export function thirdMeans(counts: number[]): { first: number; last: number } {
  const third = Math.max(1, Math.floor(counts.length / 3));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return { first: mean(counts.slice(0, third)), last: mean(counts.slice(-third)) };
}

/**
 * The direction over a span: the mean of its last third against the mean of its first third, up or
 * down when they differ by more than one observation and more than a quarter.
 */
export function direction(counts: number[]): Direction {
  if (counts.length < 2) return 'oforandrat';
  const { first, last } = thirdMeans(counts);
  const threshold = Math.max(1, first * 0.25);
  if (last - first > threshold) return 'okar';
  if (first - last > threshold) return 'minskar';
  return 'oforandrat';
}

const key = (omrade: string, place?: string) =>
  `${omrade.trim().toLocaleLowerCase('sv')}|${(place ?? '').trim().toLocaleLowerCase('sv')}`;

/** A pure aggregation of the span's fortnightly pictures, in period order. */
export function compileLongReport(
  span: ReportSpan,
  pictures: SituationPicture[],
  insatser: InsatsLine[] = [],
  running: RunningPeriod[] = [],
): LongReport {
  const areaOrder = pictures[0]?.areas.map((area) => ({ areaId: area.areaId, label: area.label })) ?? [];
  const areas = areaOrder.map(({ areaId, label }) => {
    const counts = pictures.map((picture) => picture.areas.find((area) => area.areaId === areaId)?.count ?? 0);
    return {
      areaId,
      label,
      counts,
      total: counts.reduce((sum, value) => sum + value, 0),
      direction: direction(counts),
    };
  });

  const omradeCounts = new Map<string, { omrade: string; counts: number[] }>();
  pictures.forEach((picture, index) => {
    for (const area of picture.areas) {
      for (const place of area.places) {
        const id = place.omrade.trim().toLocaleLowerCase('sv');
        const row = omradeCounts.get(id) ?? { omrade: place.omrade, counts: pictures.map(() => 0) };
        row.counts[index] += place.observations.length;
        omradeCounts.set(id, row);
      }
    }
  });
  const omraden = [...omradeCounts.values()]
    .map((row) => ({
      ...row,
      total: row.counts.reduce((sum, value) => sum + value, 0),
      direction: direction(row.counts),
    }))
    .sort((a, b) => b.total - a.total || a.omrade.localeCompare(b.omrade, 'sv'));

  const typeCounts = new Map<string, { id: string; label: string; counts: number[] }>();
  pictures.forEach((picture, index) => {
    for (const type of picture.eventTypes) {
      const row = typeCounts.get(type.id) ?? { id: type.id, label: type.label, counts: pictures.map(() => 0) };
      row.counts[index] = type.count;
      typeCounts.set(type.id, row);
    }
  });
  const eventTypes = [...typeCounts.values()]
    .map((row) => ({
      ...row,
      total: row.counts.reduce((sum, value) => sum + value, 0),
      direction: direction(row.counts),
    }))
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'sv'));

  const spots = new Map<string, { omrade: string; place?: string; periods: number; organisations: Set<string> }>();
  for (const picture of pictures) {
    for (const spot of picture.hotSpots) {
      const row = spots.get(key(spot.omrade, spot.place)) ?? {
        omrade: spot.omrade,
        place: spot.place,
        periods: 0,
        organisations: new Set<string>(),
      };
      row.periods += 1;
      spot.organisations.forEach((organisation) => row.organisations.add(organisation));
      spots.set(key(spot.omrade, spot.place), row);
    }
  }
  const recurringHotSpots = [...spots.values()]
    .filter((spot) => spot.periods >= 2)
    .map((spot) => ({ ...spot, organisations: [...spot.organisations].sort((a, b) => a.localeCompare(b, 'sv')) }))
    .sort((a, b) => b.periods - a.periods || b.organisations.length - a.organisations.length);

  return {
    span,
    periods: pictures.map((picture) => ({
      periodId: picture.periodId,
      answered: picture.participation.answered,
      total: picture.participation.total,
      observations: picture.totalObservations,
    })),
    areas,
    omraden,
    eventTypes,
    recurringHotSpots,
    totalObservations: pictures.reduce((sum, picture) => sum + picture.totalObservations, 0),
    insatser,
    running,
  };
}

/**
 * Reads a span as a samordnare writes it: `november 2026`, `nov`, `2026-11`, `11 2026`, `T3 2026`,
 * `3`, `2026` (month names from `monthNames`, one list per language); empty: the span holding `fallback`.
 */
export function spanFromArgument(
  kind: SpanKind,
  argument: string,
  fallback: Date,
  monthNames: readonly (readonly string[])[],
): ReportSpan | undefined {
  const text = argument.trim().toLowerCase();
  if (text === '') return spanContaining(kind, fallback);
  const fallbackYear = DateTime.fromJSDate(fallback, { zone: TIME_ZONE }).year;
  const yearOf = (value: string | undefined) => (value ? Number(value) : fallbackYear);
  if (kind === 'ar') {
    const match = /^(\d{4})$/.exec(text);
    return match ? spanOf('ar', Number(match[1]), 0) : undefined;
  }
  if (kind === 'tertial') {
    const match = /^t?\s*([1-3])(?:\s+(\d{4}))?$/.exec(text);
    return match ? spanOf('tertial', yearOf(match[2]), Number(match[1])) : undefined;
  }
  const iso = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return spanOf('manad', Number(iso[1]), Number(iso[2]));
  const named = /^([a-zåäö]+|\d{1,2})(?:\s+(\d{4}))?$/.exec(text);
  if (!named) return undefined;
  const month = /^\d+$/.test(named[1])
    ? Number(named[1])
    : monthNames
        .map((names) => names.findIndex((name) => name.startsWith(named[1]) && named[1].length >= 3))
        .find((index) => index >= 0)! + 1;
  return month >= 1 && month <= 12 ? spanOf('manad', yearOf(named[2]), month) : undefined;
}
