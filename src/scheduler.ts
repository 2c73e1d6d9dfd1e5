import { Cron } from 'croner';
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
  const guarded = (name: keyof ScheduledJobs) => async () => {
    try {
      await jobs[name]();
    } catch (error) {
      logger.error({ err: error, job: name }, 'scheduled job failed');
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
