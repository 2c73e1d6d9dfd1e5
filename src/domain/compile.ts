import { z } from 'zod/v4';
import type { Area } from './areas';
import { eventTypeLabel, type EventType } from './event-types';
import { UNKNOWN_ORGANISATION, type GroupMember } from './group';
import { placeKey } from './place-map';
import {
  ASSESSMENTS,
  POLICE_REPORTED,
  TIMES_OF_DAY,
  TRENDS,
  type Assessment,
  type Observation,
  type Report,
} from './report';
import { observationRef } from './review';
import { participationStatus, participationStatusSchema } from './status';
import { groupPeriodFields } from './stored-keys';

export const compiledObservationSchema = z.object({
  description: z.string(),
  assessment: z.enum(ASSESSMENTS),
  policeReported: z.enum(POLICE_REPORTED),
  date: z.string().optional(),
  timeOfDay: z.enum(TIMES_OF_DAY).optional(),
  organisation: z.string(),
  /** The händelsetyp's label, where the member gave one. */
  eventType: z.string().optional(),
  /** The observation's handle in the samordnare's review (`review.ts`); never in what is published. */
  ref: z.string().optional(),
  /** Words the member said are no person (the review card shows them; never published). */
  notPersons: z.array(z.string()).optional(),
  /** The samordnare rewrote the text for publishing (the review card says so; never published). */
  rewritten: z.boolean().optional(),
});
export type CompiledObservation = z.infer<typeof compiledObservationSchema>;

export const placeGroupSchema = z.object({
  omrade: z.string(),
  place: z.string().optional(),
  observations: z.array(compiledObservationSchema),
});
export type PlaceGroup = z.infer<typeof placeGroupSchema>;

/** Observations of one händelsetyp, this period and the previous one. */
/** A count of this period beside the previous period's, under its name. */
const countedAgainstPrevious = { label: z.string(), count: z.number(), previousCount: z.number() };

export const eventTypeCountSchema = z.object({ id: z.string(), ...countedAgainstPrevious });
export type EventTypeCount = z.infer<typeof eventTypeCountSchema>;

export const areaSectionSchema = z.object({
  areaId: z.string(),
  ...countedAgainstPrevious,
  high: z.number(),
  /** Share of the observations reported to the police, 0–1 (0 when there are none). */
  policeReportedShare: z.number(),
  /** The members' own judgements of the trend, counted. */
  memberTrends: z.record(z.enum(TRENDS), z.number()),
  places: z.array(placeGroupSchema),
  /** Per händelsetyp (only those seen in either period); absent from pictures archived before. */
  eventTypes: z.array(eventTypeCountSchema).default([]),
});
export type AreaSection = z.infer<typeof areaSectionSchema>;

export const hotSpotSchema = z.object({
  omrade: z.string(),
  place: z.string().optional(),
  organisations: z.array(z.string()),
  observations: z.number(),
  /** Also named in the previous period. */
  recurring: z.boolean(),
  /** Organisations counted but not named, by the group's setting (published pictures only). */
  hiddenOrganisations: z.number().int().optional(),
});
export type HotSpot = z.infer<typeof hotSpotSchema>;

/**
 * The gemensam lägesbild of a period, compiled from the stored reports alone. Organisations
 * appear; who wrote which observation never does. The schema is also what the archive keeps of it.
 */
export const situationPictureSchema = z.object({
  ...groupPeriodFields,
  previousPeriodId: z.string(),
  participation: participationStatusSchema.omit({ unreachable: true }),
  areas: z.array(areaSectionSchema),
  hotSpots: z.array(hotSpotSchema),
  /** The areas whose count changed most against the previous period (at most three). */
  mainChanges: z.array(z.object({ areaId: z.string(), ...countedAgainstPrevious })),
  totalObservations: z.number(),
  /** Per händelsetyp over all areas, the most frequent first; absent from pictures archived before. */
  eventTypes: z.array(eventTypeCountSchema).default([]),
});
export type SituationPicture = z.infer<typeof situationPictureSchema>;

export interface CompileInput {
  groupId: string;
  periodId: string;
  previousPeriodId: string;
  areas: Area[];
  eventTypes: EventType[];
  members: GroupMember[];
  reports: Report[];
  previousReports: Report[];
}

const SEVERITY: Record<Assessment, number> = { hog: 0, medel: 1, lag: 2 };

const normalise = (text: string) => text.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');

function placeKeys(observation: Observation): string[] {
  const omrade = placeKey(observation.omrade);
  return observation.place ? [omrade, placeKey(observation.omrade, observation.place)] : [omrade];
}

function organisationOf(report: Report, members: Map<string, GroupMember>): string {
  return report.organisation ?? members.get(report.memberKey)?.organisation ?? UNKNOWN_ORGANISATION;
}

function emptySection(areaId: string, label: string): AreaSection {
  return {
    areaId,
    label,
    count: 0,
    previousCount: 0,
    high: 0,
    policeReportedShare: 0,
    memberTrends: { okar: 0, oforandrat: 0, minskar: 0, 'vet-ej': 0 },
    places: [],
    eventTypes: [],
  };
}

export function compileSituationPicture(input: CompileInput): SituationPicture {
  const members = new Map(input.members.map((member) => [member.memberKey, member]));
  // Participation counts the reporting members; every stored observation counts in the areas,
  // also one from a member who has left since.
  const { unreachable: _unreachable, ...participation } = participationStatus(input.members, input.reports, []);

  const sections = new Map<string, AreaSection>(
    input.areas.map((area) => [area.id, emptySection(area.id, area.label)]),
  );
  const sectionOf = (areaId: string) => {
    let section = sections.get(areaId);
    if (!section) {
      // An area removed from the template since: its observations are kept under their id.
      section = emptySection(areaId, areaId);
      sections.set(areaId, section);
    }
    return section;
  };

  const spots = new Map<string, { omrade: string; place?: string; organisations: Set<string>; observations: number }>();
  const policeCounts = new Map<string, number>();
  for (const report of input.reports) {
    const organisation = organisationOf(report, members);
    for (const observation of report.observations) {
      const section = sectionOf(observation.areaId);
      section.count += 1;
      if (observation.assessment === 'hog') section.high += 1;
      if (observation.policeReported === 'ja')
        policeCounts.set(section.areaId, (policeCounts.get(section.areaId) ?? 0) + 1);
      section.memberTrends[observation.trend] += 1;
      const key = placeKey(observation.omrade, observation.place);
      let group = section.places.find((candidate) => placeKey(candidate.omrade, candidate.place) === key);
      if (!group) {
        group = { omrade: observation.omrade, place: observation.place, observations: [] };
        section.places.push(group);
      }
      group.observations.push({
        description: observation.description,
        assessment: observation.assessment,
        policeReported: observation.policeReported,
        date: observation.date,
        timeOfDay: observation.timeOfDay,
        organisation,
        ...(observation.eventTypeId ? { eventType: eventTypeLabel(input.eventTypes, observation.eventTypeId) } : {}),
        ref: observationRef(report.memberKey, observation.id),
        ...(observation.notPersons?.length ? { notPersons: observation.notPersons } : {}),
      });
      for (const spotKey of placeKeys(observation)) {
        const spot = spots.get(spotKey) ?? {
          omrade: observation.omrade,
          place: spotKey.endsWith('|') ? undefined : observation.place,
          organisations: new Set<string>(),
          observations: 0,
        };
        spot.organisations.add(organisation);
        spot.observations += 1;
        spots.set(spotKey, spot);
      }
    }
  }
  for (const report of input.previousReports) {
    for (const observation of report.observations) sectionOf(observation.areaId).previousCount += 1;
  }
  const previousKeys = new Set(input.previousReports.flatMap((report) => report.observations.flatMap(placeKeys)));

  const areas = [...sections.values()];
  for (const section of areas) {
    section.policeReportedShare = section.count === 0 ? 0 : (policeCounts.get(section.areaId) ?? 0) / section.count;
    for (const place of section.places) {
      place.observations.sort((a, b) => SEVERITY[a.assessment] - SEVERITY[b.assessment]);
    }
    // Places with the most serious observations first, then the busiest.
    section.places.sort(
      (a, b) =>
        SEVERITY[a.observations[0].assessment] - SEVERITY[b.observations[0].assessment] ||
        b.observations.length - a.observations.length ||
        a.omrade.localeCompare(b.omrade, 'sv'),
    );
  }

  const typeCounts = eventTypeCounts(input);
  for (const section of areas) section.eventTypes = typeCounts.byArea.get(section.areaId) ?? [];

  const hotSpots: HotSpot[] = [];
  for (const [key, spot] of spots) {
    const recurring = previousKeys.has(key);
    if (spot.organisations.size < 2 && !recurring) continue;
    hotSpots.push({
      omrade: spot.omrade,
      place: spot.place,
      organisations: [...spot.organisations].sort((a, b) => a.localeCompare(b, 'sv')),
      observations: spot.observations,
      recurring,
    });
  }
  // An område that is a hot spot only through one of its places is shown as that place.
  const shown = hotSpots.filter(
    (spot) =>
      spot.place !== undefined ||
      !hotSpots.some(
        (other) =>
          other.place !== undefined &&
          normalise(other.omrade) === normalise(spot.omrade) &&
          other.organisations.length === spot.organisations.length &&
          other.recurring === spot.recurring,
      ),
  );
  shown.sort(
    (a, b) =>
      b.organisations.length - a.organisations.length ||
      Number(b.recurring) - Number(a.recurring) ||
      b.observations - a.observations,
  );

  const mainChanges = areas
    .filter((section) => section.count !== section.previousCount)
    .sort((a, b) => Math.abs(b.count - b.previousCount) - Math.abs(a.count - a.previousCount) || b.count - a.count)
    .slice(0, 3)
    .map(({ areaId, label, count, previousCount }) => ({ areaId, label, count, previousCount }));

  return {
    groupId: input.groupId,
    periodId: input.periodId,
    previousPeriodId: input.previousPeriodId,
    participation,
    areas,
    hotSpots: shown,
    mainChanges,
    totalObservations: areas.reduce((sum, section) => sum + section.count, 0),
    eventTypes: typeCounts.total,
  };
}

/**
 * Observations per händelsetyp, this period against the previous one, per area and over all.
 * Observations without a type (all those stored before types existed) are not counted here.
 */
function eventTypeCounts(input: CompileInput): { total: EventTypeCount[]; byArea: Map<string, EventTypeCount[]> } {
  const total = new Map<string, EventTypeCount>();
  const byArea = new Map<string, Map<string, EventTypeCount>>();
  const add = (areaId: string, typeId: string, field: 'count' | 'previousCount') => {
    const empty = () => ({ id: typeId, label: eventTypeLabel(input.eventTypes, typeId), count: 0, previousCount: 0 });
    const area = byArea.get(areaId) ?? new Map<string, EventTypeCount>();
    byArea.set(areaId, area);
    for (const counts of [total, area]) {
      const row = counts.get(typeId) ?? empty();
      row[field] += 1;
      counts.set(typeId, row);
    }
  };
  for (const [reports, field] of [
    [input.reports, 'count'],
    [input.previousReports, 'previousCount'],
  ] as const) {
    for (const report of reports) {
      for (const observation of report.observations) {
        if (observation.eventTypeId) add(observation.areaId, observation.eventTypeId, field);
      }
    }
  }
  const sorted = (counts: Map<string, EventTypeCount>) =>
    [...counts.values()].sort(
      (a, b) => b.count - a.count || b.previousCount - a.previousCount || a.label.localeCompare(b.label, 'sv'),
    );
  return {
    total: sorted(total),
    byArea: new Map([...byArea].map(([areaId, counts]) => [areaId, sorted(counts)])),
  };
}
