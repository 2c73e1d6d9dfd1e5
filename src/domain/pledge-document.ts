import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { z } from 'zod/v4';
import {
  activityShape,
  isIsoDate,
  isoDate,
  optionalText,
  PLEDGE_LIMITS,
  problemOf,
  requiredText,
  startNotAfterDue,
  type InputProblem,
} from './pledge-input';

/**
 * A whole pledge as a kommun writes it down: a JSON document, or a CSV file with one row per
 * activity. Parsing is all or nothing: every problem is reported with its line (CSV) or path
 * (JSON) as a code (`src/i18n/` says it), and a file with any problem yields no pledge. The fields
 * follow `pledge-input.ts`, as the cards do; only the names are the document's own Swedish ones.
 */
export interface PledgeDocument {
  title: string;
  start: string;
  end: string;
  parties: string[];
  focusAreas: {
    name: string;
    problem: string;
    /** `where` is the activity's line (CSV) or path (JSON), for problems found later. */
    activities: {
      where: string;
      description: string;
      owner: string;
      ownerPerson?: string;
      start?: string;
      due: string;
      target?: string;
    }[];
  }[];
}

/** Problems of the document as a whole, beside those of its fields. */
export type DocumentLevelProblem =
  | { code: 'notJson' | 'notCsv' | 'noRows' | 'differsFromFirstRow' }
  | { code: 'columnsMissing'; columns: string[] }
  | { code: 'unknownPerson'; name: string };

export interface DocumentProblem {
  /** The line of the CSV file, or the path in the JSON document. */
  where: string;
  /** The document's own name of the field (a CSV column), where the problem is one field's. */
  field?: string;
  problem: InputProblem | DocumentLevelProblem;
}

export type DocumentResult = { ok: true; document: PledgeDocument } | { ok: false; problems: DocumentProblem[] };

const activitySchema = z
  .object({
    beskrivning: activityShape.shape.description,
    agare: activityShape.shape.ownerParty,
    // A member's name by design: matched against the group's members, never published.
    ansvarig: optionalText(PLEDGE_LIMITS.ownerPerson, { names: false }),
    start: activityShape.shape.start,
    klart: activityShape.shape.due,
    mal: activityShape.shape.target,
  })
  .refine((activity) => startNotAfterDue({ start: activity.start, due: activity.klart }), {
    path: ['start'],
    error: 'startAfterDue',
  });

const documentSchema = z
  .object({
    titel: requiredText(PLEDGE_LIMITS.title),
    start: isoDate,
    slut: isoDate,
    parter: z.array(requiredText(PLEDGE_LIMITS.party)).min(1, { error: 'noParty' }),
    fokusomraden: z
      .array(
        z.object({
          namn: requiredText(PLEDGE_LIMITS.focusAreaName),
          problem: optionalText(PLEDGE_LIMITS.problem),
          aktiviteter: z.array(activitySchema).min(1, { error: 'noActivity' }),
        }),
      )
      .min(1, { error: 'noFocusArea' }),
  })
  .superRefine((document, ctx) => {
    if (isIsoDate(document.start) && isIsoDate(document.slut) && document.slut < document.start) {
      ctx.addIssue({ code: 'custom', path: ['slut'], message: 'endBeforeStart' });
    }
  });

function toDocument(
  parsed: z.infer<typeof documentSchema>,
  whereOf: (area: number, activity: number) => string,
): PledgeDocument {
  return {
    title: parsed.titel,
    start: parsed.start,
    end: parsed.slut,
    parties: parsed.parter,
    focusAreas: parsed.fokusomraden.map((area, areaIndex) => ({
      name: area.namn,
      problem: area.problem ?? '',
      activities: area.aktiviteter.map((activity, activityIndex) => ({
        where: whereOf(areaIndex, activityIndex),
        description: activity.beskrivning,
        owner: activity.agare,
        ownerPerson: activity.ansvarig,
        start: activity.start,
        due: activity.klart,
        target: activity.mal,
      })),
    })),
  };
}

/** A pledge file's kind, by its name: `.csv` or `.json` (any case); undefined for anything else. */
export function pledgeFileFormat(name: string): 'csv' | 'json' | undefined {
  const extension = /\.([a-z]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  return extension === 'csv' || extension === 'json' ? extension : undefined;
}

/** A pledge file, CSV or JSON, checked: the one parse behind `npm run pledges:import` and the bot's import. */
export function parsePledgeFile(format: 'csv' | 'json', source: string): DocumentResult {
  return format === 'json' ? parsePledgeJson(source) : parsePledgeCsv(source);
}

/** What identifies a file's content (line endings and a byte-order mark aside): the same file, the same key. */
export function pledgeSourceKey(source: string): string {
  const normalised = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 24);
}

export function parsePledgeJson(source: string): DocumentResult {
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch {
    return { ok: false, problems: [{ where: 'filen', problem: { code: 'notJson' } }] };
  }
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        where: issue.path.join('.') || 'dokumentet',
        problem: problemOf(issue),
      })),
    };
  }
  return {
    ok: true,
    document: toDocument(parsed.data, (area, activity) => `fokusomraden.${area}.aktiviteter.${activity}`),
  };
}

/** CSV columns, in Swedish as the kommun writes them; the pledge's own columns repeat on every row. */
export const CSV_COLUMNS = [
  'titel',
  'start',
  'slut',
  'parter',
  'fokusomrade',
  'problem',
  'aktivitet',
  'agare',
  'ansvarig',
  'aktivitet_start',
  'klart',
  'mal',
] as const;

export function parsePledgeCsv(source: string): DocumentResult {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  // Swedish spreadsheets save with `;`, others with `,`: the header line tells which.
  const header = source.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  try {
    rows = parse(source, { columns: true, info: true, bom: true, skip_empty_lines: true, trim: true, delimiter });
  } catch {
    return { ok: false, problems: [{ where: 'filen', problem: { code: 'notCsv' } }] };
  }
  const problems: DocumentProblem[] = [];
  if (rows.length === 0) return { ok: false, problems: [{ where: 'filen', problem: { code: 'noRows' } }] };
  const missing = CSV_COLUMNS.filter((column) => !(column in rows[0].record));
  if (missing.length > 0)
    return { ok: false, problems: [{ where: 'rad 1', problem: { code: 'columnsMissing', columns: missing } }] };

  const first = rows[0].record;
  const areas = new Map<
    string,
    { namn: string; problem: string; aktiviteter: Record<string, string>[]; lines: number[] }
  >();
  for (const { record, info } of rows) {
    const where = `rad ${info.lines}`;
    for (const column of ['titel', 'start', 'slut', 'parter'] as const) {
      if (record[column] !== '' && record[column] !== first[column]) {
        problems.push({ where, field: column, problem: { code: 'differsFromFirstRow' } });
      }
    }
    const activity = {
      beskrivning: record.aktivitet,
      agare: record.agare,
      ansvarig: record.ansvarig,
      start: record.aktivitet_start,
      klart: record.klart,
      mal: record.mal,
    };
    const parsed = activitySchema.safeParse(activity);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ where, field: String(issue.path[0]), problem: problemOf(issue) });
    }
    if (!record.fokusomrade) problems.push({ where, field: 'fokusomrade', problem: { code: 'missing' } });
    const key = record.fokusomrade.toLowerCase();
    const area = areas.get(key) ?? { namn: record.fokusomrade, problem: record.problem, aktiviteter: [], lines: [] };
    area.aktiviteter.push(activity);
    area.lines.push(info.lines);
    areas.set(key, area);
  }
  const whole = documentSchema.safeParse({
    titel: first.titel,
    start: first.start,
    slut: first.slut,
    parter: first.parter
      .split(/[;|,]/)
      .map((party) => party.trim())
      .filter(Boolean),
    fokusomraden: [...areas.values()].map(({ lines: _lines, ...area }) => area),
  });
  const lines = [...areas.values()].map((area) => area.lines);
  if (!whole.success) {
    for (const issue of whole.error.issues) {
      // Activity problems were reported per row above; the pledge's own are reported against row 2.
      if (issue.path[0] !== 'fokusomraden')
        problems.push({ where: `rad ${rows[0].info.lines}`, field: String(issue.path[0]), problem: problemOf(issue) });
    }
  }
  if (problems.length > 0 || !whole.success) return { ok: false, problems };
  return { ok: true, document: toDocument(whole.data, (area, activity) => `rad ${lines[area][activity]}`) };
}
