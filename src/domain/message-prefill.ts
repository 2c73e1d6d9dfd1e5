import { DateTime } from 'luxon';
import { TIME_ZONE } from './periods';
import { maskPersonalData, findPersonalData } from './privacy';
import { emptyObservationForm, LIMITS, type ObservationForm } from './report';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * A Teams message's body as plain text: its HTML's tags dropped (a line break where a paragraph or
 * a `<br>` was), its entities decoded, its white space folded.
 */
export function messageText(content: string, contentType: string | undefined): string {
  const text =
    contentType === 'html'
      ? content
          .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, '\n')
          .replace(/<[^>]*>/g, '')
          .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
            if (name.startsWith('#x') || name.startsWith('#X'))
              return String.fromCodePoint(parseInt(name.slice(2), 16));
            if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
            return ENTITIES[name.toLowerCase()] ?? entity;
          })
      : content;
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** A word or phrase of the text, as a whole word (Swedish letters included), any case. */
const words = (alternatives: string) => new RegExp(`(^|[^\\p{L}])(${alternatives})($|[^\\p{L}])`, 'iu');

/** Words that say when, in Swedish: the time of day they name. */
const TIMES: [RegExp, ObservationForm['tidpunkt']][] = [
  [words('i ?natt|natt|natten|nattetid'), 'natt'],
  [words('i ?kväll|kväll|kvällen|kvällstid'), 'kvall'],
  [words('i ?morse|morgon|morgonen|förmiddag|förmiddagen'), 'morgon'],
  [words('i eftermiddag|eftermiddagen|eftermiddag|mitt på dagen|dagtid|lunch'), 'dag'],
];

const wordIn = (text: string, word: string) => {
  const escaped = word.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return escaped.length > 0 && new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(text);
};

/**
 * The observation form filled in from a message: the description (with whatever the privacy guard
 * finds masked, a name included: the member checks the rest), the group's område the text names,
 * a date it gives (ISO, or "i går"/"i dag"/"i natt" from when it was sent) and a time of day.
 * Nothing is guessed beyond what the text says; the member completes and checks the form.
 */
export function prefillFromMessage(input: { text: string; omraden: readonly string[]; sentAt: Date }): ObservationForm {
  const form = emptyObservationForm();
  const text = input.text.slice(0, LIMITS.description);
  form.beskrivning = maskPersonalData(text, findPersonalData(text));
  // The longest name first, so that "Norra Fagersta" wins over "Fagersta".
  const omrade = [...input.omraden].sort((a, b) => b.length - a.length).find((name) => wordIn(text, name));
  if (omrade) form.omrade = omrade;
  const sent = DateTime.fromJSDate(input.sentAt, { zone: TIME_ZONE });
  const iso = /\b(20\d\d-[01]\d-[0-3]\d)\b/.exec(text)?.[1];
  if (iso && DateTime.fromISO(iso, { zone: TIME_ZONE }).isValid) form.datum = iso;
  else if (words('i ?går').test(text)) form.datum = sent.minus({ days: 1 }).toISODate() ?? '';
  else if (words('i ?dag|i ?natt|i ?kväll|i ?morse').test(text)) form.datum = sent.toISODate() ?? '';
  const time = TIMES.find(([pattern]) => pattern.test(text));
  if (time) form.tidpunkt = time[1];
  return form;
}
