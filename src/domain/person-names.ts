import firstNameData from './names/first-names.json';
import surnameData from './names/surnames.json';
import {
  BRANDS,
  FAMILY_WORDS,
  NAME_TITLES,
  NAMED_WORDS,
  NOT_PERSONS,
  ORGANISATION_LEADS,
  PLACE_ENDINGS,
  PLACE_PREPOSITIONS,
  WORD_FIRST_NAMES,
  WORD_SURNAMES,
} from './names/words';

/**
 * Names of people in free text. EST reports are about places and situations: a name in a report
 * points a person out (Brå's guidance, GDPR art. 10), so the guard looks for the names Swedes carry
 * (SCB's name statistics, shipped in `names/`) and the ways Swedish text names a person ("familjen
 * X", "heter X", "Elin, 16"). It never flags the group's own places, places named after people
 * ("Gustav Adolfs torg", "Sankt Olofs kyrka", "Kristinaskolan"), shops or roles ("kommunpolisen").
 * It cannot know a name that is in neither list and stands alone: the samordnare's review is there
 * for that.
 */
export interface PersonNameFinding {
  /** Offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  /** The words as written, quoted back to the member. */
  text: string;
}

export interface PersonNameOptions {
  /** The group's own places (områden, platser): never a name, whatever they contain. */
  knownPlaces?: readonly string[];
  /** Words the member confirmed are not a person ("Det är inte en person"), any case. */
  confirmed?: readonly string[];
}

const lower = (word: string) => word.toLocaleLowerCase('sv');
const FIRST_NAMES: ReadonlySet<string> = new Set([...firstNameData.women, ...firstNameData.men].map(lower));
const SURNAMES: ReadonlySet<string> = new Set(surnameData.surnames.map(lower));

const isPlaceWord = (word: string) => {
  const text = lower(word);
  return PLACE_ENDINGS.some((ending) => text === ending || (text.endsWith(ending) && text.length > ending.length));
};

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  capitalised: boolean;
  /** First word of the text, or after . ! ? : ; a line break or a bullet. */
  sentenceStart: boolean;
  /** The characters between the previous token and this one. */
  gapBefore: string;
}

const TOKEN = /\d+(?:-\p{L}+)?|\p{L}(?:[\p{L}'’]|-(?=\p{L}))*/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const gapBefore = text.slice(previousEnd, start);
    const word = match[0];
    tokens.push({
      text: word,
      lower: lower(word),
      start,
      end: start + word.length,
      capitalised: /^\p{Lu}/u.test(word),
      sentenceStart: tokens.length === 0 || /[.!?:;\n•"”»(]/.test(gapBefore) || /(^|\s)[-–*]\s/.test(gapBefore),
      gapBefore,
    });
    previousEnd = start + word.length;
  }
  return tokens;
}

const parts = (token: Token) => token.lower.replace(/['’]s$/, '').split('-');
const isFirstName = (token: Token) => parts(token).every((part) => FIRST_NAMES.has(part));
const isSurname = (token: Token) =>
  parts(token).every((part) => SURNAMES.has(part) || FIRST_NAMES.has(part)) &&
  parts(token).some((part) => SURNAMES.has(part));
/** "Andersson", "Jakobsson": a -son name, not "Person" or "Arbetsprocessen". */
const looksLikeSurname = (token: Token) =>
  token.capitalised && token.text.length > 5 && /son$/.test(token.lower) && !/person$/.test(token.lower);
/** "Elins", "Olofs", "Anderssons": the genitive of a name. */
function genitiveBase(token: Token): Token | undefined {
  const match = /^(.{2,}?)(?:['’]s|s)$/.exec(token.text);
  return match ? { ...token, text: match[1], lower: lower(match[1]), end: token.start + match[1].length } : undefined;
}
const isAge = (token: Token | undefined) =>
  token !== undefined && /^\d{1,2}$/.test(token.text) && Number(token.text) > 0 && Number(token.text) < 100;
const isAgeWord = (token: Token | undefined) => token !== undefined && /^\d{1,2}-årig[ae]?$/.test(token.lower);
const sameSentence = (token: Token) => !token.sentenceStart && /^[\s-]*$/.test(token.gapBefore);

/** The last of the capitalised words that follow `index` in the same sentence (`index` when none). */
function capitalisedRunEnd(tokens: Token[], index: number): number {
  let last = index;
  while (last + 1 < tokens.length && tokens[last + 1].capitalised && sameSentence(tokens[last + 1])) last += 1;
  return last;
}

/** Spans of text that are places or organisations whatever words they hold. */
function protectedSpans(text: string, tokens: Token[], options: PersonNameOptions): [number, number][] {
  const spans: [number, number][] = [];
  const haystack = lower(text);
  for (const phrase of [...(options.knownPlaces ?? []), ...BRANDS]) {
    const needle = lower(phrase.trim());
    if (needle.length < 2) continue;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      const before = haystack[at - 1];
      const after = haystack[at + needle.length];
      if ((before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after))) {
        spans.push([at, at + needle.length]);
      }
    }
  }
  tokens.forEach((token, index) => {
    // "Gustav Adolfs torg", "Olof Palmes plats", "Anna Lindh-skolan": capitalised words before a place word.
    // A capitalised place word counts only after a genitive ("Niklas Berg" is a person).
    const compound = token.text.includes('-');
    if (index > 0 && isPlaceWord(token.text.split('-').pop() ?? token.text)) {
      let first = compound ? index : index - 1;
      const endOfRun = compound ? token.start + token.text.lastIndexOf('-') : tokens[index - 1].end;
      const before = tokens[index - 1];
      const genitive =
        (/s$/.test(before.text) && !isFirstName(before) && !isSurname(before)) || /:s/.test(token.gapBefore);
      if (!tokens[first].capitalised || (!compound && token.capitalised && !genitive)) return;
      while (first > 0 && tokens[first - 1].capitalised && sameSentence(tokens[first])) first -= 1;
      spans.push([tokens[first].start, Math.max(endOfRun, tokens[first].end)]);
    }
    // "Karl XI", "Gustav II Adolf": a regent, by the numeral after the name.
    if (
      /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/.test(token.text) &&
      index > 0 &&
      tokens[index - 1].capitalised
    ) {
      spans.push([tokens[index - 1].start, tokens[capitalisedRunEnd(tokens, index)].end]);
    }
    // "Pizzeria Roma", "Sankt Olof", "Kung Karl": the capitalised words that follow.
    if (ORGANISATION_LEADS.has(token.lower) || NAME_TITLES.has(token.lower.replace(/[.:]/g, ''))) {
      const last = capitalisedRunEnd(tokens, index);
      if (last > index) spans.push([tokens[index + 1].start, tokens[last].end]);
    }
  });
  return spans;
}

/** Every name of a person in the text, in order, that the member has not confirmed as something else. */
export function findPersonNames(text: string, options: PersonNameOptions = {}): PersonNameFinding[] {
  const tokens = tokenize(text);
  const spans = protectedSpans(text, tokens, options);
  const isProtected = (token: Token) => spans.some(([start, end]) => token.start < end && start < token.end);
  const found: [number, number][] = [];
  const flag = (from: Token, to: Token = from) => found.push([from.start, to.end]);

  tokens.forEach((token, index) => {
    if (isProtected(token)) return;
    const next = tokens[index + 1];
    const nextInSentence = next && sameSentence(next) && !isProtected(next) ? next : undefined;
    const afterNext = tokens[index + 2];
    // "familjen Gustafsson", "heter Elin", "kallas Kocken".
    if ((FAMILY_WORDS.has(token.lower) || NAMED_WORDS.has(token.lower)) && next && !isProtected(next)) {
      const named = next.lower === 'sig' || next.lower === 'för' ? afterNext : next;
      // "heter Robin", "kallas ”Kocken”"; not "heter: Orsaksanalys" (a title after a colon).
      const direct = named && /^\s+["'”»“]?$/.test(named.gapBefore);
      const quoted = direct && /["'”»“]/.test(named.gapBefore);
      if (named && direct && (named.capitalised || isFirstName(named) || isSurname(named) || quoted)) {
        flag(FAMILY_WORDS.has(token.lower) ? token : named, named);
      }
      return;
    }
    // "16-årige Elin", "16-åriga Ahmed".
    if (isAgeWord(token) && nextInSentence && (nextInSentence.capitalised || isFirstName(nextInSentence))) {
      flag(nextInSentence);
      return;
    }
    const firstName = isFirstName(token);
    const wordName = WORD_FIRST_NAMES.has(token.lower) || WORD_FIRST_NAMES.has(parts(token)[0]);
    // "Elin, 16", "Elin 16 år", "Zlatan, 15 år".
    const ageAfter =
      next && /^\s*,?\s*$/.test(next.gapBefore) && isAge(next)
        ? afterNext?.lower === 'år' ||
          afterNext?.lower === 'åring' ||
          !afterNext ||
          afterNext.sentenceStart ||
          /^\s*,/.test(afterNext.gapBefore)
        : false;
    if (
      ageAfter &&
      ((firstName && (token.capitalised || !wordName)) || (token.capitalised && afterNext?.lower === 'år'))
    ) {
      flag(token);
      return;
    }
    if (token.capitalised && (firstName || (genitiveBase(token) && isFirstName(genitiveBase(token)!)))) {
      // "Kalle Andersson", "Anna-Karin S", "Per Olsson": a first name and the capitalised words after it.
      let last = index;
      while (
        last + 1 < tokens.length &&
        last - index < 2 &&
        tokens[last + 1].capitalised &&
        sameSentence(tokens[last + 1]) &&
        !isProtected(tokens[last + 1])
      )
        last += 1;
      if (last > index && firstName) {
        flag(token, tokens[last]);
        return;
      }
      // A first name alone: a name unless it is also an everyday word where a sentence starts.
      const base = firstName ? token : genitiveBase(token)!;
      const everyday = WORD_FIRST_NAMES.has(base.lower) || WORD_FIRST_NAMES.has(parts(base)[0]);
      if (NOT_PERSONS.has(base.lower) || (everyday && token.sentenceStart)) return;
      flag(token);
      return;
    }
    // "kalle andersson" in lower case.
    if (!token.capitalised && firstName && !wordName && next && sameSentence(next) && isSurname(next)) {
      if (!WORD_SURNAMES.has(next.lower)) flag(token, next);
      return;
    }
    // "Petterssons hund": a surname's genitive, wherever it stands.
    const genitive = genitiveBase(token);
    if (
      token.capitalised &&
      genitive &&
      !WORD_SURNAMES.has(genitive.lower) &&
      (isSurname(genitive) || looksLikeSurname(genitive))
    ) {
      flag(token);
      return;
    }
    // "… såg Andersson vid …": a surname mid-sentence (not a place after "i", "från", …).
    const surname = isSurname(token) || looksLikeSurname(token);
    const previous = tokens[index - 1];
    if (
      token.capitalised &&
      surname &&
      !WORD_SURNAMES.has(token.lower) &&
      !(previous && PLACE_PREPOSITIONS.has(previous.lower) && sameSentence(token)) &&
      (!token.sentenceStart || /son$/.test(token.lower) || nextInSentence?.capitalised)
    ) {
      flag(token);
    }
  });

  const confirmed = confirmedAsNoPerson(options.confirmed ?? []);
  return mergeSpans(found)
    .map(([start, end]) => ({ start, end, text: text.slice(start, end) }))
    .filter((finding) => !confirmed(finding.text));
}

/** Whether words the guard found are among those the member confirmed are no person (any case). */
export function confirmedAsNoPerson(words: readonly string[]): (found: string) => boolean {
  const confirmed = new Set(words.map((word) => lower(word.trim())));
  return (found) => confirmed.has(lower(found.trim()));
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** How many names each list holds (the README and the tests state them). */
export const NAME_LIST_SIZES = { firstNames: FIRST_NAMES.size, surnames: SURNAMES.size } as const;
