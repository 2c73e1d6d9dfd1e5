import { DateTime } from 'luxon';
import { z } from 'zod/v4';
import { TIME_ZONE } from './periods';

/**
 * The police's published events (polisen.se, "Händelser"): the external half of the lägesbild.
 * Each event is what the police chose to publish about a call-out in a kommun — not crime
 * statistics, and the lägesbild says so.
 */

/** An event as stored: its id, when it happened (an instant), and what the police published. */
export const policeEventSchema = z.object({
  id: z.number().int().positive(),
  at: z.date(),
  /** The location name the police gave (a kommun or a län). */
  location: z.string().min(1).max(100),
  type: z.string().min(1).max(100),
  name: z.string().max(300),
  summary: z.string().max(2000),
  /** The event's page on the police's site, absolute. */
  url: z.string().max(1000),
});
export type PoliceEvent = z.infer<typeof policeEventSchema>;

/**
 * One event as the API answers it. Every field is checked: what fails is skipped (and counted),
 * never stored. `datetime` is "2026-11-29 21:05:12 +01:00" (hours sometimes without a leading zero).
 */
const apiEventSchema = z.object({
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  datetime: z.string().max(40),
  name: z.string().max(300),
  summary: z.string().max(2000),
  url: z.string().max(1000),
  type: z.string().min(1).max(100),
  location: z.object({ name: z.string().min(1).max(100) }),
});

/** The instant of the API's "YYYY-MM-DD H:MM:SS +HH:MM", or undefined when it is not one. */
export function parseEventTime(value: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2}):(\d{2}) ?([+-]\d{2}:?\d{2}|Z)$/.exec(value.trim());
  if (!match) return undefined;
  const [, date, hour, minute, second, zone] = match;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const parsed = DateTime.fromISO(`${date}T${hour.padStart(2, '0')}:${minute}:${second}${offset}`, { setZone: true });
  return parsed.isValid ? parsed.toJSDate() : undefined;
}

/**
 * An event's link: an absolute URL on the police's own site (`origin`, which the configuration
 * holds to https except on 127.0.0.1), or none: a link elsewhere is not the police's.
 */
function eventUrl(value: string, origin: string): string | undefined {
  try {
    const url = new URL(value, origin);
    return url.origin === new URL(origin).origin ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The API's answer as events: each item checked on its own; what is not an event is counted as
 * skipped (its text is never logged). `origin` is the police site the links must point to.
 */
/** The most events one answer of the API may hold (its documented page size). */
export const MAX_API_EVENTS = 500;

export function parseApiEvents(body: unknown, origin: string): { events: PoliceEvent[]; skipped: number } {
  if (!Array.isArray(body)) return { events: [], skipped: 1 };
  const events: PoliceEvent[] = [];
  // The API promises at most 500; an answer with more is cut there (the rest counts as skipped).
  let skipped = Math.max(0, body.length - MAX_API_EVENTS);
  for (const item of body.slice(0, MAX_API_EVENTS)) {
    const parsed = apiEventSchema.safeParse(item);
    const at = parsed.success ? parseEventTime(parsed.data.datetime) : undefined;
    const url = parsed.success ? eventUrl(parsed.data.url, origin) : undefined;
    if (!parsed.success || !at || !url) {
      skipped += 1;
      continue;
    }
    const { id, name, summary, type, location } = parsed.data;
    events.push({ id, at, location: location.name.trim(), type: type.trim(), name, summary, url });
  }
  return { events, skipped };
}

/** A location name as stored and compared: trimmed, lower case (the API's own spelling is kept for display). */
export const locationKey = (name: string) => name.trim().toLocaleLowerCase('sv');

export const POLICE_LOCATION_LIMITS = { names: 10, length: 60 } as const;

/**
 * The group's location names when the samordnare has set none: its name without "EST", "grupp"
 * and "kommun" ("EST Fagersta" → Fagersta), or none when nothing is left.
 */
export function defaultPoliceLocations(groupName: string): string[] {
  const name = groupName
    .replace(/\b(EST(-gruppen|-grupp)?|grupp(en)?|kommuns?|trygghetsråd(et)?)\b/gi, ' ')
    .replace(/[–-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return name ? [name] : [];
}

/**
 * Which of the police's event types count as which of the group's händelsetyper, by label: the
 * samordnare can change it in `inställningar`. The police's types as they publish them.
 */
export const DEFAULT_POLICE_TYPE_MAP: Record<string, string> = {
  Skadegörelse: 'Skadegörelse',
  Brand: 'Anlagd brand',
  Bråk: 'Bråk/misshandel',
  Misshandel: 'Bråk/misshandel',
  'Misshandel, grov': 'Bråk/misshandel',
  'Våld/hot mot tjänsteman': 'Hot mot anställd',
  Narkotikabrott: 'Misstänkt droghantering',
  Inbrott: 'Inbrott',
  'Inbrott, försök': 'Inbrott',
  'Stöld/inbrott': 'Inbrott',
  Trafikbrott: 'Olovlig trafik/höga hastigheter',
  'Olovlig körning': 'Olovlig trafik/höga hastigheter',
  'Ofog barn/ungdom': 'Otrygghetsskapande samling',
};

/** Police types that say nothing about an event (summaries of a night, updates): never counted. */
const NOT_EVENTS = /^(sammanfattning|uppdatering)/i;
export const isCountedType = (type: string) => !NOT_EVENTS.test(type.trim());

/** The local date of an event, Swedish time. */
export const eventDate = (event: PoliceEvent) => DateTime.fromJSDate(event.at, { zone: TIME_ZONE }).toISODate() ?? '';

export const FETCH_OUTCOMES = ['ok', 'rateLimited', 'unavailable', 'failed', 'malformed', 'notFound'] as const;
export type FetchOutcome = (typeof FETCH_OUTCOMES)[number];

/**
 * The one fetch state of the installation (every group's names go in one request): when it was
 * last tried and with what outcome, and when the next try may be. Stored with an ETag, so that of
 * several instances only one calls the API, and never sooner than `nextAttemptAt`.
 */
export const fetchStateSchema = z.object({
  lastAttemptAt: z.coerce.date().optional(),
  lastSuccessAt: z.coerce.date().optional(),
  nextAttemptAt: z.coerce.date(),
  outcome: z.enum(FETCH_OUTCOMES).optional(),
  failures: z.number().int().min(0),
  /** The location names of a request the API answered 404: the terms say not to ask for it again. */
  notFoundQuery: z.string().optional(),
});
export type FetchState = z.infer<typeof fetchStateSchema>;

/**
 * What the police's terms allow (polisen.se, "Regler för användning av polisens öppna data och
 * API:er"): at least 10 s between calls, at most 60 an hour and 1 440 a day; a user agent that
 * names the app; HTTPS; a 404 is permanent. We call at most once a minute — which keeps all three
 * limits by itself — and on schedule every `FETCH_INTERVAL_MS`.
 */
export const MIN_FETCH_SPACING_MS = 60_000;
export const FETCH_INTERVAL_MS = 15 * 60_000;
/** After failures: 2, 4, 8, … minutes, at most an hour; a Retry-After that asks for longer wins. */
export function fetchBackoffMs(failures: number, retryAfterSeconds?: number): number {
  const backoff = Math.min(60 * 60_000, 2 ** Math.max(1, Math.min(failures, 10)) * 60_000);
  return Math.max(backoff, MIN_FETCH_SPACING_MS, (retryAfterSeconds ?? 0) * 1000);
}
