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
  storage: { connectionString: string; tablePrefix: string };
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
}

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
      : parsed.error.issues.map((issue) => ({ key: issue.path.join('.'), message: issue.message }))),
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
    storage: { connectionString: raw.STORAGE_CONNECTION_STRING, tablePrefix: raw.TABLE_PREFIX },
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

/** Loads `.env` from the working directory into `process.env` when there is one (local runs). */
export function loadDotEnvIfPresent(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
