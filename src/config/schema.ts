import { z } from 'zod/v4';
import { DEFAULT_AREA_LABELS } from '../domain/group';

/**
 * The whole configuration of the service. `loadConfig` is the only reader of `process.env`;
 * every key here is documented in `.env.example` (a test keeps the two in step).
 */

const DEFAULT_AREAS = DEFAULT_AREA_LABELS.join(';');

const DEFAULT_OMRADEN = ['Centrum', 'Västanfors', 'Kolarbyn', 'Norra Fagersta'].join(';');

const emptyToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());

/** A `;`-separated list of lower-case names, each checked by `item`. */
const lowerCaseList = (item: z.ZodString) =>
  z
    .string()
    .transform((value) =>
      value
        .split(';')
        .map((each) => each.trim().toLowerCase())
        .filter((each) => each.length > 0),
    )
    .pipe(z.array(item).min(1, 'minst ett värde krävs'));

const semicolonList = (fallback: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default(fallback)
      .transform((value) =>
        value
          .split(';')
          .map((item) => item.trim())
          .filter((item) => item.length > 0),
      )
      .pipe(z.array(z.string().max(100)).min(1, 'minst ett värde krävs').max(40)),
  );

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'ska vara en tid som HH:MM');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ska vara ett datum som ÅÅÅÅ-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'är inget giltigt datum')
  .refine((value) => new Date(`${value}T00:00:00Z`).getUTCDay() === 1, 'ska vara en måndag');

export const configSchema = z.object({
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
  HOST: optionalString,
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  BOT_ID: optionalString,
  BOT_PASSWORD: optionalString,
  BOT_TYPE: z.preprocess(
    emptyToUndefined,
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  ),
  BOT_TENANT_ID: optionalString,
  STORAGE_CONNECTION_STRING: optionalString,
  STORAGE_TABLE_ENDPOINT: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^https?$/, error: 'ska vara en adress som https://<konto>.table.core.windows.net' }).optional(),
  ),
  STORAGE_BLOB_ENDPOINT: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^https?$/, error: 'ska vara en adress som https://<konto>.blob.core.windows.net' }).optional(),
  ),
  STORAGE_MANAGED_IDENTITY_CLIENT_ID: optionalString,
  TABLE_PREFIX: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]{0,29}$/, 'bara bokstäver och siffror, börjar med en bokstav, högst 30 tecken')
      .default('est'),
  ),
  ALLOWED_TENANT_IDS: z.preprocess(
    emptyToUndefined,
    lowerCaseList(
      z.string().regex(/^(\*|[0-9a-f-]{36}|[a-z0-9-]{1,64})$/, 'ska vara tenant-id:n (GUID) eller *'),
    ).optional(),
  ),
  RETENTION_MONTHS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(3).max(120).default(24)),
  /** Unset: published lägesbilder keep their texts. Set: their free texts go after this many months. */
  PUBLICATION_RETENTION_MONTHS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1200).optional()),
  LOCALE_OVERRIDE: z.preprocess(emptyToUndefined, z.enum(['sv', 'en']).optional()),
  PERIOD_ANCHOR: z.preprocess(emptyToUndefined, isoDate.default('2025-12-29')),
  PERIOD_LENGTH_DAYS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .int()
      .refine((days) => days === 7 || days === 14 || days === 21 || days === 28, 'ska vara 7, 14, 21 eller 28')
      .default(14),
  ),
  PROMPT_WEEKDAY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(7).default(1)),
  PROMPT_TIME: z.preprocess(emptyToUndefined, clockTime.default('08:00')),
  REMINDER_WEEKDAY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(7).default(2)),
  REMINDER_TIME: z.preprocess(emptyToUndefined, clockTime.default('12:00')),
  DEADLINE_WEEKDAY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(7).default(3)),
  DEADLINE_TIME: z.preprocess(emptyToUndefined, clockTime.default('12:00')),
  PLEDGE_REMINDER_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(90).default(14)),
  JOBS_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'minst 32 tecken').optional()),
  SCHEDULER_ENABLED: z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
  ),
  POLICE_EVENTS_ENABLED: z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
  ),
  POLICE_EVENTS_URL: z.preprocess(
    emptyToUndefined,
    z
      .url({ protocol: /^https?$/, error: 'ska vara en adress som https://polisen.se' })
      .default('https://polisen.se')
      .transform((value) => new URL(value).origin),
  ),
  TICK_BUDGET_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(600).default(50)),
  SEND_RATE_PER_TENANT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1000).default(50)),
  SEND_RATE_PER_CONVERSATION: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(50).default(7)),
  SEND_CONCURRENCY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(256).default(16)),
  SEND_LEASE_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(600).default(60)),
  SEND_MAX_ATTEMPTS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(20).default(6)),
  /** Where Teams keeps the files people send the bot (the download links it gives): host names, `*.` a suffix. */
  TEAMS_FILE_HOSTS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default('*.sharepoint.com')
      .pipe(
        lowerCaseList(z.string().regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'ska vara värdnamn som *.sharepoint.com')),
      ),
  ),
  /** The tab's Entra app (its application ID URI `api://<host>/<app id>`); unset: the tab is off (but locally). */
  TAB_APP_ID_URI: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^api:\/\/[^\s/]+(\/[^\s/]+)*\/[0-9a-f-]{36}$/i, 'ska vara api://<värd>/<app-id (GUID)>')
      .optional(),
  ),
  TAB_OPENID_METADATA_URL: z.preprocess(
    emptyToUndefined,
    z
      .url({ protocol: /^https?$/, error: 'ska vara en adress till ett OpenID-metadatadokument' })
      .default('https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration'),
  ),
  /** Map tiles, `{z}/{x}/{y}`; `none`: a plain background (tests, `npm run dev`). */
  MAP_TILE_URL: z.preprocess(
    emptyToUndefined,
    z
      .union([
        z.literal('none'),
        z
          .string()
          .regex(
            /^https:\/\/[^\s]+\{z\}[^\s]*\{x\}[^\s]*\{y\}[^\s]*$/,
            'ska vara en https-adress med {z}, {x} och {y}',
          ),
      ])
      .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  ),
  MAP_ATTRIBUTION: z.preprocess(
    emptyToUndefined,
    z.string().max(300).default('© OpenStreetMap-bidragsgivare (openstreetmap.org/copyright)'),
  ),
  DEFAULT_AREAS: semicolonList(DEFAULT_AREAS),
  DEFAULT_OMRADEN: semicolonList(DEFAULT_OMRADEN),
});

export type RawConfig = z.infer<typeof configSchema>;

/** Keys of the schema, in order; `.env.example` must document exactly these. */
export const CONFIG_KEYS = Object.keys(configSchema.shape) as (keyof RawConfig)[];

/** Keys whose values are secrets: never printed, not even in error messages. */
export const SECRET_KEYS: ReadonlySet<string> = new Set(['BOT_PASSWORD', 'STORAGE_CONNECTION_STRING', 'JOBS_SECRET']);

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '::1']);

/** Whether the service listens on this machine only (local mode, tests). */
export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host);
}

/**
 * Rules between keys. They read the raw environment so that they are reported together with the
 * problems of single keys, not only once those are fixed.
 */
export function crossKeyProblems(env: Record<string, string | undefined>): { key: string; message: string }[] {
  const value = (key: string) => (env[key]?.trim() ? env[key]?.trim() : undefined);
  const problems: { key: string; message: string }[] = [];
  if (!value('STORAGE_CONNECTION_STRING') && !value('STORAGE_TABLE_ENDPOINT')) {
    problems.push({
      key: 'STORAGE_CONNECTION_STRING',
      message: 'saknas (anslutningssträng till Azure Table Storage, eller STORAGE_TABLE_ENDPOINT med managed identity)',
    });
  }
  if (value('STORAGE_CONNECTION_STRING') && value('STORAGE_TABLE_ENDPOINT')) {
    problems.push({
      key: 'STORAGE_TABLE_ENDPOINT',
      message: 'ange antingen STORAGE_CONNECTION_STRING eller STORAGE_TABLE_ENDPOINT, inte båda',
    });
  }
  if (value('STORAGE_TABLE_ENDPOINT') && !value('STORAGE_CONNECTION_STRING') && !value('STORAGE_BLOB_ENDPOINT')) {
    problems.push({
      key: 'STORAGE_BLOB_ENDPOINT',
      message: 'krävs med STORAGE_TABLE_ENDPOINT (för Word-dokumenten som samordnaren laddar ner)',
    });
  }
  if (value('STORAGE_CONNECTION_STRING') && value('STORAGE_BLOB_ENDPOINT')) {
    problems.push({
      key: 'STORAGE_BLOB_ENDPOINT',
      message: 'med STORAGE_CONNECTION_STRING kommer blob-adressen från anslutningssträngen',
    });
  }
  const police = value('POLICE_EVENTS_URL');
  if (police && /^http:/i.test(police) && !isLoopback(safeHostname(police))) {
    problems.push({ key: 'POLICE_EVENTS_URL', message: 'ska vara https (polisens villkor); http bara mot 127.0.0.1' });
  }
  const metadata = value('TAB_OPENID_METADATA_URL');
  if (metadata && /^http:/i.test(metadata) && !isLoopback(safeHostname(metadata))) {
    problems.push({ key: 'TAB_OPENID_METADATA_URL', message: 'ska vara https; http bara mot 127.0.0.1' });
  }
  // Retention and the police fetch run in the scheduler; without it they must be reachable as jobs.
  if (value('SCHEDULER_ENABLED')?.toLowerCase() === 'false' && !value('JOBS_SECRET')) {
    problems.push({
      key: 'JOBS_SECRET',
      message:
        'krävs när SCHEDULER_ENABLED är false (annars körs varken gallring eller cykeln: /api/jobs/* behöver nyckeln)',
    });
  }
  const host = value('HOST');
  if (!value('BOT_ID')) {
    if (host && !isLoopback(host)) {
      problems.push({
        key: 'HOST',
        message: 'utan BOT_ID körs boten anonymt och lyssnar bara på loopback (127.0.0.1)',
      });
    }
    if (value('WEBSITE_SITE_NAME')) {
      problems.push({
        key: 'BOT_ID',
        message: 'krävs i Azure App Service (WEBSITE_SITE_NAME är satt): det anonyma lokala läget startar inte där',
      });
    }
    return problems;
  }
  // Served beyond this machine (the default with a bot id): real storage, over https.
  if (!isLoopback(host ?? '0.0.0.0')) problems.push(...productionStorageProblems(value));
  const type = value('BOT_TYPE') ?? 'SingleTenant';
  if (type !== 'UserAssignedMSI' && !value('BOT_PASSWORD')) {
    problems.push({ key: 'BOT_PASSWORD', message: `krävs när BOT_TYPE är ${type}` });
  }
  if (type !== 'MultiTenant' && !value('BOT_TENANT_ID')) {
    problems.push({ key: 'BOT_TENANT_ID', message: `krävs när BOT_TYPE är ${type}` });
  }
  if (type === 'MultiTenant' && !value('ALLOWED_TENANT_IDS')) {
    problems.push({
      key: 'ALLOWED_TENANT_IDS',
      message: 'krävs när BOT_TYPE är MultiTenant (de kommuners tenant-id:n som får använda boten, eller *)',
    });
  }
  return problems;
}

/** In production: no development storage, no Azurite account, no plain http to another host. */
function productionStorageProblems(value: (key: string) => string | undefined): { key: string; message: string }[] {
  const problems: { key: string; message: string }[] = [];
  const connection = value('STORAGE_CONNECTION_STRING') ?? '';
  if (/UseDevelopmentStorage\s*=\s*true/i.test(connection) || /AccountName\s*=\s*devstoreaccount1/i.test(connection)) {
    problems.push({
      key: 'STORAGE_CONNECTION_STRING',
      message: 'pekar på utvecklingslagringen (Azurite) och duger inte i produktion (BOT_ID är satt)',
    });
  }
  const insecure = [
    ...[...connection.matchAll(/(?:Table|Blob)Endpoint\s*=\s*([^;]+)/gi)].map((match) => match[1]),
    ...(/DefaultEndpointsProtocol\s*=\s*http(?:;|$)/i.test(connection) ? ['http://storage'] : []),
  ].filter((url) => /^http:/i.test(url.trim()) && !isLoopback(safeHostname(url.trim())));
  if (insecure.length > 0) {
    problems.push({ key: 'STORAGE_CONNECTION_STRING', message: 'ska använda https i produktion (BOT_ID är satt)' });
  }
  for (const key of ['STORAGE_TABLE_ENDPOINT', 'STORAGE_BLOB_ENDPOINT']) {
    const url = value(key);
    if (url && /^http:/i.test(url) && !isLoopback(safeHostname(url))) {
      problems.push({ key, message: 'ska vara https i produktion (BOT_ID är satt)' });
    }
  }
  return problems;
}

function safeHostname(url: string): string {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return '';
  }
}
