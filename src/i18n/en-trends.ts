import { plural } from './plural';
import type { TrendTexts } from './trend-texts';

const one = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 });

export const enTrends: TrendTexts = {
  title: (group) => `Trends · ${group}`,
  axisLabel: (period) => `w${period.firstWeek.week}`,
  span: (first, last, periods) => `${first} – ${last} (${plural(periods, 'period', 'periods')})`,
  spanLabel: 'Span',
  spanChoice: (periods) => `${periods} periods`,
  areaLabel: 'Template area',
  allAreas: 'All template areas',
  omradeLabel: 'Area of town',
  allOmraden: 'All areas of town',
  show: 'Show',
  linesTitle: 'Observations per template area and period',
  omradenTitle: 'Areas of town with the most observations',
  eventTypesTitle: 'Types of event',
  mostChanged: (label, from, to, up) =>
    `Largest change: **${label}** ${up ? 'rises' : 'falls'}, from ${one(from)} to ${one(to)} observations per period (first against last third).`,
  noChange: 'No clear change over the span.',
  none: 'No observations in the span.',
  series: (counts) => counts.join(' · '),
  onlySamordnareHere:
    "Trends are shown only to the group's coordinator, in the chat with me or in the council's channel.",
};
