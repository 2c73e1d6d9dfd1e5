import { randomUUID } from 'node:crypto';
import type * as restify from 'restify';
import { createAdapter, type BotAdapter } from './bot/adapter';
import { createBotApp } from './bot/app';
import type { BotDependencies } from './bot/deps';
import { createMessageEndpoint } from './bot/message-endpoint';
import { proactiveMessages, publicationRenderer } from './bot/proactive-messages';
import { teamsDirectory, type TeamDirectory } from './bot/team-directory';
import type { Config } from './config/load-config';
import { isLoopback } from './config/schema';
import { systemClock, type Clock } from './domain/clock';
import { HttpPoliceApi } from './external/police-api';
import { teamsFiles } from './external/teams-files';
import { createServer } from './http/server';

import type { Logger } from './logger';
import { BotMessenger } from './messaging/bot-messenger';
import type { ScheduledJobs } from './scheduler';
import { AdminService } from './services/admin-service';
import { CycleService } from './services/cycle-service';
import { ExportService } from './services/export-service';
import { InsatsFollowUpService } from './services/insats-follow-up';
import { InsatsService } from './services/insats-service';
import { InstallationService } from './services/installation-service';
import { LongReportService } from './services/long-report-service';
import { OutboxSender } from './services/outbox-sender';
import { PictureReviewService } from './services/picture-review';
import { PledgeService } from './services/pledge-service';
import { PoliceEventService } from './services/police-event-service';
import { ReportService } from './services/report-service';
import { RetentionService } from './services/retention-service';
import { SituationPictureService } from './services/situation-picture-service';
import { StorageProbe } from './services/storage-probe';
import { TabService } from './services/tab-service';
import { TrendService } from './services/trend-service';
import { UndeliveredNotices } from './services/undelivered-notices';
import { lazyDownloadStore } from './storage/blob/lazy-download-store';
import { CachedGroupRepository } from './storage/cached-groups';
import type { Repositories } from './storage/repositories';
import { ensureTables, tableClientsFor, tableRepositories } from './storage/table';
import { tabAssets } from './tab/tab-assets';
import { tabAuthenticator } from './tab/tab-auth';
import { registerTabRoutes } from './tab/tab-routes';

/** How long a group's row is served from memory (see CachedGroupRepository). */
const GROUP_CACHE_MS = 15_000;

export interface Service {
  config: Config;
  cycle: CycleService;
  retention: RetentionService;
  sender: OutboxSender;
  repositories: Repositories;
  adapter: BotAdapter;
  app: ReturnType<typeof createBotApp>;
  server: restify.Server;
  deps: BotDependencies;
  /** Every scheduled job: run by the in-process scheduler, and offered at `/api/jobs/:name`. */
  jobs: ScheduledJobs;
  /** What `/healthz` says of the storage; `start()` it where the service runs for real. */
  probe: StorageProbe;
}

export interface ComposeOverrides {
  clock?: Clock;
  /** What a samordnare's manual round triggers (tests record it instead of sending). */
  runCycleSoon?: () => void;
  /** Waits for an outbox retry time (tests move a fixed clock instead of waiting). */
  sleepUntil?: (instant: number) => Promise<void>;
  directory?: TeamDirectory;
  adapter?: BotAdapter;
}

/** The composition root: builds every concrete object from the configuration, in one place. */
export async function composeService(
  config: Config,
  logger: Logger,
  overrides: ComposeOverrides = {},
): Promise<Service> {
  const clock = overrides.clock ?? systemClock;
  const clients = tableClientsFor(config.storage);
  await ensureTables(clients);
  const tables = tableRepositories(clients, logger.child({ module: 'storage' }));
  const repositories = { ...tables, groups: new CachedGroupRepository(tables.groups, GROUP_CACHE_MS) };

  const reports = new ReportService(repositories, clock, () => randomUUID().slice(0, 8));
  const adapter = overrides.adapter ?? createAdapter(config.bot);
  const messenger = new BotMessenger(adapter, config.bot?.appId ?? '');
  const pledges = new PledgeService(repositories, clock);
  const police = new PoliceEventService(
    repositories,
    config.police.enabled ? new HttpPoliceApi(config.police.url) : undefined,
    clock,
    logger.child({ module: 'police' }),
  );
  const insatser = new InsatsService(repositories, clock);
  const insatsFollowUp = new InsatsFollowUpService(repositories, clock);
  const situationPictures = new SituationPictureService(
    repositories,
    messenger,
    publicationRenderer(config.localeOverride),
    clock,
    logger.child({ module: 'publish' }),
    insatsFollowUp,
    police,
    config.pledgeReminderDays,
  );
  const longReports = new LongReportService(repositories, situationPictures, insatsFollowUp, police, clock);
  const reviews = new PictureReviewService(repositories, situationPictures, clock);
  const composer = proactiveMessages(
    { reports, reviews, pledges, insatser },
    clock,
    config.localeOverride,
    config.pledgeReminderDays,
  );
  const sender = new OutboxSender(repositories, messenger, composer, clock, logger.child({ module: 'outbox' }), {
    limits: config.sending,
    leaseMs: config.sending.leaseSeconds * 1000,
    sleepUntil: overrides.sleepUntil,
  });
  const cycleLogger = logger.child({ module: 'cycle' });
  const cycle = new CycleService(
    repositories,
    sender,
    new UndeliveredNotices(repositories, messenger, composer, cycleLogger),
    clock,
    cycleLogger,
    randomUUID(),
    config.jobs.tickBudgetSeconds * 1000,
    config.pledgeReminderDays,
  );
  const downloads = lazyDownloadStore(async () =>
    (await import('./storage/blob/download-store')).downloadStoreFor(config.storage),
  );
  const trends = new TrendService(repositories, clock);
  const deps: BotDependencies = {
    reports,
    police,
    exports: new ExportService(repositories, situationPictures, longReports, clock, downloads),
    situationPictures,
    longReports,
    reviews,
    pledges,
    files: teamsFiles(config.teamsFileHosts),
    insatser,
    trends,
    installations: new InstallationService(repositories, config.groupDefaults, clock),
    admin: new AdminService(repositories, clock),
    cycle,
    runCycleSoon:
      overrides.runCycleSoon ??
      (() => {
        cycle
          .tick()
          .catch((error: unknown) => cycleLogger.error({ err: error }, 'tick asked for by a samordnare failed'));
      }),
    directory: overrides.directory ?? teamsDirectory,
    clock,
    logger: logger.child({ module: 'bot' }),
    localeOverride: config.localeOverride,
  };
  const retention = new RetentionService(
    repositories,
    clock,
    config.retentionMonths,
    logger.child({ module: 'retention' }),
    downloads,
    config.publicationRetentionMonths,
  );
  // A read of a row that never exists, past the groups' cache: whether the tables answer at all.
  const probe = new StorageProbe(() => tables.groups.get('healthz'), clock);
  await probe.refresh();
  const jobs: ScheduledJobs = {
    tick: () => cycle.tick(),
    retention: () => retention.run(),
    police: () => police.fetchDue(),
  };
  const app = createBotApp(deps, { adapter, botAppId: config.bot?.appId });
  const httpLogger = logger.child({ module: 'http' });
  const server = createServer({
    messages: createMessageEndpoint({
      adapter,
      app,
      logger: httpLogger,
      local: !config.bot,
      allowedTenants: config.allowedTenants,
      localeOverride: config.localeOverride,
    }),
    logger: httpLogger,
    hsts: !isLoopback(config.server.host),
    requireAuthorization: config.bot !== undefined,
    healthCheck: () => Promise.resolve(probe.healthy()),
    jobs: { secret: config.jobs.secret, handlers: { ...jobs } },
  });
  registerTabRoutes(server, {
    tab: new TabService(repositories, situationPictures, trends, insatsFollowUp, police),
    auth: tabAuthenticator(config.tab.auth, config.allowedTenants, clock),
    config: config.tab,
    logger: logger.child({ module: 'tab' }),
    assets: tabAssets(),
  });
  return { config, cycle, retention, sender, repositories, adapter, app, server, deps, jobs, probe };
}
