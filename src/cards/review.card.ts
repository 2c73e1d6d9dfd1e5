import type { CompiledObservation, SituationPicture } from '../domain/compile';
import type { Group } from '../domain/group';
import type { ReportingPeriod } from '../domain/periods';
import { whereOf } from '../domain/report';
import type { ReviewEdit } from '../domain/review';
import { organisationName, whenOf, type Texts } from '../i18n';
import { md } from './markdown';
import { renderCard, type AdaptiveCardJson } from './render';
import reviewTextsTemplate from './templates/review-texts.json';

/** Observations per page of the texts card: full texts in inputs stay far below Teams' 100 KB. */
export const REVIEW_PAGE_SIZE = 20;

const HIDDEN_TEXT = '-';

/** One observation on the texts card, with where it stands in the picture. */
interface ReviewItem {
  observation: CompiledObservation & { ref: string };
  where: string;
  area: string;
}

/** The picture's observations in review order: those the member marked "not a person" first. */
export function reviewItems(picture: SituationPicture): ReviewItem[] {
  const items = picture.areas.flatMap((area) =>
    area.places.flatMap((place) =>
      place.observations.flatMap((observation) =>
        observation.ref
          ? [
              {
                observation: { ...observation, ref: observation.ref },
                where: whereOf(place.omrade, place.place),
                area: area.label,
              },
            ]
          : [],
      ),
    ),
  );
  const marked = (item: ReviewItem) => (item.observation.notPersons?.length ? 0 : 1);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => marked(a.item) - marked(b.item) || a.index - b.index)
    .map(({ item }) => item);
}

export interface ReviewTextsInput {
  group: Group;
  period: ReportingPeriod;
  /** The compiled picture as the members wrote it (no edits applied). */
  picture: SituationPicture;
  edits: Map<string, ReviewEdit>;
  page: number;
  /** The samordnare's analysis from the review card, carried back to it. */
  analysis: string;
  /** What the samordnare typed on this page, shown again with the problems when nothing was saved. */
  typed?: Map<string, { omit: boolean; text: string }>;
  problems?: Map<string, string>;
  notice?: { text: string; good: boolean };
}

/** The samordnare's texts card: each observation as it will be published, to leave out or rewrite. */
export function reviewTextsCard(input: ReviewTextsInput, t: Texts): AdaptiveCardJson {
  const { group, period, edits } = input;
  const all = reviewItems(input.picture);
  const pages = Math.max(1, Math.ceil(all.length / REVIEW_PAGE_SIZE));
  const page = Math.min(Math.max(0, input.page), pages - 1);
  const shown = all.slice(page * REVIEW_PAGE_SIZE, (page + 1) * REVIEW_PAGE_SIZE);
  const title = t.review.title(t.periodLabel(period));
  return renderCard(reviewTextsTemplate, {
    t: t.review,
    title,
    fallbackText: t.cardNotSupported(title),
    notice: input.notice?.text ?? '',
    noticeText: input.notice?.text ?? HIDDEN_TEXT,
    noticeColor: input.notice?.good === false ? 'Attention' : 'Good',
    pageText:
      all.length === 0
        ? t.review.none
        : t.review.page(page * REVIEW_PAGE_SIZE + 1, page * REVIEW_PAGE_SIZE + shown.length, all.length),
    items: shown.map(({ observation, where, area }) => {
      const edit = edits.get(observation.ref);
      const typed = input.typed?.get(observation.ref);
      const error = input.problems?.get(observation.ref) ?? '';
      const mark = observation.notPersons?.length ? t.review.markedNotPerson(observation.notPersons.map(md)) : '';
      return {
        where: md(`${area} · ${where}`),
        meta: [
          t.choices.assessment[observation.assessment],
          whenOf(t, observation),
          t.review.byOrganisation(md(organisationName(t, observation.organisation))),
        ]
          .filter(Boolean)
          .join(' · '),
        mark,
        markText: mark || HIDDEN_TEXT,
        omitId: `omit-${observation.ref}`,
        omitValue: String(typed?.omit ?? edit?.action === 'omit'),
        textId: `text-${observation.ref}`,
        // Input values are plain text: never escaped.
        text: typed?.text ?? (edit?.action === 'rewrite' && edit.text ? edit.text : observation.description),
        error,
        errorText: error || HIDDEN_TEXT,
      };
    }),
    refs: shown.map((item) => item.observation.ref).join(','),
    hasPrevious: page > 0,
    hasNext: page < pages - 1,
    previousPage: String(page - 1),
    nextPage: String(page + 1),
    analysis: input.analysis,
    groupId: group.id,
    periodId: period.id,
  });
}
