import type { CompiledObservation, EventTypeCount, HotSpot, SituationPicture } from '../domain/compile';
import { chartLabel, type Group } from '../domain/group';
import { EMPTY_INSATS_SECTION, type InsatsSection } from '../domain/insats-follow-up';
import { periodById, type ReportingPeriod } from '../domain/periods';
import type { PoliceSection } from '../domain/police-section';
import type { Publication } from '../domain/publication';
import { whereOf } from '../domain/report';
import type { AreaTrend } from '../domain/trends';
import { organisationName, whenOf, type Texts } from '../i18n';
import { lineChart } from './charts';
import { insatsSectionText } from './insats.card';
import { md, mdOrEmpty } from './markdown';
import { policeSectionText } from './police.card';
import { excerpt, renderCard, type AdaptiveCardJson } from './render';
import archiveTemplate from './templates/archive.json';
import situationPictureTemplate from './templates/situation-picture.json';

const HIDDEN_TEXT = '-';

/** The published card must stay far below Teams' ~100 KB message limit. */
export const PICTURE_CARD_MAX_BYTES = 40 * 1024;

/** Ever shorter lists and texts, tried in turn until the card fits. */
const LEVELS = [
  { perArea: 40, excerpt: 240 },
  { perArea: 20, excerpt: 160 },
  { perArea: 10, excerpt: 120 },
  { perArea: 5, excerpt: 90 },
  { perArea: 2, excerpt: 60 },
  { perArea: 0, excerpt: 0 },
];

export type SituationPictureCardMode =
  | {
      kind: 'review';
      /** What `Publicera` must find unchanged, and what the review left out or rewrote. */
      state: ReviewCardState;
      analysisError?: string;
      notice?: { text: string; good: boolean };
    }
  | {
      kind: 'published';
      by: string;
      at: Date;
      channel: string;
      /** False only for records published before the channel stopped naming who did not answer. */
      byOrganisation: boolean;
      /** When gallring removed the record's free texts. */
      textsRemovedAt?: Date;
    };

export interface ReviewCardState {
  hash: string;
  fingerprints: string[];
  omitted: number;
  rewritten: number;
}

export interface SituationPictureCardInput {
  picture: SituationPicture;
  group: Group;
  period: ReportingPeriod;
  previousPeriod: ReportingPeriod;
  compiledAt: Date;
  analysis: string;
  /** Each area over the last periods (absent from records published before it was shown). */
  trend?: AreaTrend;
  /** The insatser section, compiled (review) or as archived (published). */
  insatser: InsatsSection;
  /** The free-text insatser of a record published before they were recorded one by one. */
  legacyInsatser?: string;
  /** The police's published events (absent when off, unset, or in records published before). */
  police?: PoliceSection;
  /** Medborgarlöften activities due or overdue, listed in every lägesbild. */
  pledgesDue: { description: string; ownerParty: string; due: string; overdue: boolean }[];
  /** Each active pledge's status and what changed since the last lägesbild. */
  pledgeStatus: { title: string; counts: Record<string, number>; changed: { description: string; status: string }[] }[];
  mode: SituationPictureCardMode;
}

/** In the samordnare's review only: the member's "not a person" mark and the samordnare's rewrite. */
function reviewMarks(observation: CompiledObservation, review: boolean, t: Texts): string {
  if (!review) return '';
  const marks = [
    observation.notPersons?.length ? t.review.markedNotPerson(observation.notPersons.map(md)) : '',
    observation.rewritten ? t.review.rewrittenMark : '',
  ].filter(Boolean);
  return marks.length > 0 ? `${marks.join(' ')} ` : '';
}

/** A hot spot's organisations: the named ones, and how many more the group's setting does not name. */
function hotSpotOrganisations(spot: HotSpot, t: Texts): string[] {
  const hidden = spot.hiddenOrganisations ?? 0;
  const named = spot.organisations.map((organisation) => md(organisationName(t, organisation)));
  return hidden > 0 ? [...named, t.review.hiddenOrganisations(hidden, named.length)] : named;
}

/** The händelsetyper as lines (the busiest first), or '' when none was recorded. */
function eventTypeLines(counts: EventTypeCount[], t: Texts): string {
  return counts.map((row) => `- ${t.picture.eventTypeCount(md(row.label), row.count, row.previousCount)}`).join('\n');
}

export function situationPictureCard(
  input: SituationPictureCardInput,
  t: Texts,
): { card: AdaptiveCardJson; leftOut: number } {
  for (const level of LEVELS) {
    const { card, leftOut } = renderAtLevel(input, t, level);
    if (
      Buffer.byteLength(JSON.stringify(card), 'utf8') <= PICTURE_CARD_MAX_BYTES ||
      level === LEVELS[LEVELS.length - 1]
    ) {
      return { card, leftOut };
    }
  }
  throw new Error('unreachable');
}

function renderAtLevel(
  input: SituationPictureCardInput,
  t: Texts,
  level: { perArea: number; excerpt: number },
): { card: AdaptiveCardJson; leftOut: number } {
  const { picture, group, period, previousPeriod, mode } = input;
  const periodLabel = t.periodLabel(period);
  const title = t.picture.title(periodLabel, md(group.name));
  let leftOut = 0;
  const areas = picture.areas
    .filter((area) => area.count > 0)
    .map((area, index) => {
      let budget = level.perArea;
      const places = area.places
        .map((place) => {
          const shown = place.observations.slice(0, Math.max(0, budget));
          budget -= shown.length;
          leftOut += place.observations.length - shown.length;
          return {
            where: md(whereOf(place.omrade, place.place)),
            items: shown.map((observation) => ({
              text:
                reviewMarks(observation, mode.kind === 'review', t) +
                t.picture.observationLine(
                  (observation.eventType ? `${md(observation.eventType)}: ` : '') +
                    md(excerpt(observation.description, level.excerpt)),
                  t.choices.assessment[observation.assessment].toLowerCase(),
                  whenOf(t, observation),
                  observation.organisation ? md(organisationName(t, observation.organisation)) : '',
                  observation.policeReported === 'ja',
                ),
            })),
          };
        })
        .filter((place) => place.items.length > 0);
      return {
        elementId: `area-${index}`,
        label: md(area.label),
        headline: t.picture.headline(area.count, area.previousCount, area.high, area.policeReportedShare),
        trends: t.picture.trends(area.memberTrends),
        eventTypes: eventTypeLines(area.eventTypes, t),
        places,
      };
    });
  const chart = picture.areas.map((area) => ({
    label: md(area.label),
    short: chartLabel(area.label),
    count: area.count,
    previous: area.previousCount,
    countText: t.picture.countText(area.count, area.previousCount),
  }));
  const previousTotal = picture.areas.reduce((sum, area) => sum + area.previousCount, 0);
  const review = mode.kind === 'review';
  const notice = mode.kind === 'review' ? mode.notice : undefined;
  const card = renderCard(situationPictureTemplate, {
    t: t.picture,
    title,
    fallbackText: t.cardNotSupported(title),
    subtitle: t.picture.compiledAt(t.dateTime(input.compiledAt)),
    notice: notice?.text ?? '',
    noticeText: notice?.text ?? HIDDEN_TEXT,
    noticeColor: notice?.good === false ? 'Attention' : 'Good',
    participation:
      mode.kind === 'published' && mode.byOrganisation
        ? t.picture.participationByOrganisation(
            picture.participation.answered,
            picture.participation.total,
            picture.participation.byOrganisation.map((row) => ({
              ...row,
              organisation: row.organisation ? md(organisationName(t, row.organisation)) : t.review.otherOrganisations,
            })),
          )
        : t.picture.participationValue(
            picture.participation.answered,
            picture.participation.total,
            picture.participation.missing.map(md),
          ),
    observations: t.picture.observationsValue(picture.totalObservations, previousTotal),
    mainChanges:
      picture.mainChanges.length > 0
        ? picture.mainChanges
            .map((change) => `- ${t.picture.change(md(change.label), change.previousCount, change.count)}`)
            .join('\n')
        : t.picture.noChanges,
    hotSpots:
      picture.hotSpots.length > 0
        ? picture.hotSpots
            .slice(0, 8)
            .map(
              (spot) =>
                `- ${t.picture.hotSpot(md(whereOf(spot.omrade, spot.place)), hotSpotOrganisations(spot, t), spot.recurring)}`,
            )
            .join('\n')
        : t.picture.noHotSpots,
    eventTypes: eventTypeLines(picture.eventTypes, t),
    trendCharts:
      input.trend && input.trend.areas.length > 0
        ? [
            ...lineChart(
              t.picture.trendTitle(input.trend.periodIds.length),
              input.trend.periodIds.map((id) => {
                const found = periodById(group.schedule, id);
                return found ? t.trends.axisLabel(found) : id;
              }),
              input.trend.areas,
              t.trends.series,
            ),
          ]
        : [],
    periodLabel,
    previousLabel: t.periodLabel(previousPeriod),
    chart,
    // A chart of nothing but zeros says nothing.
    hasChart: picture.totalObservations + previousTotal > 0,
    areas,
    pledgeStatusTitle: t.pledges.statusHeading,
    pledgeStatus: input.pledgeStatus
      .map((pledge) =>
        [
          `**${md(pledge.title)}**: ${t.pledges.counts(pledge.counts)}`,
          ...pledge.changed.map(
            (item) =>
              `- ${t.pledges.recentlyChanged(md(item.description), t.pledges.status[item.status as keyof typeof t.pledges.status] ?? item.status)}`,
          ),
        ].join('\n'),
      )
      .join('\n\n'),
    pledgesTitle: t.pledges.dueTitle,
    pledgesDue: input.pledgesDue
      .map(
        (item) =>
          `- ${t.pledges.dueLine(md(item.description), t.pledges.owner(md(item.ownerParty)), item.due, item.overdue)}`,
      )
      .join('\n'),
    analysis: review ? '' : md(input.analysis),
    insatser: review ? '' : mdOrEmpty(input.legacyInsatser),
    insatserHeading: t.insatser.heading,
    insatserSection: insatsSectionText(input.insatser, t, level.perArea === 0 ? 3 : 10),
    newInsats: t.insatser.newInsats,
    policeHeading: input.police ? t.police.heading(input.police.locations.map(md)) : '',
    policeSection: policeSectionText(input.police, t, {
      sideBySide: review,
      maxTypes: level.perArea === 0 ? 5 : 15,
    }),
    leftOut: leftOut > 0 ? t.picture.leftOut(leftOut) : '',
    footer:
      mode.kind === 'review'
        ? [t.review.summary(mode.state.omitted, mode.state.rewritten), t.picture.footerReview].filter(Boolean).join(' ')
        : [
            t.picture.footerPublished(md(mode.by), t.dateTime(mode.at), md(mode.channel)),
            mode.textsRemovedAt ? t.review.textsRemoved(t.dateTime(mode.textsRemovedAt)) : '',
          ]
            .filter(Boolean)
            .join(' '),
    review,
    analysisInput: input.analysis,
    analysisError: mode.kind === 'review' ? (mode.analysisError ?? '') : '',
    analysisErrorText: (mode.kind === 'review' && mode.analysisError) || HIDDEN_TEXT,
    groupId: group.id,
    periodId: period.id,
    reviewTexts: t.review.reviewTexts,
    reviewHash: mode.kind === 'review' ? mode.state.hash : '',
    reviewed: mode.kind === 'review' ? mode.state.fingerprints.join(',') : '',
  });
  return { card, leftOut };
}

/** The card the council saw, from the archive record (so `arkiv` shows exactly it again). */
export function publishedSituationPictureCard(
  publication: Publication,
  group: Group,
  period: ReportingPeriod,
  previousPeriod: ReportingPeriod,
  t: Texts,
): AdaptiveCardJson {
  return situationPictureCard(
    {
      picture: publication.content.picture,
      group,
      period,
      previousPeriod,
      compiledAt: publication.publishedAt,
      analysis: publication.content.analysis,
      insatser: publication.content.insatsSection ?? EMPTY_INSATS_SECTION,
      trend: publication.content.trend,
      police: publication.content.police,
      legacyInsatser: publication.content.insatser,
      pledgesDue: publication.content.pledgesDue ?? [],
      pledgeStatus: publication.content.pledgeStatus ?? [],
      mode: {
        kind: 'published',
        by: publication.publishedBy.name,
        at: publication.publishedAt,
        channel: publication.channel.name,
        byOrganisation: publication.content.participationByOrganisation === true,
        ...(publication.content.textsRemovedAt ? { textsRemovedAt: new Date(publication.content.textsRemovedAt) } : {}),
      },
    },
    t,
  ).card;
}

export function archiveCard(
  group: Group,
  items: { periodId: string; periodLabel: string; at: Date; by: string }[],
  t: Texts,
): AdaptiveCardJson {
  return renderCard(archiveTemplate, {
    title: t.picture.archiveTitle(md(group.name)),
    empty: t.picture.archiveEmpty,
    show: t.picture.archiveShow,
    groupId: group.id,
    items: items.map((item) => ({
      periodId: item.periodId,
      line: t.picture.archiveLine(item.periodLabel, t.dateTime(item.at), md(item.by)),
    })),
  });
}
