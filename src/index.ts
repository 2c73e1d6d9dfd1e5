import { composeService } from './compose';
import { ConfigError, loadConfig, loadDotEnvIfPresent } from './config/load-config';
import { listen } from './http/server';
import { createLogger } from './logger';
import { startScheduler } from './scheduler';

async function main(): Promise<void> {
  loadDotEnvIfPresent();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const service = await composeService(config, logger);
  const running = await listen(service.server, config.server.port, config.server.host);
  service.probe.start();
  const scheduler = config.jobs.schedulerEnabled
    ? startScheduler(service.jobs, logger.child({ module: 'scheduler' }))
    : undefined;
  logger.info(
    { url: running.url, mode: config.bot ? 'authenticated' : 'local-anonymous' },
    `lagesbild-bot listening on ${running.url}/api/messages`,
  );

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    scheduler?.stop();
    service.probe.stop();
    // Sends in flight finish and are recorded; nothing new is claimed.
    service.sender.stop();
    Promise.all([service.cycle.idle(), running.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
    setTimeout(() => process.exit(1), 20_000).unref();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const logger = createLogger('error');
  logger.fatal({ err: error }, 'start-up failed');
  process.exit(1);
});
