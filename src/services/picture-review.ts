import type { Clock } from '../domain/clock';
import type { SituationPicture } from '../domain/compile';
import type { Group, GroupMember } from '../domain/group';
import type { ReportingPeriod } from '../domain/periods';
import { findPersonalData, kindsOf, namesIn, type PersonalDataKind } from '../domain/privacy';
import { LIMITS } from '../domain/report';
import {
  currentEdits,
  observationsOf,
  reviewedPicture,
  reviewHash,
  textHash,
  type PictureReview,
  type ReviewEdit,
  type ReviewLogEntry,
} from '../domain/review';
import type { Repositories } from '../storage/repositories';
import { withConflictRetry } from './conflict-retry';
import type { CompiledPeriod, SituationPictureService } from './situation-picture-service';

/** The lägesbild as the samordnare reviews it, and what its card must carry to publish exactly it. */
export interface ReviewView {
  compiled: CompiledPeriod;
  /** The picture with the edits applied (left-out observations not shown, rewritten ones marked). */
  picture: SituationPicture;
  omitted: number;
  rewritten: number;
  edits: Map<string, ReviewEdit>;
  /** The hash of what the card shows, and the reports it was compiled from (`review.ts`). */
  hash: string;
  fingerprints: string[];
}

/** One observation as the samordnare decided on the texts card. */
export interface ReviewChange {
  ref: string;
  omit: boolean;
  /** The text to publish; the member's text (or '') when it is not rewritten. */
  text: string;
}

export type ReviewProblem =
  { code: 'personalData'; kinds: PersonalDataKind[]; names: string[] } | { code: 'empty' } | { code: 'tooLong' };

export type SaveReviewOutcome =
  { kind: 'saved'; omitted: number; rewritten: number } | { kind: 'invalid'; problems: Map<string, ReviewProblem> };

/**
 * The samordnare's review before publishing: which observations are left out of the published
 * picture and which texts are rewritten for it (through the privacy guard), with who changed what.
 */
export class PictureReviewService {
  constructor(
    private readonly repositories: Repositories,
    private readonly pictures: SituationPictureService,
    private readonly clock: Clock,
  ) {}

  async view(group: Group, period: ReportingPeriod): Promise<ReviewView> {
    const compiled = await this.pictures.compile(group, period);
    const stored = await this.repositories.reviews.get(group.id, period.id);
    const edits = currentEdits(stored?.value, compiled.picture);
    const reviewed = reviewedPicture(compiled.picture, edits);
    return {
      compiled,
      picture: reviewed.picture,
      omitted: reviewed.omitted,
      rewritten: reviewed.rewritten,
      edits,
      hash: reviewHash(compiled.reportFingerprints, edits),
      fingerprints: compiled.reportFingerprints,
    };
  }

  /**
   * What the texts card shows: the period's picture as the members wrote it (two partitions and the
   * members, not the whole lägesbild) and the edits that still hold.
   */
  async texts(
    group: Group,
    period: ReportingPeriod,
  ): Promise<{ picture: SituationPicture; edits: Map<string, ReviewEdit> }> {
    const [{ picture }, stored] = await Promise.all([
      this.pictures.picture(group, period),
      this.repositories.reviews.get(group.id, period.id),
    ]);
    return { picture, edits: currentEdits(stored?.value, picture) };
  }

  /**
   * Saves the decisions of one page of the texts card. A rewritten text goes through the guard
   * like a member's (names included); if any is refused, nothing of the page is saved.
   */
  async save(
    group: Group,
    period: ReportingPeriod,
    by: GroupMember,
    changes: ReviewChange[],
  ): Promise<SaveReviewOutcome> {
    const compiled = await this.pictures.picture(group, period);
    const originals = new Map(observationsOf(compiled.picture).flatMap((o) => (o.ref ? [[o.ref, o.description]] : [])));
    const problems = new Map<string, ReviewProblem>();
    for (const change of changes) {
      const original = originals.get(change.ref);
      const text = change.text.trim();
      if (original === undefined || change.omit || text === original.trim()) continue;
      if (text === '') problems.set(change.ref, { code: 'empty' });
      else if (text.length > LIMITS.description) problems.set(change.ref, { code: 'tooLong' });
      else {
        const findings = findPersonalData(text, { knownPlaces: group.omraden });
        if (findings.length > 0) {
          problems.set(change.ref, {
            code: 'personalData',
            kinds: kindsOf(findings),
            names: namesIn(text, findings),
          });
        }
      }
    }
    if (problems.size > 0) return { kind: 'invalid', problems };

    return withConflictRetry(async () => {
      const stored = await this.repositories.reviews.get(group.id, period.id);
      const review: PictureReview = stored?.value ?? { groupId: group.id, periodId: period.id, edits: [], log: [] };
      const edits = new Map(review.edits.map((edit) => [edit.ref, edit]));
      const log: ReviewLogEntry[] = [];
      const entry = (ref: string, action: ReviewLogEntry['action']) =>
        log.push({ ref, action, byMemberKey: by.memberKey, byName: by.name, at: this.clock.now() });
      for (const change of changes) {
        const original = originals.get(change.ref);
        if (original === undefined) continue;
        const before = edits.get(change.ref);
        const text = change.text.trim();
        const next: ReviewEdit | undefined = change.omit
          ? { ref: change.ref, action: 'omit', textHash: textHash(original) }
          : text !== '' && text !== original.trim()
            ? { ref: change.ref, action: 'rewrite', text, textHash: textHash(original) }
            : undefined;
        if (sameEdit(before, next)) continue;
        if (next) edits.set(change.ref, next);
        else edits.delete(change.ref);
        entry(change.ref, next?.action ?? 'restore');
      }
      if (log.length === 0) return this.outcome(compiled.picture, review);
      const saved: PictureReview = { ...review, edits: [...edits.values()], log: [...review.log, ...log] };
      await this.repositories.reviews.save(saved, stored?.etag);
      return this.outcome(compiled.picture, saved);
    });
  }

  private outcome(picture: SituationPicture, review: PictureReview): SaveReviewOutcome {
    const { omitted, rewritten } = reviewedPicture(picture, currentEdits(review, picture));
    return { kind: 'saved', omitted, rewritten };
  }
}

function sameEdit(a: ReviewEdit | undefined, b: ReviewEdit | undefined): boolean {
  return a?.action === b?.action && (a?.text ?? '') === (b?.text ?? '') && a?.textHash === b?.textHash;
}
