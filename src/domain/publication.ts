import { z } from 'zod/v4';
import { situationPictureSchema } from './compile';
import { insatsSectionSchema } from './insats-follow-up';
import { ACTIVITY_STATUSES } from './pledge';
import { policeSectionSchema } from './police-section';
import { groupPeriodFields } from './stored-keys';
import { areaTrendSchema } from './trends';

/**
 * What a published lägesbild holds beside the compiled picture. The schemas are the one source of
 * these shapes: the types below are derived from them, and the archive (`Publications`) reads and
 * writes through them, so a field cannot be stored and then silently dropped on read.
 */

const activityStatus = z.enum(ACTIVITY_STATUSES);

/** A medborgarlöfte activity due or overdue, as every lägesbild lists it. */
export const pledgeDueItemSchema = z.object({
  description: z.string(),
  ownerParty: z.string(),
  due: z.string(),
  overdue: z.boolean(),
});
export type PledgeDueItem = z.infer<typeof pledgeDueItemSchema>;

/** A pledge's status as the lägesbild shows it: counts, and what changed since the last lägesbild. */
export const pledgeStatusItemSchema = z.object({
  title: z.string(),
  counts: z.record(activityStatus, z.number().int()),
  changed: z.array(z.object({ description: z.string(), status: activityStatus })),
});
export type PledgeStatusItem = z.infer<typeof pledgeStatusItemSchema>;

/** What the council saw: the compiled picture and the group's texts. */
export const publicationContentSchema = z.object({
  picture: situationPictureSchema,
  analysis: z.string(),
  /** The free text of proposed insatser that records published before structured insatser held. */
  insatser: z.string(),
  pledgesDue: z.array(pledgeDueItemSchema).optional(),
  pledgeStatus: z.array(pledgeStatusItemSchema).optional(),
  /** The insatser as this lägesbild showed them (absent from records published before). */
  insatsSection: insatsSectionSchema.optional(),
  /** The compact trend line beside the bar chart (absent from records published before). */
  trend: areaTrendSchema.optional(),
  /** The police's published events of the period (absent when off, or published before). */
  police: policeSectionSchema.optional(),
  /**
   * Set on everything published since the council channel names no individual: participation is
   * shown by organisation and the picture keeps no names. Earlier records are shown as they were.
   */
  participationByOrganisation: z.boolean().optional(),
  /** When the free texts were removed by gallring (`PUBLICATION_RETENTION_MONTHS`), ISO date-time. */
  textsRemovedAt: z.string().optional(),
});
export type PublicationContent = z.infer<typeof publicationContentSchema>;

/**
 * The record after gallring of its free texts: the observations' descriptions (with the lines they
 * stand in), the analysis and the insatser's comments go; the figures, hot spots, participation
 * by organisation, medborgarlöften and the police's published events stay.
 */
export function withoutFreeTexts(content: PublicationContent, at: Date): PublicationContent {
  return {
    ...content,
    picture: {
      ...content.picture,
      areas: content.picture.areas.map((area) => ({ ...area, places: [] })),
    },
    analysis: '',
    insatser: '',
    ...(content.insatsSection
      ? {
          insatsSection: {
            ...content.insatsSection,
            changed: content.insatsSection.changed.map(({ comment: _comment, ...line }) => line),
          },
        }
      : {}),
    textsRemovedAt: at.toISOString(),
  };
}

export const PUBLICATION_STATES = ['publishing', 'published', 'failed'] as const;

/** An immutable record of what was published where (an allmän handling once handed over). */
export const publicationSchema = z.object({
  ...groupPeriodFields,
  content: publicationContentSchema,
  contentHash: z.string(),
  publishedBy: z.object({ memberKey: z.string(), name: z.string() }),
  publishedAt: z.coerce.date(),
  channel: z.object({ teamId: z.string(), channelId: z.string(), name: z.string() }),
  /** Delivery: the record is written before the post, and marked after it. */
  state: z.enum(PUBLICATION_STATES),
  activityId: z.string().optional(),
});
export type Publication = z.output<typeof publicationSchema>;
