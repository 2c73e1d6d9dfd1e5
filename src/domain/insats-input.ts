import { z } from 'zod/v4';
import { ORGANISATIONS } from './group';
import { INSATS_LIMITS } from './insats';
import { isoDate, optionalText, requiredText, START_AFTER_DUE } from './pledge-input';

/** One of the given choices, required. */
const choiceOf = (allowed: readonly string[]) =>
  z
    .string()
    .trim()
    .refine((value) => value !== '', { error: 'missing' })
    .refine((value) => value === '' || allowed.includes(value), { error: 'invalidChoice' });

/**
 * What a new insats may hold, as the samordnare's form sends it: the texts through the privacy
 * guard, the choices among the group's own (händelsetyp, owner person, the links the form offered).
 * Problems are codes (`pledge-input.ts`); `src/i18n/` says them.
 */
export function insatsInputSchema(choices: {
  eventTypeIds: readonly string[];
  memberKeys: readonly string[];
  /** The hot spots' and observations' values the form offered to link to. */
  linkValues: ReadonlySet<string>;
}) {
  return z
    .object({
      what: requiredText(INSATS_LIMITS.what),
      omrade: requiredText(60),
      place: optionalText(INSATS_LIMITS.place),
      eventTypeId: z
        .string()
        .trim()
        .refine((value) => value === '' || choices.eventTypeIds.includes(value), { error: 'invalidChoice' }),
      links: z
        .string()
        .transform((text) => [
          ...new Set(
            text
              .split(',')
              .map((value) => value.trim())
              .filter(Boolean),
          ),
        ])
        .refine((values) => values.every((value) => choices.linkValues.has(value)), { error: 'gone' })
        .refine((values) => values.length <= INSATS_LIMITS.links, { error: 'tooLong' }),
      ownerOrganisation: choiceOf(ORGANISATIONS),
      ownerMemberKey: z
        .string()
        .trim()
        .refine((value) => value === '' || choices.memberKeys.includes(value), { error: 'notAMember' }),
      start: isoDate,
      due: isoDate,
      target: optionalText(INSATS_LIMITS.target),
    })
    .refine((input) => input.start <= input.due, START_AFTER_DUE);
}
