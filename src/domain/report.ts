import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { z } from 'zod/v4';
import { TIME_ZONE, type ReportingPeriod } from './periods';
import { confirmedAsNoPerson } from './person-names';
import { findPersonalData, kindsOf, maskPersonalData, namesIn, type PersonalDataKind } from './privacy';
import { memberPeriodFields } from './stored-keys';

export const TIMES_OF_DAY = ['morgon', 'dag', 'kvall', 'natt'] as const;
export const ASSESSMENTS = ['lag', 'medel', 'hog'] as const;
export const TRENDS = ['okar', 'oforandrat', 'minskar', 'vet-ej'] as const;
export const POLICE_REPORTED = ['ja', 'nej', 'vet-ej'] as const;
/** The område choice that lets the member name a place outside the group's list. */
export const OTHER_OMRADE = 'annat';

/** Where something happened, as every card, document and export writes it: "Centrum, Stationsparken". */
export const whereOf = (omrade: string, place: string | undefined): string => (place ? `${omrade}, ${place}` : omrade);

export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export type Assessment = (typeof ASSESSMENTS)[number];
export type Trend = (typeof TRENDS)[number];
export type PoliceReported = (typeof POLICE_REPORTED)[number];

export const LIMITS = {
  description: 1000,
  place: 100,
  otherOmrade: 60,
  suggestedInsats: 300,
  /** Keeps the report card and the receipt far below Teams' message size limit. */
  observationsPerReport: 30,
  /** How far before the period an observation's date may lie (a guard against typos). */
  daysBeforePeriod: 60,
} as const;

/**
 * One thing a member has seen: vad (area, description), var (område, plats), när, bedömning. The
 * schema is the stored shape too (`Reports`), so the type and what a read accepts cannot drift.
 */
export const storedObservation = z.object({
  id: z.string(),
  areaId: z.string(),
  /** A name from the group's områden, or the member's own text when `omradeIsOther`. */
  omrade: z.string(),
  omradeIsOther: z.boolean(),
  place: z.string().optional(),
  /** `YYYY-MM-DD`, local date. */
  date: z.string().optional(),
  timeOfDay: z.enum(TIMES_OF_DAY).optional(),
  description: z.string(),
  assessment: z.enum(ASSESSMENTS),
  trend: z.enum(TRENDS),
  policeReported: z.enum(POLICE_REPORTED),
  /** A händelsetyp id of the group (optional; observations stored before have none). */
  eventTypeId: z.string().optional(),
  /** The member's "förslag på insats" (optional, through the privacy guard). */
  suggestedInsats: z.string().optional(),
  /**
   * Words the guard took for a person's name and the member said are not ("Det är inte en person":
   * a public function, a place). The samordnare's review card shows them.
   */
  notPersons: z.array(z.string().max(200)).max(20).optional(),
});
export type Observation = z.infer<typeof storedObservation>;

export const reportSchema = z.object({
  ...memberPeriodFields,
  /** The member's organisation when the report was given; organisations appear in the lägesbild. */
  organisation: z.string().optional(),
  nothingToReport: z.boolean(),
  observations: z.array(storedObservation),
  version: z.number().int(),
  contentHash: z.string(),
  submittedAt: z.coerce.date(),
});
export type Report = z.output<typeof reportSchema>;

export const reportDraftSchema = z.object({
  ...memberPeriodFields,
  observations: z.array(storedObservation),
  updatedAt: z.coerce.date(),
});
export type ReportDraft = z.output<typeof reportDraftSchema>;

/** The observation form as an Adaptive Card sends it: every input a string, or absent. */
export const OBSERVATION_FIELDS = [
  'area',
  'omrade',
  'omradeAnnat',
  'plats',
  'datum',
  'tidpunkt',
  'beskrivning',
  'bedomning',
  'trend',
  'polisanmalt',
  'handelsetyp',
  'forslag',
] as const;
export type ObservationField = (typeof OBSERVATION_FIELDS)[number];
export type ObservationForm = Record<ObservationField, string>;

export type FieldErrorCode =
  | 'required'
  | 'invalidChoice'
  | 'tooLong'
  | 'invalidDate'
  | 'futureDate'
  | 'dateTooEarly'
  | 'whenRequired'
  | 'personalData'
  | 'personName';

const FIELD_ERROR_CODES: ReadonlySet<string> = new Set<FieldErrorCode>([
  'required',
  'invalidChoice',
  'tooLong',
  'invalidDate',
  'futureDate',
  'dateTooEarly',
  'whenRequired',
  'personalData',
  'personName',
]);

export interface FieldError {
  field: ObservationField;
  code: FieldErrorCode;
  max?: number;
  kinds?: PersonalDataKind[];
  /** The words that look like a name (`personName`), as typed. */
  names?: string[];
}

export interface ObservationContext {
  areaIds: readonly string[];
  /** Every händelsetyp id of the group, retired ones too (an outdated card may still name one). */
  eventTypeIds: readonly string[];
  omraden: readonly string[];
  period: ReportingPeriod;
  now: Date;
  /** Words the member confirmed are not a person, for this observation. */
  notPersons?: readonly string[];
}

export type ObservationValidation =
  { ok: true; observation: Omit<Observation, 'id'> } | { ok: false; errors: FieldError[]; form: ObservationForm };

/** Reads the form fields out of a card's data, ignoring everything else. */
export function observationFormFrom(data: Record<string, unknown>): ObservationForm {
  const form = {} as ObservationForm;
  for (const field of OBSERVATION_FIELDS) {
    const value = data[field];
    form[field] = typeof value === 'string' ? value.trim() : '';
  }
  return form;
}

/** What the empty form already says (trend and polisanmält start as "vet ej"); every other field is blank. */
const FORM_DEFAULTS: Partial<ObservationForm> = { trend: 'vet-ej', polisanmalt: 'vet-ej' };

/** True when the member has started on a new observation (defaults alone do not count). */
export function isFormStarted(form: ObservationForm): boolean {
  return OBSERVATION_FIELDS.some((field) => !(field in FORM_DEFAULTS) && form[field] !== '');
}

export function emptyObservationForm(): ObservationForm {
  return Object.fromEntries(OBSERVATION_FIELDS.map((field) => [field, FORM_DEFAULTS[field] ?? ''])) as ObservationForm;
}

export function formFromObservation(observation: Observation): ObservationForm {
  return {
    area: observation.areaId,
    omrade: observation.omradeIsOther ? OTHER_OMRADE : observation.omrade,
    omradeAnnat: observation.omradeIsOther ? observation.omrade : '',
    plats: observation.place ?? '',
    datum: observation.date ?? '',
    tidpunkt: observation.timeOfDay ?? '',
    beskrivning: observation.description,
    bedomning: observation.assessment,
    trend: observation.trend,
    polisanmalt: observation.policeReported,
    handelsetyp: observation.eventTypeId ?? '',
    forslag: observation.suggestedInsats ?? '',
  };
}

const optionalText = (max: number) => z.string().max(max, { error: 'tooLong' });
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === '' ? 'required' : 'invalidChoice') });

/**
 * The schema depends on the group's choices and the dates; building it costs more than using it (it
 * was a tenth of a submit's CPU), so the schemas built are kept by what they depend on, up to a bound.
 */
const KEPT_SCHEMAS = 200;
const keptSchemas = new Map<string, ReturnType<typeof buildObservationSchema>>();

function observationSchema(context: ObservationContext) {
  const today = DateTime.fromJSDate(context.now, { zone: TIME_ZONE }).toISODate() ?? '';
  const earliest =
    DateTime.fromJSDate(context.period.start, { zone: TIME_ZONE })
      .minus({ days: LIMITS.daysBeforePeriod })
      .toISODate() ?? '';
  const key = JSON.stringify([context.areaIds, context.eventTypeIds, context.omraden, today, earliest]);
  let schema = keptSchemas.get(key);
  if (!schema) {
    // Copies: the schema outlives this context's arrays.
    const choices = {
      areaIds: [...context.areaIds],
      eventTypeIds: [...context.eventTypeIds],
      omraden: [...context.omraden],
    };
    schema = buildObservationSchema(choices, today, earliest);
    if (keptSchemas.size >= KEPT_SCHEMAS) keptSchemas.clear();
    keptSchemas.set(key, schema);
  }
  return schema;
}

function buildObservationSchema(
  { areaIds, eventTypeIds, omraden }: Pick<ObservationContext, 'areaIds' | 'eventTypeIds' | 'omraden'>,
  today: string,
  earliest: string,
) {
  return z
    .object({
      area: z
        .string()
        .refine((value) => value !== '', { error: 'required' })
        .refine((value) => value === '' || areaIds.includes(value), { error: 'invalidChoice' }),
      omrade: z
        .string()
        .refine((value) => value !== '', { error: 'required' })
        .refine((value) => value === '' || value === OTHER_OMRADE || omraden.includes(value), {
          error: 'invalidChoice',
        }),
      omradeAnnat: optionalText(LIMITS.otherOmrade),
      plats: optionalText(LIMITS.place),
      datum: z
        .string()
        .refine((value) => value === '' || DateTime.fromISO(value, { zone: TIME_ZONE }).isValid, {
          error: 'invalidDate',
        })
        .refine((value) => value === '' || !DateTime.fromISO(value).isValid || value <= today, { error: 'futureDate' })
        .refine((value) => value === '' || !DateTime.fromISO(value).isValid || value >= earliest, {
          error: 'dateTooEarly',
        }),
      tidpunkt: z.enum(['', ...TIMES_OF_DAY], { error: 'invalidChoice' }),
      beskrivning: z
        .string()
        .refine((value) => value !== '', { error: 'required' })
        .pipe(z.string().max(LIMITS.description, { error: 'tooLong' })),
      bedomning: choice(ASSESSMENTS),
      trend: choice(TRENDS),
      polisanmalt: choice(POLICE_REPORTED),
      handelsetyp: z
        .string()
        .refine((value) => value === '' || eventTypeIds.includes(value), { error: 'invalidChoice' }),
      forslag: optionalText(LIMITS.suggestedInsats),
    })
    .superRefine((form, ctx) => {
      if (form.omrade === OTHER_OMRADE && form.omradeAnnat === '') {
        ctx.addIssue({ code: 'custom', path: ['omradeAnnat'], message: 'required' });
      }
      if (form.datum === '' && form.tidpunkt === '') {
        ctx.addIssue({ code: 'custom', path: ['datum'], message: 'whenRequired' });
      }
    });
}

const FREE_TEXT_FIELDS: ObservationField[] = ['omradeAnnat', 'plats', 'beskrivning', 'forslag'];

/**
 * Validates one observation from the card. On failure the form comes back for the card to show
 * again: numbers that identify someone are masked out, so that they are neither stored nor shown
 * again; a name stays as typed and is quoted, since only the member can tell that it is no person.
 */
export function validateObservation(input: ObservationForm, context: ObservationContext): ObservationValidation {
  const form = { ...input };
  const errors: FieldError[] = [];
  const confirmed = confirmedAsNoPerson(context.notPersons ?? []);
  const notPersons = new Set<string>();
  for (const field of FREE_TEXT_FIELDS) {
    const findings = findPersonalData(form[field], { knownPlaces: context.omraden });
    const numbers = findings.filter((finding) => finding.kind !== 'namn');
    if (numbers.length > 0) {
      errors.push({ field, code: 'personalData', kinds: kindsOf(numbers) });
      form[field] = maskPersonalData(form[field], numbers);
      continue;
    }
    const names = namesIn(form[field], findings);
    const unconfirmed = names.filter((name) => !confirmed(name));
    if (unconfirmed.length > 0) errors.push({ field, code: 'personName', names: unconfirmed });
    for (const name of names) if (confirmed(name)) notPersons.add(name);
  }
  const parsed = observationSchema(context).safeParse(form);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ObservationField;
      if (errors.some((error) => error.field === field)) continue;
      const code = FIELD_ERROR_CODES.has(issue.message) ? (issue.message as FieldErrorCode) : 'invalidChoice';
      const max = issue.code === 'too_big' ? Number(issue.maximum) : undefined;
      errors.push(max === undefined ? { field, code } : { field, code, max });
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors, form };
  const valid = parsed.data;
  const isOther = valid.omrade === OTHER_OMRADE;
  return {
    ok: true,
    observation: {
      areaId: valid.area,
      omrade: isOther ? valid.omradeAnnat : valid.omrade,
      omradeIsOther: isOther,
      place: valid.plats || undefined,
      date: valid.datum || undefined,
      timeOfDay: valid.tidpunkt || undefined,
      description: valid.beskrivning,
      assessment: valid.bedomning,
      trend: valid.trend,
      policeReported: valid.polisanmalt,
      eventTypeId: valid.handelsetyp || undefined,
      suggestedInsats: valid.forslag || undefined,
      ...(notPersons.size > 0 ? { notPersons: [...notPersons] } : {}),
    },
  };
}

/** True when the only thing wrong with the form is words that look like names: the member may go on anyway. */
export const onlyNamesFlagged = (errors: readonly FieldError[]): boolean =>
  errors.length > 0 && errors.every((error) => error.code === 'personName');

/** A stable fingerprint of what a report says: equal answers give equal hashes, whatever the ids. */
export function reportContentHash(nothingToReport: boolean, observations: readonly Observation[]): string {
  const canonical = observations.map(({ id: _id, ...rest }) =>
    Object.fromEntries(
      Object.entries(rest)
        .filter(([, value]) => value !== undefined)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  );
  return createHash('sha256')
    .update(JSON.stringify({ nothingToReport, observations: canonical }))
    .digest('hex');
}
