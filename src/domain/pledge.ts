import { DateTime } from 'luxon';
import { z } from 'zod/v4';
import { TIME_ZONE } from './periods';

/**
 * Medborgarlöften: public pledges of police and kommun, with focus areas and concrete activities
 * whose status is followed up. Dates are local `YYYY-MM-DD`.
 */
export const ACTIVITY_STATUSES = ['ej-paborjad', 'pagar', 'genomford', 'forsenad', 'installd'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** The usual owners; another named party (a housing company, say) is written out. */
export const OWNER_PARTIES = ['polisen', 'kommunen', 'gemensamt'] as const;

export const focusAreaSchema = z.object({ id: z.string(), name: z.string(), problem: z.string() });
export type FocusArea = z.infer<typeof focusAreaSchema>;

export const pledgeActivitySchema = z.object({
  id: z.string(),
  focusAreaId: z.string(),
  description: z.string(),
  /** `polisen`, `kommunen`, `gemensamt`, or another party's name. */
  ownerParty: z.string(),
  /** A person in the team who updates the status. */
  ownerMemberKey: z.string().optional(),
  start: z.string().optional(),
  due: z.string(),
  /** Measurable target where there is one: "minst två dialogtillfällen". */
  target: z.string().optional(),
  /** The status as last set by a person; see `effectiveStatus`. */
  status: z.enum(ACTIVITY_STATUSES),
});
export type PledgeActivity = z.infer<typeof pledgeActivitySchema>;

/** A medborgarlöfte as it is kept (`Pledges`): the schema is the one source of its shape. */
export const pledgeSchema = z.object({
  id: z.string(),
  groupId: z.string(),
  title: z.string(),
  start: z.string(),
  end: z.string(),
  parties: z.array(z.string()),
  focusAreas: z.array(focusAreaSchema),
  activities: z.array(pledgeActivitySchema),
});
export type Pledge = z.infer<typeof pledgeSchema>;

/** Every status change is kept: who, when, what was said and measured. */
/** One change of an activity's status: who, when, and what they wrote. */
export const statusUpdateSchema = z.object({
  pledgeId: z.string(),
  activityId: z.string(),
  status: z.enum(ACTIVITY_STATUSES),
  comment: z.string(),
  measured: z.string().optional(),
  byName: z.string(),
  byMemberKey: z.string(),
  at: z.coerce.date(),
});
export type StatusUpdate = z.output<typeof statusUpdateSchema>;

/** Done or cancelled: never late. Medborgarlöften activities and insatser share these statuses. */
const FINISHED: ReadonlySet<string> = new Set(['genomford', 'installd']);

export const isFinished = (status: string): boolean => FINISHED.has(status);

export function localDate(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: TIME_ZONE }).toISODate() ?? '';
}

/**
 * Something followed up by a due date (a medborgarlöften activity, an insats): past the date and
 * neither done nor cancelled, it is late, whoever set what.
 */
export function effectiveStatus<S extends string>(item: { status: S; due: string }, today: string): S | 'forsenad' {
  if (!FINISHED.has(item.status) && item.due < today) return 'forsenad';
  return item.status;
}

/** The last due date a reminder window of `windowDays` from `today` covers. */
export function dueHorizon(today: string, windowDays: number): string {
  return DateTime.fromISO(today, { zone: TIME_ZONE }).plus({ days: windowDays }).toISODate() ?? today;
}

export interface DueActivity {
  pledge: Pledge;
  activity: PledgeActivity;
  status: ActivityStatus;
  overdue: boolean;
}

/** Activities not finished that are due within the window (days) or overdue, soonest first. */
export function dueActivities(pledges: Pledge[], today: string, windowDays: number): DueActivity[] {
  const horizon = dueHorizon(today, windowDays);
  const due: DueActivity[] = [];
  for (const pledge of pledges) {
    for (const activity of pledge.activities) {
      const status = effectiveStatus(activity, today);
      if (FINISHED.has(status) || activity.due > horizon) continue;
      due.push({ pledge, activity, status, overdue: activity.due < today });
    }
  }
  return due.sort((a, b) => a.activity.due.localeCompare(b.activity.due));
}

export interface FollowUp {
  pledge: Pledge;
  counts: Record<ActivityStatus, number>;
  focusAreas: {
    focusArea: FocusArea;
    activities: { activity: PledgeActivity; status: ActivityStatus; updates: StatusUpdate[] }[];
  }[];
}

/** The follow-up of a pledge: per focus area its activities, their status and what was done. */
export function followUp(pledge: Pledge, updates: StatusUpdate[], today: string): FollowUp {
  const counts = Object.fromEntries(ACTIVITY_STATUSES.map((status) => [status, 0])) as Record<ActivityStatus, number>;
  const focusAreas = pledge.focusAreas.map((focusArea) => ({
    focusArea,
    activities: pledge.activities
      .filter((activity) => activity.focusAreaId === focusArea.id)
      .map((activity) => {
        const status = effectiveStatus(activity, today);
        counts[status] += 1;
        return {
          activity,
          status,
          updates: updates
            .filter((update) => update.activityId === activity.id)
            .sort((a, b) => a.at.getTime() - b.at.getTime()),
        };
      }),
  }));
  return { pledge, counts, focusAreas };
}
