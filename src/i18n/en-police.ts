import { plural } from './plural';
import type { PoliceTexts } from './police-texts';

const OUTCOMES = {
  ok: 'fetched',
  rateLimited: 'the police asked us to wait (429)',
  unavailable: 'the police’s service did not answer (503)',
  failed: 'could not reach the police',
  malformed: 'the police’s answer could not be read',
  notFound: 'the police said the address does not exist (404); the bot will not ask again until the names change',
} as const;

export const enPolice: PoliceTexts = {
  heading: (locations) => `The police’s published events (${locations.join(', ')})`,
  total: (count, previous) => `${plural(count, 'event', 'events')} (previous period ${previous})`,
  typeLine: (type, count, previous) => `- ${type}: ${count} (previous period ${previous})`,
  recentHeading: 'Latest',
  none: 'The police published no events in the period.',
  note: 'These are the police’s published events (source: Polisen, polisen.se), not crime statistics.',
  fetched: (at) => `Last fetched ${at}.`,
  sideHeading: 'Same kind: the members and the police',
  sideLine: (label, members, police, omraden) =>
    `- ${label}: members ${members}, police ${police}` +
    (members === 0 ? ' – only the police' : police === 0 ? ' – only the members' : '') +
    (omraden ? ` (${omraden})` : ''),
  omradeCount: (omrade, members, police) => `${omrade} ${members}/${police}`,
  fetchRan: (outcome, stored, skipped) =>
    outcome === 'ok'
      ? `The police’s events are fetched: ${plural(stored, 'event', 'events')}` +
        (skipped > 0
          ? `, ${plural(skipped, 'could not be read and was skipped', 'could not be read and were skipped')}`
          : '') +
        '.'
      : `That did not work: ${OUTCOMES[outcome]}. The bot tries again by itself.`,
  tooSoon: (seconds) =>
    `The police’s terms allow one call at a time with a pause between; try again in ${plural(seconds, 'second', 'seconds')}.`,
  disabled: 'Fetching the police’s events is turned off (POLICE_EVENTS_ENABLED=false).',
  nothingToFetch: 'No group has set any kommun names for the police’s events (under **settings**).',
  statusLine: (at, outcome, next) =>
    at
      ? `Police events: last fetched ${at}, ${outcome ? OUTCOMES[outcome] : 'running'}${next ? `; next ${next}` : ''}.`
      : 'Police events: not fetched yet.',
};
