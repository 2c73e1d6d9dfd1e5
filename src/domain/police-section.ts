import { z } from 'zod/v4';
import type { Area } from './areas';
import type { EventType } from './event-types';
import { isCountedType, type PoliceEvent } from './police-events';
import type { Observation } from './report';

/** How many of the period's latest events the lägesbild links to. */
export const RECENT_POLICE_EVENTS = 5;

/**
 * The lägesbild's section "Polisens publicerade händelser": the period's events per type against
 * the previous period, the latest with links, and — where a police type counts as one of the
 * group's händelsetyper — the members' observations and the police's events side by side, per
 * område where the police's text names one. Archived with the publication (strings, not dates).
 */
export const policeSectionSchema = z.object({
  locations: z.array(z.string()),
  total: z.number().int(),
  previousTotal: z.number().int(),
  types: z.array(z.object({ type: z.string(), count: z.number().int(), previousCount: z.number().int() })),
  recent: z.array(z.object({ at: z.string(), type: z.string(), name: z.string(), url: z.string() })),
  sideBySide: z.array(
    z.object({
      label: z.string(),
      members: z.number().int(),
      police: z.number().int(),
      omraden: z.array(z.object({ omrade: z.string(), members: z.number().int(), police: z.number().int() })),
    }),
  ),
  /** When the events were last fetched (ISO), so the reader knows how fresh they are. */
  fetchedAt: z.string().optional(),
});
export type PoliceSection = z.infer<typeof policeSectionSchema>;

/**
 * What a police type can count as: a händelsetyp (its id) or an area of the template
 * (`area:` and its id). The map's values are these keys.
 */
export const areaTarget = (areaId: string) => `area:${areaId}`;

/** The police types that count as each target: `map` is police type → target key. */
function typesByTarget(map: Record<string, string>): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const [policeType, eventTypeId] of Object.entries(map)) {
    const set = result.get(eventTypeId) ?? new Set<string>();
    set.add(policeType.toLocaleLowerCase('sv'));
    result.set(eventTypeId, set);
  }
  return result;
}

/** Whether the police's text names the place (as a word, any case). */
export function policeTextNames(event: PoliceEvent, omrade: string): boolean {
  const escaped = omrade.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(`${event.name} ${event.summary}`);
}

export function compilePoliceSection(input: {
  locations: string[];
  events: PoliceEvent[];
  previousEvents: PoliceEvent[];
  observations: Observation[];
  eventTypes: readonly EventType[];
  areas: readonly Area[];
  omraden: readonly string[];
  /** Police type → händelsetyp id (`resolvePoliceTypeMap`). */
  typeMap: Record<string, string>;
  fetchedAt?: Date;
}): PoliceSection {
  const events = input.events.filter((event) => isCountedType(event.type));
  const previous = input.previousEvents.filter((event) => isCountedType(event.type));
  const count = (list: PoliceEvent[]) => {
    const counts = new Map<string, number>();
    for (const event of list) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    return counts;
  };
  const now = count(events);
  const before = count(previous);
  const types = [...new Set([...now.keys(), ...before.keys()])]
    .map((type) => ({ type, count: now.get(type) ?? 0, previousCount: before.get(type) ?? 0 }))
    .sort((a, b) => b.count - a.count || b.previousCount - a.previousCount || a.type.localeCompare(b.type, 'sv'));
  const recent = [...events]
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id)
    .slice(0, RECENT_POLICE_EVENTS)
    .map((event) => ({ at: event.at.toISOString(), type: event.type, name: event.name, url: event.url }));

  const mapped = typesByTarget(input.typeMap);
  const targets = [
    ...input.eventTypes.map((eventType) => ({
      key: eventType.id,
      label: eventType.label,
      counts: (observation: Observation) => observation.eventTypeId === eventType.id,
    })),
    ...input.areas.map((area) => ({
      key: areaTarget(area.id),
      label: area.label,
      counts: (observation: Observation) => observation.areaId === area.id,
    })),
  ];
  const sideBySide = targets
    .filter((target) => mapped.has(target.key))
    .map((target) => {
      const policeTypes = mapped.get(target.key) ?? new Set<string>();
      const police = events.filter((event) => policeTypes.has(event.type.toLocaleLowerCase('sv')));
      const members = input.observations.filter(target.counts);
      const omraden = input.omraden
        .map((omrade) => ({
          omrade,
          members: members.filter((observation) => observation.omrade === omrade).length,
          police: police.filter((event) => policeTextNames(event, omrade)).length,
        }))
        .filter((row) => row.members > 0 || row.police > 0);
      return { label: target.label, members: members.length, police: police.length, omraden };
    })
    .filter((row) => row.members > 0 || row.police > 0);

  return {
    locations: input.locations,
    total: events.length,
    previousTotal: previous.length,
    types,
    recent,
    sideBySide,
    fetchedAt: input.fetchedAt?.toISOString(),
  };
}

/**
 * The group's police type → target map (a händelsetyp id, or `area:` and an area id): its own (the
 * samordnare's, without targets the group no longer has), else the defaults (police type →
 * händelsetyp label) for the händelsetyper the group has, by label in any case.
 */
export function resolvePoliceTypeMap(
  own: Record<string, string> | undefined,
  eventTypes: readonly EventType[],
  areas: readonly Area[],
  defaults: Record<string, string>,
): Record<string, string> {
  const known = new Set([...eventTypes.map((eventType) => eventType.id), ...areas.map((area) => areaTarget(area.id))]);
  if (own) return Object.fromEntries(Object.entries(own).filter(([, id]) => known.has(id)));
  const byLabel = new Map(eventTypes.map((eventType) => [eventType.label.toLocaleLowerCase('sv'), eventType.id]));
  const resolved: Record<string, string> = {};
  for (const [policeType, label] of Object.entries(defaults)) {
    const id = byLabel.get(label.toLocaleLowerCase('sv'));
    if (id) resolved[policeType] = id;
  }
  return resolved;
}

/** The police's events per type and period over a span (the month, tertial and year reports). */
export interface PoliceSeries {
  locations: string[];
  types: { type: string; counts: number[]; total: number }[];
  totals: number[];
}

/** Counts per type for each period's events (`eventsByPeriod`, in the periods' order), busiest first. */
export function policeSeries(locations: string[], eventsByPeriod: PoliceEvent[][]): PoliceSeries {
  const counts = new Map<string, number[]>();
  eventsByPeriod.forEach((events, index) => {
    for (const event of events.filter((each) => isCountedType(each.type))) {
      const row = counts.get(event.type) ?? eventsByPeriod.map(() => 0);
      row[index] += 1;
      counts.set(event.type, row);
    }
  });
  const types = [...counts.entries()]
    .map(([type, row]) => ({ type, counts: row, total: row.reduce((sum, each) => sum + each, 0) }))
    .sort((a, b) => b.total - a.total || a.type.localeCompare(b.type, 'sv'));
  const totals = eventsByPeriod.map((_, index) => types.reduce((sum, row) => sum + row.counts[index], 0));
  return { locations, types, totals };
}
