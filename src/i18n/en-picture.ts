import type { PictureTexts, LongReportTexts } from './picture-texts';
import { plural } from './plural';

export const enPicture: PictureTexts = {
  title: (label, group) => `Joint situation picture ${label} · ${group}`,
  compiledAt: (date) => `Compiled ${date}`,
  summary: 'Summary',
  participation: 'Answered',
  participationValue: (answered, total, missing) =>
    `${answered} of ${total}${missing.length > 0 ? ` (missing: ${missing.join(', ')})` : ''}`,
  participationByOrganisation: (answered, total, byOrganisation) => {
    const missing = byOrganisation
      .filter((row) => row.answered < row.total)
      .map((row) =>
        row.answered === 0 ? row.organisation : `${row.organisation} (${row.total - row.answered} of ${row.total})`,
      );
    return `${answered} of ${total} answered${missing.length > 0 ? `; missing: ${missing.join(', ')}` : ''}`;
  },
  observations: 'Observations',
  observationsValue: (count, previous) => `${count} (previous period ${previous})`,
  mainChanges: 'Largest changes',
  noChanges: 'No changes against the previous period.',
  change: (label, previous, count) => `${label}: ${previous} → ${count}`,
  hotSpots: 'Hot spots',
  noHotSpots: 'No place was named by several organisations or in several periods in a row.',
  eventTypes: 'Types of event',
  trendTitle: (periods) => `Per template area, the last ${periods} periods`,
  eventTypeCount: (label, count, previous) => `${label}: ${count} (previous period ${previous})`,
  hotSpot: (where, organisations, recurring) =>
    `${where}: ${organisations.join(', ')}${recurring ? ' (recurring)' : ''}`,
  chartTitle: 'Observations per area, against the previous period',
  countText: (count, previous) => `${count} (previous ${previous})`,
  show: 'Show',
  headline: (count, previous, high, share) =>
    `${plural(count, 'observation', 'observations')} (previous period ${previous}) · ${high} assessed high · ${Math.round(share * 100)} % reported to the police`,
  trends: ({ okar, oforandrat, minskar }) =>
    `Members' view of the trend: increasing ${okar}, unchanged ${oforandrat}, decreasing ${minskar}`,
  observationLine: (description, assessment, when, organisation, police) =>
    `${description} (${assessment}${when ? `, ${when}` : ''}${organisation ? `; ${organisation}` : ''}${police ? '; reported to the police' : ''})`,
  analysis: "The group's analysis",
  insatser: 'Proposed interventions',
  leftOut: (count) =>
    `${count} ${count === 1 ? 'observation does' : 'observations do'} not fit here. The whole situation picture is in the archive: type **archive** in the chat with the Lägesbild bot.`,
  footerReview: 'Preview: only you see it. Nothing is published until you choose Publish.',
  footerPublished: (by, at, channel) =>
    `Published by ${by} ${at} in ${channel}. Who reported what is not included; organisations are.`,
  reviewIntro: "Add the group's analysis and proposed interventions, and publish to the council's channel.",
  analysisLabel: 'Analysis',
  analysisPlaceholder: 'What does the situation picture say? What has changed and why?',
  insatserLabel: 'Proposed interventions',
  insatserPlaceholder: 'E.g. a safety walk in Centrum, more lighting in Kolarbyn',
  publish: 'Publish',
  noChannel:
    "No channel is chosen for the council. Type @Lägesbild publicera här in the council's channel in Teams, then publish again. Your text stays on the card.",
  published: (channel) => `The situation picture is published in ${channel}.`,
  alreadyPublished: (at) =>
    `The situation picture for the period was already published ${at}. It is not published again.`,
  textHasPersonalData: (field, kinds) =>
    `${field} contained ${kinds.join(' and ')}. It has been removed; check the text and publish again.`,
  choosePublishGroup: (groups) =>
    `You coordinate several EST groups. Which one is it? ${groups.map((group) => `**publish here ${group}**`).join(', ')}`,
  channelChosen: (channel, group) => `The situation picture for ${group} will be published here in ${channel}.`,
  reviewReady: (label) =>
    `The situation picture for ${label} is compiled. Review it, add analysis and interventions, and publish.`,
  archiveTitle: (group) => `Published situation pictures for ${group}`,
  archiveEmpty: 'No situation picture has been published yet.',
  archiveShow: 'Show',
  archiveLine: (label, at, by) => `${label}: published ${at} by ${by}`,
};

export const enLongReport: LongReportTexts = {
  title: (kind, year, index, group) =>
    `${
      kind === 'manad'
        ? `Monthly report ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][index - 1]} ${year}`
        : kind === 'tertial'
          ? `Four-month analysis T${index} ${year}`
          : `Yearly follow-up ${year}`
    } · ${group}`,
  subtitle: (periods, observations) =>
    `${plural(periods, 'period', 'periods')}, ${plural(observations, 'observation', 'observations')}`,
  periods: 'Periods',
  periodValue: (answered, total, observations) =>
    `answered ${answered} of ${total}, ${plural(observations, 'observation', 'observations')}`,
  areas: 'Per template area (per period, total, direction)',
  omraden: 'Per area of the municipality',
  eventTypes: 'Types of event',
  series: (counts, total, direction) =>
    `${counts.join(' · ')} = ${total} (${{ okar: 'increasing', minskar: 'decreasing', oforandrat: 'unchanged' }[direction]})`,
  recurring: 'Recurring hot spots',
  recurringLine: (where, periods, organisations) => `- ${where}: ${periods} periods (${organisations.join(', ')})`,
  noRecurring: 'No place was a hot spot in more than one period.',
  footer: 'Compiled from the fortnightly situation pictures. Who reported what is not included.',
  unknownSpan:
    "I didn't understand that. Type for example **report month november 2026**, **report tertial T3 2026** or **report year 2026**.",
};
