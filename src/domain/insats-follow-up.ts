import { z } from 'zod/v4';
import { INSATS_STATUSES, type Insats, type InsatsEffect, type InsatsUpdate } from './insats';
import { effectiveStatus } from './pledge';

/**
 * The section "Insatser" of a lägesbild: what was decided since the last one, what changed, what
 * is late, and what the finished ones did at their place. It is archived with the publication, so
 * the schemas are the one source of its shape.
 */
export const insatsEffectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tooFew'), periods: z.number(), before: z.number(), after: z.number() }),
  z.object({
    kind: z.literal('measured'),
    direction: z.enum(['minskar', 'okar', 'oforandrat']),
    periods: z.number(),
    before: z.number(),
    after: z.number(),
  }),
]);

export const insatsLineSchema = z.object({
  number: z.number(),
  what: z.string(),
  omrade: z.string(),
  place: z.string().optional(),
  ownerOrganisation: z.string(),
  due: z.string(),
  status: z.enum(INSATS_STATUSES),
  /** The last status comment, where one was given. */
  comment: z.string().optional(),
  effect: insatsEffectSchema.optional(),
});
export type InsatsLine = z.infer<typeof insatsLineSchema>;

export const insatsSectionSchema = z.object({
  created: z.array(insatsLineSchema),
  changed: z.array(insatsLineSchema),
  overdue: z.array(insatsLineSchema),
  /** Finished ones, with their effect at the place. */
  done: z.array(insatsLineSchema),
});
export type InsatsSection = z.infer<typeof insatsSectionSchema>;

export const EMPTY_INSATS_SECTION: InsatsSection = { created: [], changed: [], overdue: [], done: [] };

export function isEmptySection(section: InsatsSection): boolean {
  return Object.values(section).every((lines) => lines.length === 0);
}

/**
 * A pure summary for one lägesbild. `since` is the previous lägesbild's deadline: created and
 * changed mean after it. `effects` holds the finished insatser to show, with their effect.
 */
/** An insats as the lägesbild and the tab show it: its status today, last comment and effect. */
export function insatsLine(insats: Insats, updates: InsatsUpdate[], today: string, effect?: InsatsEffect): InsatsLine {
  const comment = updates.filter((update) => update.insatsId === insats.id && update.comment !== '').at(-1)?.comment;
  return {
    number: insats.number,
    what: insats.what,
    omrade: insats.omrade,
    ...(insats.place ? { place: insats.place } : {}),
    ownerOrganisation: insats.ownerOrganisation,
    due: insats.due,
    status: effectiveStatus(insats, today),
    ...(comment ? { comment } : {}),
    ...(effect ? { effect } : {}),
  };
}

export function insatsSection(input: {
  insatser: Insats[];
  updates: InsatsUpdate[];
  today: string;
  since: Date;
  effects: Map<string, InsatsEffect>;
}): InsatsSection {
  const line = (insats: Insats, effect?: InsatsEffect) => insatsLine(insats, input.updates, input.today, effect);
  const since = input.since.getTime();
  const isNew = (insats: Insats) => insats.createdAt.getTime() >= since;
  const changedIds = new Set(
    input.updates.filter((update) => update.at.getTime() >= since).map((update) => update.insatsId),
  );
  return {
    created: input.insatser.filter(isNew).map((insats) => line(insats)),
    changed: input.insatser
      .filter((insats) => !isNew(insats) && changedIds.has(insats.id))
      .map((insats) => line(insats)),
    overdue: input.insatser
      .filter((insats) => effectiveStatus(insats, input.today) === 'forsenad')
      .map((insats) => line(insats)),
    done: input.insatser
      .filter((insats) => input.effects.has(insats.id))
      .map((insats) => line(insats, input.effects.get(insats.id))),
  };
}
