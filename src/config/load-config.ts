import { existsSync } from 'node:fs';
import { z } from 'zod/v4';
import type { GroupSchedule } from '../domain/schedule';
import { configSchema, crossKeyProblems, SECRET_KEYS } from './schema';

export interface BotCredentialsConfig {
  appId: string;
  password?: string;
  type: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId?: string;
}

export interface Config {
  server: { port: number; host: string };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Undefined: local anonymous mode (the Agents Playground), loopback only. */
  bot?: BotCredentialsConfig;
  storage: StorageConfig;
  /**
   * Tenants whose activities are served; any other tenant's are refused and logged. `any` in
   * local anonymous mode, or when `*` is configured (a multi-tenant service for many kommuner).
   */
  allowedTenants: readonly string[] | 'any';
  /** Raw reports are deleted this many months after their period ended; lägesbilder are kept. */
  retentionMonths: number;
  /**
   * The free texts of a published lägesbild are removed this many months after it was published
   * (the kommun's dokumenthanteringsplan); its figures, who, when, where and hash are kept. Unset: kept.
   */
  publicationRetentionMonths?: number;
  localeOverride?: 'sv' | 'en';
  groupDefaults: {
    areas: string[];
    omraden: string[];
    schedule: GroupSchedule;
  };
  jobs: { secret?: string; schedulerEnabled: boolean; tickBudgetSeconds: number };
  /** Medborgarlöften activities due within this many days (or overdue) are reminded of. */
  pledgeReminderDays: number;
  sending: SendingLimits;
  /** The police's published events: fetched from `url` (its origin only), unless turned off. */
  police: { enabled: boolean; url: string };
  tab: TabConfig;
  /** The hosts whose download links (files sent to the bot in the 1:1 chat) are fetched. */
  teamsFileHosts: readonly string[];
}

/**
 * The Lägesbild tab: who signs in (Teams single sign-on against the tab's Entra app; `anonymous`
 * in local mode, as the Agents Playground's user; `off` in production without an app) and its map.
 */
export interface TabConfig {
  auth: { kind: 'sso'; appIdUri: string; appId: string; metadataUrl: string } | { kind: 'anonymous' } | { kind: 'off' };
  /** `undefined`: no tiles (a plain background). */
  tileUrl?: string;
  attribution: string;
}

/** Locally a connection string (Azurite); in Azure the table endpoint and a managed identity. */
export type StorageConfig =
  | { kind: 'connectionString'; connectionString: string; tablePrefix: string }
  | {
      kind: 'identity';
      endpoint: string;
      /** The account's blob endpoint: the downloads (Word documents) and their user-delegation links. */
      blobEndpoint: string;
      managedIdentityClientId?: string;
      tablePrefix: string;
    };

export interface SendingLimits {
  /** Teams allows about 50 requests per second per app and tenant. */
  perTenantPerSecond: number;
  /** Teams allows 7 messages per second in one conversation. */
  perConversationPerSecond: number;
  concurrency: number;
  maxAttempts: number;
  /** How long a claimed message stays with one sender before another may take it over. */
  leaseSeconds: number;
}

/** zod's own messages in Swedish, for the keys whose schema gives none. They never echo input values. */
const swedishMessages = z.locales.sv().localeError;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ogiltig konfiguration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the configuration once. Every problem is listed in one error; values of
 * secret keys never appear in it (zod's messages here never echo input values).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env, { error: swedishMessages });
  const issues = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({ key: String(issue.path[0] ?? ''), message: issue.message }))),
    ...crossKeyProblems(env),
  ];
  if (!parsed.success || issues.length > 0) {
    throw new ConfigError(
      issues.map(({ key, message }) => {
        const hint = SECRET_KEYS.has(key) ? ' (hemligt värde, visas inte)' : '';
        return `${key || '(konfiguration)'}: ${message}${hint}`;
      }),
    );
  }
  const raw = parsed.data;
  const bot: BotCredentialsConfig | undefined = raw.BOT_ID
    ? { appId: raw.BOT_ID, password: raw.BOT_PASSWORD, type: raw.BOT_TYPE, tenantId: raw.BOT_TENANT_ID }
    : undefined;
  return {
    server: {
      port: raw.PORT,
      // Without credentials anybody could post activities, so anonymous mode stays on loopback.
      host: bot ? (raw.HOST ?? '0.0.0.0') : (raw.HOST ?? '127.0.0.1'),
    },
    logLevel: raw.LOG_LEVEL,
    bot,
    storage: raw.STORAGE_CONNECTION_STRING
      ? { kind: 'connectionString', connectionString: raw.STORAGE_CONNECTION_STRING, tablePrefix: raw.TABLE_PREFIX }
      : {
          kind: 'identity',
          endpoint: raw.STORAGE_TABLE_ENDPOINT ?? '',
          blobEndpoint: raw.STORAGE_BLOB_ENDPOINT ?? '',
          managedIdentityClientId: raw.STORAGE_MANAGED_IDENTITY_CLIENT_ID,
          tablePrefix: raw.TABLE_PREFIX,
        },
    allowedTenants: allowedTenants(raw.ALLOWED_TENANT_IDS, bot),
    retentionMonths: raw.RETENTION_MONTHS,
    publicationRetentionMonths: raw.PUBLICATION_RETENTION_MONTHS,
    localeOverride: raw.LOCALE_OVERRIDE,
    groupDefaults: {
      areas: raw.DEFAULT_AREAS,
      omraden: raw.DEFAULT_OMRADEN,
      schedule: {
        anchorDate: raw.PERIOD_ANCHOR,
        lengthDays: raw.PERIOD_LENGTH_DAYS,
        promptWeekday: raw.PROMPT_WEEKDAY,
        promptTime: raw.PROMPT_TIME,
        reminderWeekday: raw.REMINDER_WEEKDAY,
        reminderTime: raw.REMINDER_TIME,
        deadlineWeekday: raw.DEADLINE_WEEKDAY,
        deadlineTime: raw.DEADLINE_TIME,
      },
    },
    pledgeReminderDays: raw.PLEDGE_REMINDER_DAYS,
    police: { enabled: raw.POLICE_EVENTS_ENABLED, url: raw.POLICE_EVENTS_URL },
    teamsFileHosts: raw.TEAMS_FILE_HOSTS,
    tab: {
      auth: raw.TAB_APP_ID_URI
        ? {
            kind: 'sso',
            appIdUri: raw.TAB_APP_ID_URI,
            appId: raw.TAB_APP_ID_URI.slice(raw.TAB_APP_ID_URI.lastIndexOf('/') + 1).toLowerCase(),
            metadataUrl: raw.TAB_OPENID_METADATA_URL,
          }
        : { kind: bot ? 'off' : 'anonymous' },
      tileUrl: raw.MAP_TILE_URL === 'none' ? undefined : raw.MAP_TILE_URL,
      attribution: raw.MAP_ATTRIBUTION,
    },
    jobs: {
      secret: raw.JOBS_SECRET,
      schedulerEnabled: raw.SCHEDULER_ENABLED,
      tickBudgetSeconds: raw.TICK_BUDGET_SECONDS,
    },
    sending: {
      perTenantPerSecond: raw.SEND_RATE_PER_TENANT,
      perConversationPerSecond: raw.SEND_RATE_PER_CONVERSATION,
      concurrency: raw.SEND_CONCURRENCY,
      maxAttempts: raw.SEND_MAX_ATTEMPTS,
      leaseSeconds: raw.SEND_LEASE_SECONDS,
    },
  };
}

function allowedTenants(
  configured: string[] | undefined,
  bot: BotCredentialsConfig | undefined,
): readonly string[] | 'any' {
  if (configured?.includes('*')) return 'any';
  if (configured) return configured;
  if (!bot) return 'any';
  return bot.tenantId ? [bot.tenantId.toLowerCase()] : [];
}

/** Loads `.env` from the working directory into `process.env` when there is one (local runs). */
export function loadDotEnvIfPresent(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
