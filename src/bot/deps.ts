import type { Clock } from '../domain/clock';
import type { TeamsFiles } from '../external/teams-files';
import type { Language } from '../i18n';
import type { Logger } from '../logger';
import type { AdminService } from '../services/admin-service';
import type { CycleService } from '../services/cycle-service';
import type { ExportService } from '../services/export-service';
import type { InsatsService } from '../services/insats-service';
import type { InstallationService } from '../services/installation-service';
import type { LongReportService } from '../services/long-report-service';
import type { PictureReviewService } from '../services/picture-review';
import type { PledgeService } from '../services/pledge-service';
import type { PoliceEventService } from '../services/police-event-service';
import type { ReportService } from '../services/report-service';
import type { SituationPictureService } from '../services/situation-picture-service';
import type { TrendService } from '../services/trend-service';
import type { TeamDirectory } from './team-directory';

/** Everything the handlers use, built once in the composition root. */
export interface BotDependencies {
  reports: ReportService;
  installations: InstallationService;
  admin: AdminService;
  situationPictures: SituationPictureService;
  longReports: LongReportService;
  /** The samordnare's review before publishing: left out, rewritten, and the card's hash. */
  reviews: PictureReviewService;
  /** The exports: CSV, Markdown, and the Word document (also as a download link). */
  exports: ExportService;
  pledges: PledgeService;
  /** The files people send the bot: fetched only from Teams' own file hosts, size- and time-capped. */
  files: TeamsFiles;
  /** The police's published events: fetched on schedule, or now by a samordnare. */
  police: PoliceEventService;
  insatser: InsatsService;
  trends: TrendService;
  cycle: CycleService;
  /** Starts a tick in the background (a samordnare asked for a round). */
  runCycleSoon: () => void;
  directory: TeamDirectory;
  clock: Clock;
  logger: Logger;
  localeOverride?: Language;
  /** How long a card action may take before it is answered with "still working" (tests). */
  cardActionDeadlineMs?: number;
}
