import { z } from 'zod/v4';
import { REVIEW_PAGE_SIZE, reviewItems, reviewTextsCard } from '../../cards/review.card';
import type { Group } from '../../domain/group';
import type { ReportingPeriod } from '../../domain/periods';
import type { Texts } from '../../i18n';
import type { ReviewChange, ReviewProblem } from '../../services/picture-review';
import { formText, periodAction, periodData } from '../card-actions';
import type { BotDependencies } from '../deps';
import { VERBS } from '../verbs';
import { reviewCard } from './situation-picture';

/** A page number, or `done` (back to the review card). */
const page = z.union([z.literal('done'), z.coerce.number().int().min(0).max(1000)]);
const textsData = periodData.extend({ page: page.default(0) });
const saveData = periodData.extend({
  page,
  /** The observations on the page that was saved, by their opaque handles. */
  refs: z
    .string()
    .max(4000)
    .default('')
    .transform((list) => list.split(',').filter(Boolean))
    .pipe(z.array(z.string().regex(/^[0-9a-f]{16}$/)).max(100)),
});

/** What the texts card sent for each observation on its page. */
function changesFrom(refs: string[], raw: Record<string, unknown>): ReviewChange[] {
  return refs.map((ref) => ({
    ref,
    omit: formText(raw[`omit-${ref}`]) === 'true',
    text: formText(raw[`text-${ref}`]),
  }));
}

async function textsCard(
  deps: BotDependencies,
  group: Group,
  period: ReportingPeriod,
  t: Texts,
  options: {
    /** A page number, or the handle of an observation whose page to show. */
    page: number | string;
    analysis: string;
    notice?: { text: string; good: boolean };
    typed?: ReviewChange[];
    problems?: Map<string, ReviewProblem>;
  },
) {
  const { picture, edits } = await deps.reviews.texts(group, period);
  const problems = new Map(
    [...(options.problems ?? [])].map(([ref, problem]) => [
      ref,
      t.review.problem(problem, (kind) => t.personalData[kind]),
    ]),
  );
  const position =
    typeof options.page === 'string'
      ? reviewItems(picture).findIndex((item) => item.observation.ref === options.page)
      : -1;
  const page = typeof options.page === 'number' ? options.page : Math.max(0, Math.floor(position / REVIEW_PAGE_SIZE));
  return reviewTextsCard(
    {
      group,
      period,
      picture,
      edits,
      page,
      analysis: options.analysis,
      typed: new Map((options.typed ?? []).map((change) => [change.ref, change])),
      problems,
      ...(options.notice ? { notice: options.notice } : {}),
    },
    t,
  );
}

/**
 * The samordnare's review before publishing: the texts card (each observation as it will be
 * published, to leave out or rewrite) and its saving, which leads back to the review card.
 */
export function pictureReviewActions(deps: BotDependencies) {
  return [
    periodAction({
      verb: VERBS.pictureReviewTexts,
      role: 'samordnare',
      input: textsData,
      async act({ group, period, data, raw, t }) {
        const analysis = formText(raw.analysis);
        return {
          card: await textsCard(deps, group, period, t, { page: data.page === 'done' ? 0 : data.page, analysis }),
        };
      },
    }),
    periodAction({
      verb: VERBS.pictureReviewSave,
      role: 'samordnare',
      input: saveData,
      async act({ group, period, member, data, raw, t }) {
        const analysis = formText(raw.analysis);
        const changes = changesFrom(data.refs, raw);
        const outcome = await deps.reviews.save(group, period, member, changes);
        if (outcome.kind === 'invalid') {
          // Nothing saved: the page again, as typed, with each problem next to its text.
          const notice = { text: t.review.fixProblems(outcome.problems.size), good: false };
          return {
            card: await textsCard(deps, group, period, t, {
              page: data.refs[0] ?? '',
              analysis,
              notice,
              typed: changes,
              problems: outcome.problems,
            }),
          };
        }
        const notice = { text: t.review.saved(outcome.omitted, outcome.rewritten), good: true };
        if (data.page === 'done') return { card: await reviewCard(deps, group, period, t, { analysis, notice }) };
        return { card: await textsCard(deps, group, period, t, { page: data.page, analysis, notice }) };
      },
    }),
  ];
}
