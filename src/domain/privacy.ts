import { findPersonNames, type PersonNameOptions } from './person-names';

/**
 * The privacy guard. EST reports are about places and situations, never individuals: free text that
 * contains a personnummer, samordningsnummer, phone number, e-mail address, vehicle registration
 * number, street address or a person's name is refused before anything is stored or logged.
 */

export type PersonalDataKind =
  'personnummer' | 'samordningsnummer' | 'telefonnummer' | 'epost' | 'registreringsnummer' | 'adress' | 'namn';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
}

/**
 * What the guard knows of the text's group: its own places, and the words a member said are no
 * person. `names: false` only for a field that holds a member's name by design (a pledge's ansvarig).
 */
export type GuardOptions = PersonNameOptions & { names?: boolean };

interface Detector {
  pattern: RegExp;
  classify(match: RegExpExecArray): PersonalDataKind | undefined;
}

/** YYMMDD or YYYYMMDD, an optional dash, plus or space, then four digits. */
const PERSONAL_IDENTITY_NUMBER = /(?<![\d])(\d{2})?(\d{2})(\d{2})(\d{2})[-+ ]?(\d{3})(\d)(?![\d])/g;

/** Swedish numbers (0…, +46…, 0046…) and other international numbers, with spaces or dashes. */
const SWEDISH_PHONE = /(?<![\w+])(?:\+46|0046|0)[ -]?(?:\(0\)[ -]?)?\d(?:[ -]?\d){5,9}(?!\d)/g;
const INTERNATIONAL_PHONE = /(?<![\w+])\+(?!46)\d{1,3}[ -]?\d(?:[ -]?\d){6,12}(?!\d)/g;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * Swedish plates: three letters (no I, Q, V), two digits, then a digit or a letter (no I, Q, V, O).
 * Written as on the plate ("ABC 123", "ABC 12D") or run together in any case ("abc123").
 */
const REGISTRATION_UPPER = /(?<![\p{L}\d])[A-HJ-PR-UW-Z]{3} ?\d{2}[A-HJ-NPR-UW-Z\d](?![\p{L}\d])/gu;
const REGISTRATION_RUN_TOGETHER = /(?<![\p{L}\d])[a-hj-pr-uw-z]{3}\d{2}[a-hj-npr-uw-z\d](?![\p{L}\d])/giu;

/** A street name with a house number: "Storgatan 12", "Kungsvägen 4 B". */
const STREET_ADDRESS =
  /(?<![\p{L}])\p{Lu}[\p{Ll}-]*(?:gatan|gata|vägen|väg|gränd|gränden|stigen|allén|backen|leden|torget|platsen|plan)\s+\d{1,4}(?:\s?[A-Za-z](?![\p{L}]))?/gu;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let value = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return sum % 10 === 0;
}

function classifyIdentityNumber(match: RegExpExecArray): PersonalDataKind | undefined {
  const [, century, year, month, day, serial, check] = match;
  if (century !== undefined && !['18', '19', '20'].includes(century)) return undefined;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return undefined;
  const dayNumber = Number(day);
  const coordination = dayNumber > 60;
  const birthDay = coordination ? dayNumber - 60 : dayNumber;
  if (birthDay < 1 || birthDay > DAYS_IN_MONTH[monthNumber - 1]) return undefined;
  if (!luhnValid(`${year}${month}${day}${serial}${check}`)) return undefined;
  return coordination ? 'samordningsnummer' : 'personnummer';
}

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

const DETECTORS: Detector[] = [
  { pattern: PERSONAL_IDENTITY_NUMBER, classify: classifyIdentityNumber },
  { pattern: EMAIL, classify: () => 'epost' },
  {
    pattern: SWEDISH_PHONE,
    classify: (match) => {
      const digits = digitCount(match[0]);
      // 0 + 7–9 digit national number, or +46 / 0046 + 7–9 digits.
      if (match[0].startsWith('+46')) return digits >= 9 && digits <= 11 ? 'telefonnummer' : undefined;
      if (match[0].startsWith('0046')) return digits >= 11 && digits <= 13 ? 'telefonnummer' : undefined;
      return digits >= 8 && digits <= 10 ? 'telefonnummer' : undefined;
    },
  },
  { pattern: INTERNATIONAL_PHONE, classify: () => 'telefonnummer' },
  { pattern: REGISTRATION_UPPER, classify: () => 'registreringsnummer' },
  { pattern: REGISTRATION_RUN_TOGETHER, classify: () => 'registreringsnummer' },
  { pattern: STREET_ADDRESS, classify: () => 'adress' },
];

function overlaps(finding: PersonalDataFinding, others: PersonalDataFinding[]): boolean {
  return others.some((other) => finding.start < other.end && other.start < finding.end);
}

/**
 * Every piece of personal data in the text, names included, in order, without overlaps (the first
 * detector wins; numbers before names).
 */
export function findPersonalData(text: string, options: GuardOptions = {}): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const detector of DETECTORS) {
    detector.pattern.lastIndex = 0;
    for (let match = detector.pattern.exec(text); match; match = detector.pattern.exec(text)) {
      const kind = detector.classify(match);
      const finding = kind && { kind, start: match.index, end: match.index + match[0].length };
      if (finding && !overlaps(finding, findings)) findings.push(finding);
    }
  }
  for (const name of options.names === false ? [] : findPersonNames(text, options)) {
    const finding: PersonalDataFinding = { kind: 'namn', start: name.start, end: name.end };
    if (!overlaps(finding, findings)) findings.push(finding);
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** Stands where personal data was taken out of a field, in every language. */
export const PERSONAL_DATA_MASK = '[***]';

/** The text with every finding replaced by the mask, so a user can correct the rest. */
export function maskPersonalData(text: string, findings: PersonalDataFinding[], mask = PERSONAL_DATA_MASK): string {
  let result = '';
  let position = 0;
  for (const finding of findings) {
    result += text.slice(position, finding.start) + mask;
    position = finding.end;
  }
  return result + text.slice(position);
}

/** The words of the text that the guard took for names, as written (to quote them back to the member). */
export function namesIn(text: string, findings: readonly PersonalDataFinding[]): string[] {
  return [...new Set(findings.filter((finding) => finding.kind === 'namn').map((f) => text.slice(f.start, f.end)))];
}

/** The kinds of personal data found, each once, in the order found (for the sentence that names them). */
export function kindsOf(findings: readonly PersonalDataFinding[]): PersonalDataKind[] {
  return [...new Set(findings.map((finding) => finding.kind))];
}
