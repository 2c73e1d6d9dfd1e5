import { z } from 'zod/v4';
import type { SituationPicture } from './compile';
import { direction, type Direction } from './long-report';
import type { PoliceEvent } from './police-events';
import { policeTextNames } from './police-section';

/** A place's position on the map (WGS 84), set by a samordnare. */
export const positionSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type Position = z.infer<typeof positionSchema>;

/** At most this many positions are kept with a group (its områden and platser). */
export const MAX_POSITIONS = 500;
/** A place key is an område's name, a bar and a plats' name: at most this long. */
export const PLACE_KEY_MAX = 201;

/** The positions of a group's places, by place key. */
export const positionsSchema = z
  .record(z.string().min(2).max(PLACE_KEY_MAX), positionSchema)
  .refine((positions) => Object.keys(positions).length <= MAX_POSITIONS, 'too many positions');

const normalise = (text: string) => text.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');

/**
 * The key of an område (`centrum|`) or of a plats in it (`centrum|stationsparken`): the same
 * whatever the case and spacing a member typed; the lägesbild groups places by it too.
 */
export function placeKey(omrade: string, place?: string): string {
  return `${normalise(omrade)}|${place ? normalise(place) : ''}`;
}

/** One mark on the map: an område, or a plats in one, with its observations over the span. */
export interface MapPlace {
  key: string;
  omrade: string;
  place?: string;
  /** Observations per period of the span, oldest first. */
  counts: number[];
  total: number;
  /** First third of the span against the last, as the long reports say it. */
  direction: Direction;
  /** A hot spot of the span's last period (as its lägesbild named it). */
  hotSpot: boolean;
  /** A hot spot named in the period before it too. */
  recurring: boolean;
  /** The händelsetyper recorded there, the most frequent first. */
  eventTypes: { label: string; count: number }[];
  /** The areas (områden of concern) its observations were given. */
  areaIds: string[];
  /** The police's published events of the span whose text names the place, the latest first (at most five). */
  police: { count: number; latest: { at: string; type: string; url: string }[] };
  position?: Position;
}

export interface PlaceMap {
  periodIds: string[];
  /** The periods of the span with no picture (in the council's view: not published). */
  missing: string[];
  places: MapPlace[];
  /** Each area's observations per period (the trend chart), whatever the filter. */
  areaSeries: { areaId: string; label: string; counts: number[] }[];
  /** The group's areas and the händelsetyper seen, to filter by. */
  areas: { id: string; label: string }[];
  eventTypes: string[];
}

/** How many of the events name the place, and the latest of them. */
function policeAt(events: PoliceEvent[], name: string): MapPlace['police'] {
  const named = events.filter((event) => policeTextNames(event, name)).sort((a, b) => b.at.getTime() - a.at.getTime());
  return {
    count: named.length,
    latest: named.slice(0, 5).map((event) => ({ at: event.at.toISOString(), type: event.type, url: event.url })),
  };
}

export interface PlaceMapFilter {
  areaId?: string;
  /** A händelsetyp's label. */
  eventType?: string;
}

interface Tally {
  omrade: string;
  place?: string;
  counts: number[];
  types: Map<string, number>;
  areaIds: Set<string>;
}

/**
 * The map of a span from each period's picture (compiled for the EST group, or as published for
 * the council): every område of the group and every plats named, counted per period. A period
 * with no picture (not published) counts nothing. Pure: the same pictures give the same map.
 */
export function compilePlaceMap(input: {
  periodIds: string[];
  pictures: (SituationPicture | undefined)[];
  omraden: string[];
  positions: Record<string, Position>;
  /** The police's published events of the span (none when the fetch is off). */
  policeEvents?: PoliceEvent[];
  filter?: PlaceMapFilter;
}): PlaceMap {
  const { periodIds, filter = {} } = input;
  const tallies = new Map<string, Tally>();
  const tallyOf = (omrade: string, place?: string) => {
    const key = placeKey(omrade, place);
    const tally: Tally = tallies.get(key) ?? {
      omrade,
      place,
      counts: periodIds.map(() => 0),
      types: new Map<string, number>(),
      areaIds: new Set<string>(),
    };
    tallies.set(key, tally);
    return tally;
  };
  for (const omrade of input.omraden) tallyOf(omrade);
  const areas = new Map<string, { label: string; counts: number[] }>();
  const eventTypes = new Set<string>();
  input.pictures.forEach((picture, index) => {
    for (const section of picture?.areas ?? []) {
      const series = areas.get(section.areaId) ?? { label: section.label, counts: periodIds.map(() => 0) };
      series.counts[index] = section.count;
      areas.set(section.areaId, series);
      if (filter.areaId && section.areaId !== filter.areaId) continue;
      for (const group of section.places) {
        for (const observation of group.observations) {
          if (observation.eventType) eventTypes.add(observation.eventType);
          if (filter.eventType && observation.eventType !== filter.eventType) continue;
          for (const tally of group.place
            ? [tallyOf(group.omrade), tallyOf(group.omrade, group.place)]
            : [tallyOf(group.omrade)]) {
            tally.counts[index] += 1;
            tally.areaIds.add(section.areaId);
            if (observation.eventType)
              tally.types.set(observation.eventType, (tally.types.get(observation.eventType) ?? 0) + 1);
          }
        }
      }
    }
  });
  const last = input.pictures[input.pictures.length - 1];
  // Only periods with a picture say where things are going: an unpublished one is no zero.
  const shown = (counts: number[]) => counts.filter((_, index) => input.pictures[index] !== undefined);
  const hot = new Map((last?.hotSpots ?? []).map((spot) => [placeKey(spot.omrade, spot.place), spot.recurring]));
  const places = [...tallies.entries()].map(([key, tally]): MapPlace => {
    const total = tally.counts.reduce((sum, count) => sum + count, 0);
    return {
      key,
      omrade: tally.omrade,
      ...(tally.place ? { place: tally.place } : {}),
      counts: tally.counts,
      total,
      direction: direction(shown(tally.counts)),
      hotSpot: hot.has(key),
      recurring: hot.get(key) === true,
      eventTypes: [...tally.types]
        .map(([label, count]) => ({ label, count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'sv')),
      areaIds: [...tally.areaIds].sort(),
      police: policeAt(input.policeEvents ?? [], tally.place ?? tally.omrade),
      ...(input.positions[key] ? { position: input.positions[key] } : {}),
    };
  });
  places.sort((a, b) => b.total - a.total || a.key.localeCompare(b.key, 'sv'));
  return {
    periodIds,
    missing: periodIds.filter((_, index) => !input.pictures[index]),
    places,
    areaSeries: [...areas].map(([areaId, { label, counts }]) => ({ areaId, label, counts })),
    areas: [...areas].map(([id, { label }]) => ({ id, label })),
    eventTypes: [...eventTypes].sort((a, b) => a.localeCompare(b, 'sv')),
  };
}
