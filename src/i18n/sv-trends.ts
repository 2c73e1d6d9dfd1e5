import { plural } from './plural';
import type { TrendTexts } from './trend-texts';

const one = (value: number) => value.toLocaleString('sv-SE', { maximumFractionDigits: 1 });

export const svTrends: TrendTexts = {
  title: (group) => `Trender · ${group}`,
  axisLabel: (period) => `v${period.firstWeek.week}`,
  span: (first, last, periods) => `${first} – ${last} (${plural(periods, 'period', 'perioder')})`,
  spanLabel: 'Tidsspann',
  spanChoice: (periods) => `${periods} perioder`,
  areaLabel: 'Område i mallen',
  allAreas: 'Alla områden i mallen',
  omradeLabel: 'Område i kommunen',
  allOmraden: 'Alla områden',
  show: 'Visa',
  linesTitle: 'Observationer per område i mallen och period',
  omradenTitle: 'Områden med flest observationer',
  eventTypesTitle: 'Händelsetyper',
  mostChanged: (label, from, to, up) =>
    `Störst förändring: **${label}** ${up ? 'ökar' : 'minskar'}, från ${one(from)} till ${one(to)} observationer per period (första mot sista tredjedelen).`,
  noChange: 'Ingen tydlig förändring under perioden.',
  none: 'Inga observationer under perioden.',
  series: (counts) => counts.join(' · '),
  onlySamordnareHere: 'Trender visar bara gruppens samordnare, i chatten med mig eller i rådets kanal.',
};
