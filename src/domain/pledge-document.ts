import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { z } from 'zod/v4';
import { TIME_ZONE } from './periods';
import { findPersonalData } from './privacy';

/**
 * A whole pledge as a kommun writes it down: a JSON document, or a CSV file with one row per
 * activity. Parsing is all or nothing: every problem is reported with its line (CSV) or path
 * (JSON), in Swedish, and a file with any problem yields no pledge.
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

export interface DocumentProblem {
  /** The line of the CSV file, or the path in the JSON document. */
  where: string;
  message: string;
}

export type DocumentResult = { ok: true; document: PledgeDocument } | { ok: false; problems: DocumentProblem[] };

const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: TIME_ZONE }).isValid;
const text = (max: number) =>
  z
    .string({ error: 'saknas' })
    .trim()
    .min(1, { error: 'saknas' })
    .max(max, { error: `får vara högst ${max} tecken` })
    .refine((value) => findPersonalData(value).length === 0, {
      error: 'innehåller personuppgifter (personnummer, telefonnummer, e-post …)',
    });
const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), text(max).optional());
const date = z.string({ error: 'saknas' }).trim().refine(isDate, { error: 'ska vara ett datum ÅÅÅÅ-MM-DD' });
const optionalDate = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  date.optional(),
);

const activitySchema = z.object({
  beskrivning: text(1000),
  agare: text(100),
  ansvarig: optionalText(100),
  start: optionalDate,
  klart: date,
  mal: optionalText(300),
});

const documentSchema = z
  .object({
    titel: text(200),
    start: date,
    slut: date,
    parter: z.array(text(100)).min(1, { error: 'minst en part' }),
    fokusomraden: z
      .array(
        z.object({
          namn: text(200),
          problem: optionalText(2000),
          aktiviteter: z.array(activitySchema).min(1, { error: 'minst en aktivitet' }),
        }),
      )
      .min(1, { error: 'minst ett fokusområde' }),
  })
  .superRefine((document, ctx) => {
    if (isDate(document.start) && isDate(document.slut) && document.slut < document.start) {
      ctx.addIssue({ code: 'custom', path: ['slut'], message: 'ligger före start' });
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

export function parsePledgeJson(source: string): DocumentResult {
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    return {
      ok: false,
      problems: [
        { where: 'filen', message: `är ingen giltig JSON (${error instanceof Error ? error.message : 'okänt fel'})` },
      ],
    };
  }
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        where: issue.path.join('.') || 'dokumentet',
        message: issue.message,
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
  } catch (error) {
    return {
      ok: false,
      problems: [
        { where: 'filen', message: `kan inte läsas som CSV (${error instanceof Error ? error.message : 'okänt fel'})` },
      ],
    };
  }
  const problems: DocumentProblem[] = [];
  if (rows.length === 0) return { ok: false, problems: [{ where: 'filen', message: 'har inga rader' }] };
  const missing = CSV_COLUMNS.filter((column) => !(column in rows[0].record));
  if (missing.length > 0)
    return { ok: false, problems: [{ where: 'rad 1', message: `kolumner saknas: ${missing.join(', ')}` }] };

  const first = rows[0].record;
  const areas = new Map<
    string,
    { namn: string; problem: string; aktiviteter: Record<string, string>[]; lines: number[] }
  >();
  for (const { record, info } of rows) {
    const where = `rad ${info.lines}`;
    for (const column of ['titel', 'start', 'slut', 'parter'] as const) {
      if (record[column] !== '' && record[column] !== first[column]) {
        problems.push({ where, message: `${column} skiljer sig från första raden` });
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
        problems.push({ where, message: `${String(issue.path[0])}: ${issue.message}` });
    }
    if (!record.fokusomrade) problems.push({ where, message: 'fokusomrade: saknas' });
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
        problems.push({ where: `rad ${rows[0].info.lines}`, message: `${String(issue.path[0])}: ${issue.message}` });
    }
  }
  if (problems.length > 0 || !whole.success) return { ok: false, problems };
  return { ok: true, document: toDocument(whole.data, (area, activity) => `rad ${lines[area][activity]}`) };
}
