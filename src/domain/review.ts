import { createHash } from 'node:crypto';
import { z } from 'zod/v4';
import type { CompiledObservation, HotSpot, SituationPicture } from './compile';
import type { OrganisationDisplay } from './group';
import { LIMITS, type Report } from './report';
import { groupPeriodFields } from './stored-keys';

/**
 * The samordnare's review of a period's lägesbild before it is published: each observation may be
 * left out of the published picture or have its text rewritten for publishing. The members' own
 * reports keep what they wrote (until retention deletes them); the review keeps who changed what.
 * The council's card and the archive hold only what was reviewed.
 */

export const REVIEW_ACTIONS = ['omit', 'rewrite'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** An observation's handle in the review: opaque, stable across versions, and says nothing of who wrote it. */
export const observationRef = (memberKey: string, observationId: string): string =>
  sha256(`${memberKey}\u0000${observationId}`).slice(0, 16);

/** What the samordnare decided for one observation; `textHash` is the text it was decided on. */
export const reviewEditSchema = z.object({
  ref: z.string().min(1).max(64),
  action: z.enum(REVIEW_ACTIONS),
  /** The text to publish instead (`rewrite`), through the privacy guard. */
  text: z.string().max(LIMITS.description).optional(),
  /** Hash of the member's text the edit was made on: if the member changes it, the edit no longer applies. */
  textHash: z.string(),
});
export type ReviewEdit = z.infer<typeof reviewEditSchema>;

/** Who changed what, kept with the review (`restore`: an edit taken back). */
export const reviewLogEntrySchema = z.object({
  ref: z.string().min(1).max(64),
  action: z.enum([...REVIEW_ACTIONS, 'restore']),
  byMemberKey: z.string(),
  byName: z.string(),
  at: z.coerce.date(),
});
export type ReviewLogEntry = z.infer<typeof reviewLogEntrySchema>;

/** The stored review of one group and period (`Reports` partition, RowKey `review`). */
export const pictureReviewSchema = z.object({
  ...groupPeriodFields,
  edits: z.array(reviewEditSchema).max(1000),
  log: z.array(reviewLogEntrySchema).max(5000),
});
export type PictureReview = z.infer<typeof pictureReviewSchema>;

export const textHash = (text: string): string => sha256(text).slice(0, 16);

/** The edits that still hold: made on the text the member's observation has now. */
export function currentEdits(review: PictureReview | undefined, picture: SituationPicture): Map<string, ReviewEdit> {
  const texts = new Map<string, string>();
  for (const observation of observationsOf(picture))
    if (observation.ref) texts.set(observation.ref, observation.description);
  const edits = new Map<string, ReviewEdit>();
  for (const edit of review?.edits ?? []) {
    const text = texts.get(edit.ref);
    if (text !== undefined && textHash(text) === edit.textHash) edits.set(edit.ref, edit);
  }
  return edits;
}

export function observationsOf(picture: SituationPicture): CompiledObservation[] {
  return picture.areas.flatMap((area) => area.places.flatMap((place) => place.observations));
}

/**
 * A report's fingerprint in the review: changes when the report does, says nothing of its author
 * to anyone who does not already know the member key.
 */
export const reportFingerprint = (report: Pick<Report, 'memberKey' | 'contentHash'>): string =>
  sha256(`${report.memberKey}\u0000${report.contentHash}`).slice(0, 12);

/**
 * What a review card shows, as one hash: the reports it was compiled from and the samordnare's
 * edits. `Publicera` posts only when the hash of what would be published now is the same.
 */
export function reviewHash(fingerprints: readonly string[], edits: Map<string, ReviewEdit>): string {
  const canonicalEdits = [...edits.values()]
    .map((edit) => [edit.ref, edit.action, edit.text ?? '', edit.textHash])
    .sort((a, b) => a[0].localeCompare(b[0]));
  return sha256(JSON.stringify([[...fingerprints].sort(), canonicalEdits])).slice(0, 32);
}

/** Reports that came in or changed since the review card was compiled (its fingerprints). */
export function changedSince(reviewed: readonly string[], now: readonly string[]): number {
  const before = new Set(reviewed);
  return now.filter((fingerprint) => !before.has(fingerprint)).length;
}

/**
 * The picture the council sees: the review's edits applied (left-out observations gone, rewritten
 * texts in their place), no handles or marks, and organisations named only where the group's
 * setting allows it: by default only those with at least two reporting members, so that "Skola"
 * never names the one person from the school. Hot spots still count every organisation.
 */
export function councilPicture(
  picture: SituationPicture,
  edits: Map<string, ReviewEdit>,
  display: OrganisationDisplay,
): SituationPicture {
  const size = new Map(picture.participation.byOrganisation.map((row) => [row.organisation, row.total]));
  const named = (organisation: string) =>
    display === 'always' || (display === 'minTwo' && (size.get(organisation) ?? 0) >= 2);
  // The review's edits as the samordnare saw them, then without the review's handles and marks.
  const publish = ({ ref: _ref, notPersons: _marks, rewritten: _rewritten, ...rest }: CompiledObservation) => ({
    ...rest,
    organisation: named(rest.organisation) ? rest.organisation : '',
  });
  const hotSpot = (spot: HotSpot): HotSpot => {
    const shown = spot.organisations.filter(named);
    return { ...spot, organisations: shown, hiddenOrganisations: spot.organisations.length - shown.length };
  };
  const hidden = picture.participation.byOrganisation.filter((row) => !named(row.organisation));
  const others = hidden.reduce(
    (sum, row) => ({ organisation: '', answered: sum.answered + row.answered, total: sum.total + row.total }),
    { organisation: '', answered: 0, total: 0 },
  );
  const reviewed = reviewedPicture(picture, edits).picture;
  return {
    ...reviewed,
    participation: {
      ...picture.participation,
      missing: [],
      byOrganisation: [
        ...picture.participation.byOrganisation.filter((row) => named(row.organisation)),
        ...(others.total > 0 ? [others] : []),
      ],
    },
    areas: reviewed.areas.map((area) => ({
      ...area,
      places: area.places.map((place) => ({ ...place, observations: place.observations.map(publish) })),
    })),
    hotSpots: picture.hotSpots.map(hotSpot),
  };
}

/**
 * The picture as the samordnare reviews it: rewritten texts in place and marked, left-out
 * observations counted (and not shown), the member's "not a person" marks kept.
 */
export function reviewedPicture(
  picture: SituationPicture,
  edits: Map<string, ReviewEdit>,
): { picture: SituationPicture; omitted: number; rewritten: number } {
  let omitted = 0;
  let rewritten = 0;
  const areas = picture.areas.map((area) => ({
    ...area,
    places: area.places
      .map((place) => ({
        ...place,
        observations: place.observations.flatMap((observation) => {
          const edit = observation.ref ? edits.get(observation.ref) : undefined;
          if (edit?.action === 'omit') {
            omitted += 1;
            return [];
          }
          if (edit?.action === 'rewrite' && edit.text) {
            rewritten += 1;
            return [{ ...observation, description: edit.text, rewritten: true }];
          }
          return [observation];
        }),
      }))
      .filter((place) => place.observations.length > 0),
  }));
  return { picture: { ...picture, areas }, omitted, rewritten };
}
