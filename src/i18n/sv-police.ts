import { plural } from './plural';
import type { PoliceTexts } from './police-texts';

const OUTCOMES = {
  ok: 'hämtade',
  rateLimited: 'Polisen bad oss vänta (429)',
  unavailable: 'Polisens tjänst svarade inte (503)',
  failed: 'kunde inte nå Polisen',
  malformed: 'Polisens svar gick inte att läsa',
  notFound: 'Polisen svarade att adressen inte finns (404); boten frågar inte igen förrän orterna ändras',
} as const;

export const svPolice: PoliceTexts = {
  heading: (locations) => `Polisens publicerade händelser (${locations.join(', ')})`,
  total: (count, previous) => `${plural(count, 'händelse', 'händelser')} (förra perioden ${previous})`,
  typeLine: (type, count, previous) => `- ${type}: ${count} (förra perioden ${previous})`,
  recentHeading: 'Senaste',
  none: 'Polisen publicerade inga händelser under perioden.',
  note: 'Siffrorna är Polisens publicerade händelser (källa: Polisen, polisen.se), inte brottsstatistik.',
  fetched: (at) => `Hämtade senast ${at}.`,
  sideHeading: 'Samma slag: medlemmarna och Polisen',
  sideLine: (label, members, police, omraden) =>
    `- ${label}: medlemmarna ${members}, Polisen ${police}` +
    (members === 0 ? ' – bara Polisen' : police === 0 ? ' – bara medlemmarna' : '') +
    (omraden ? ` (${omraden})` : ''),
  omradeCount: (omrade, members, police) => `${omrade} ${members}/${police}`,
  fetchRan: (outcome, stored, skipped) =>
    outcome === 'ok'
      ? `Polisens händelser är hämtade: ${plural(stored, 'händelse', 'händelser')}` +
        (skipped > 0
          ? `, ${plural(skipped, 'kunde inte läsas och hoppades över', 'kunde inte läsas och hoppades över')}`
          : '') +
        '.'
      : `Det gick inte: ${OUTCOMES[outcome]}. Boten försöker igen av sig själv.`,
  tooSoon: (seconds) =>
    `Polisens villkor tillåter ett anrop i taget med mellanrum; försök igen om ${plural(seconds, 'sekund', 'sekunder')}.`,
  disabled: 'Hämtningen av Polisens händelser är avstängd (POLICE_EVENTS_ENABLED=false).',
  nothingToFetch: 'Ingen grupp har angett några kommunnamn för Polisens händelser (under **inställningar**).',
  statusLine: (at, outcome, next) =>
    at
      ? `Polisens händelser: senaste hämtning ${at}, ${outcome ? OUTCOMES[outcome] : 'pågår'}${next ? `; nästa ${next}` : ''}.`
      : 'Polisens händelser: inte hämtade ännu.',
};
