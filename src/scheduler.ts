import { Cron } from 'croner';
import type { Logger } from './logger';
import type { CycleService } from './services/cycle-service';

/**
 * Runs the cycle's tick every minute inside the service (App Service keeps it always on). Several
 * instances may do this at once: the tick itself makes sure each prompt goes out once.
 */
export function startScheduler(cycle: CycleService, logger: Logger): { stop(): void; trigger(): void } {
  const run = async () => {
    try {
      await cycle.tick();
    } catch (error) {
      logger.error({ err: error }, 'scheduled tick failed');
    }
  };
  const job = new Cron('0 * * * * *', { protect: true, timezone: 'Europe/Stockholm' }, run);
  return {
    stop: () => job.stop(),
    /** Runs a tick now (a samordnare asked for a round), unless one is running. */
    trigger: () => {
      void job.trigger();
    },
  };
}
