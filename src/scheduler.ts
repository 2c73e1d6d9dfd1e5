import { Cron } from 'croner';
import { isAppError } from './errors';
import type { Logger } from './logger';

export interface ScheduledJobs {
  /** The cycle: prompts, reminders, reviews, pledge reminders. */
  tick: () => Promise<unknown>;
  /** Deletes raw reports past retention. */
  retention: () => Promise<unknown>;
  /** Fetches the police's published events when due (at most once a minute, see the service). */
  police: () => Promise<unknown>;
}

/** Every minute: the cycle's tick. */
export const TICK_PATTERN = '0 * * * * *';
/** Every minute, half a minute after the tick: the police's events, when the next fetch is due. */
export const POLICE_PATTERN = '30 * * * * *';
/** Every night at 03:17 Swedish time, away from the cycle's own hours: retention. */
export const RETENTION_PATTERN = '0 17 3 * * *';

/**
 * Runs the jobs inside the service (App Service keeps it always on). Several instances may do this
 * at once: the tick makes sure each prompt goes out once, and retention deletes what is expired,
 * whoever gets there first.
 */
export function startScheduler(jobs: ScheduledJobs, logger: Logger): { stop(): void; trigger(): void } {
  const storageAway = storageAwayReporter(logger, () => Date.now());
  const guarded = (name: keyof ScheduledJobs) => async () => {
    try {
      await jobs[name]();
      storageAway.back();
    } catch (error) {
      if (isAppError(error, 'storage')) storageAway.failed(name);
      else logger.error({ err: error, job: name }, 'scheduled job failed');
    }
  };
  const options = { protect: true, timezone: 'Europe/Stockholm' };
  const tick = new Cron(TICK_PATTERN, options, guarded('tick'));
  const retention = new Cron(RETENTION_PATTERN, options, guarded('retention'));
  // Its own job: a slow or failing police API never holds up the cycle's tick.
  const police = new Cron(POLICE_PATTERN, options, guarded('police'));
  return {
    stop: () => {
      tick.stop();
      retention.stop();
      police.stop();
    },
    /** Runs a tick now (a samordnare asked for a round), unless one is running. */
    trigger: () => {
      void tick.trigger();
    },
  };
}

/**
 * While the storage is away every job fails every minute: one `warn` line a minute says so (with
 * how many runs failed since the last line), and one `info` line when a job succeeds again.
 */
export function storageAwayReporter(logger: Logger, now: () => number, everyMs = 60_000) {
  let since: number | undefined;
  let lastLine = -Infinity;
  let failures = 0;
  return {
    failed(job: string): void {
      since ??= now();
      failures += 1;
      if (now() - lastLine < everyMs) return;
      lastLine = now();
      logger.warn(
        { job, failures, awaySeconds: Math.round((now() - since) / 1000), reason: 'storageUnavailable' },
        'storage not reachable; scheduled jobs wait',
      );
      failures = 0;
    },
    back(): void {
      if (since === undefined) return;
      logger.info({ awaySeconds: Math.round((now() - since) / 1000) }, 'storage reachable again');
      since = undefined;
      lastLine = -Infinity;
      failures = 0;
    },
  };
}
