import { z } from 'zod/v4';
import { downloadCard } from '../../cards/document.card';

import type { AdaptiveCardJson } from '../../cards/render';
import {
  publishedSituationPictureCard,
  situationPictureCard,
  type SituationPictureCardMode,
} from '../../cards/situation-picture.card';
import type { Group } from '../../domain/group';
import { EXPORT_FORMATS, spanOfKey } from '../../domain/long-report';
import { periodByIndex, type ReportingPeriod } from '../../domain/periods';
import { organisationName, type Texts } from '../../i18n';
import type { ReviewView } from '../../services/picture-review';
import { cardAction, formText, groupData, periodAction, periodData, sendReply } from '../card-actions';
import { isPersonalChat } from '../context';
import type { BotDependencies } from '../deps';

import { VERBS } from '../verbs';

/** `Publicera` carries what its card showed; a card from before reviews were hashed carries nothing. */
const publishData = periodData.extend({
  reviewHash: z.string().max(64).default(''),
  reviewed: z
    .string()
    .max(4000)
    .default('')
    .transform((list) => list.split(',').filter(Boolean)),
});
const spanData = groupData.extend({
  span: z
    .string()
    .max(20)
    .transform((key, context) => {
      const span = spanOfKey(key);
      if (!span) context.addIssue({ code: 'custom', message: 'not a month, tertial or year' });
      return span ?? z.NEVER;
    }),
  /** Absent on cards from before CSV and Markdown: the Word document. */
  format: z.enum(EXPORT_FORMATS).default('docx'),
});

/** What the review card says above the compiled picture besides it (the analysis is typed on the card). */
export interface ReviewCardExtras {
  analysis: string;
  notice?: { text: string; good: boolean };
  analysisError?: string;
}

/**
 * The review card of a reviewed lägesbild: the edits applied and marked, and what `Publicera` must
 * find unchanged (the hash and the reports it was compiled from).
 */
export function reviewCardOf(view: ReviewView, group: Group, t: Texts, extras: ReviewCardExtras): AdaptiveCardJson {
  const mode: SituationPictureCardMode = {
    kind: 'review',
    state: { hash: view.hash, fingerprints: view.fingerprints, omitted: view.omitted, rewritten: view.rewritten },
    ...(extras.notice ? { notice: extras.notice } : {}),
    ...(extras.analysisError ? { analysisError: extras.analysisError } : {}),
  };
  return situationPictureCard({ ...view.compiled, picture: view.picture, group, analysis: extras.analysis, mode }, t)
    .card;
}

/** The review card of the period as it stands now. */
export async function reviewCard(
  deps: BotDependencies,
  group: Group,
  period: ReportingPeriod,
  t: Texts,
  extras: ReviewCardExtras,
): Promise<AdaptiveCardJson> {
  return reviewCardOf(await deps.reviews.view(group, period), group, t, extras);
}

/**
 * Compile, publish and archive: the review card's Publicera and the archive's Visa; and the
 * `rapport` card's Ladda ner som Word.
 */
export function situationPictureActions(deps: BotDependencies) {
  const { situationPictures, exports } = deps;
  return [
    cardAction({
      verb: VERBS.reportDownload,
      role: 'samordnare',
      input: spanData,
      async act({ context, group, member, data, t }) {
        // The link reads the document without signing in: it goes only to the asker's own chat.
        if (!isPersonalChat(context)) return { message: t.document.downloadOnlyInPersonalChat };
        const compiledBy = member.organisation && organisationName(t, member.organisation);
        const link = await exports.downloadLink(group, data.span, data.format, t, compiledBy);
        await sendReply(context, { card: downloadCard(link, data.format, t) });
        return { message: t.document.downloadSent(data.format) };
      },
    }),
    periodAction({
      verb: VERBS.picturePublish,
      role: 'samordnare',
      input: publishData,
      async act({ group, period, member, data, raw, t }) {
        const analysis = formText(raw.analysis);
        const reviewed = { hash: data.reviewHash, fingerprints: data.reviewed };
        const outcome = await situationPictures.publish({ group, period, by: member, analysis, reviewed });
        const review = (extras: Omit<ReviewCardExtras, 'analysis'>, shown = analysis) =>
          reviewCard(deps, group, period, t, { analysis: shown, ...extras });
        switch (outcome.kind) {
          case 'published': {
            const previous = periodByIndex(group.schedule, period.index - 1);
            return { card: publishedSituationPictureCard(outcome.publication, group, period, previous, t) };
          }
          case 'alreadyPublished':
            return { message: t.picture.alreadyPublished(t.dateTime(outcome.publication.publishedAt)) };
          case 'changed':
            return { card: await review({ notice: { text: t.review.changedSince(outcome.reports), good: false } }) };
          case 'noChannel':
            return { card: await review({ notice: { text: t.picture.noChannel, good: false } }) };
          case 'notDelivered':
            return { card: await review({ notice: { text: t.somethingWentWrong, good: false } }) };
          case 'personalData': {
            const analysisError = t.picture.textHasPersonalData(
              t.picture.analysisLabel,
              outcome.kinds.map((kind) => t.personalData[kind]),
            );
            return { card: await review({ analysisError }, outcome.masked) };
          }
        }
      },
    }),
    periodAction({
      verb: VERBS.archiveShow,
      role: 'samordnare',
      input: periodData,
      async act({ group, period, t }) {
        const publication = (await situationPictures.archive(group)).find(
          (candidate) => candidate.periodId === period.id,
        );
        if (!publication) return { message: t.invalidCard };
        const previous = periodByIndex(group.schedule, period.index - 1);
        return { card: publishedSituationPictureCard(publication, group, period, previous, t) };
      },
    }),
  ];
}
