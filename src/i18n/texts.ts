import type { ReportingPeriod } from '../domain/periods';
import type { DocumentLevelProblem } from '../domain/pledge-document';
import type { InputProblem } from '../domain/pledge-input';
import type { PersonalDataKind } from '../domain/privacy';
import type { Assessment, PoliceReported, TimeOfDay, Trend } from '../domain/report';
import type { DispatchKind } from '../domain/schedule';
import type { AdminTexts } from './admin-texts';
import type { CommandTexts } from './command-texts';
import type { DocumentTexts } from './document-texts';
import type { InsatsTexts } from './insats-texts';
import type { PictureTexts, LongReportTexts } from './picture-texts';
import type { PledgeTexts } from './pledge-texts';
import type { PoliceTexts } from './police-texts';
import type { ReportTexts, ReceiptTexts } from './report-texts';
import type { ReviewTexts } from './review-texts';
import type { TrendTexts } from './trend-texts';

export type Language = 'sv' | 'en';

/** Every user-facing text of the bot. Swedish is the default language, English the other. */
export interface Texts {
  language: Language;
  periodLabel(period: ReportingPeriod): string;
  /** "onsdag 2 december kl. 12:00" */
  dateTime(instant: Date): string;
  /** The time of day, Swedish time: "14:05". */
  clockTime(instant: Date): string;
  /** The months in lower case, January first, as a samordnare writes them in `rapport månad november`. */
  monthNames: readonly string[];
  /** "18 nov." for a `YYYY-MM-DD` */
  shortDate(isoDate: string): string;
  /** A period whose reporting has not closed: never a zero in a series, only how it goes so far. */
  periodRunning(periodLabel: string, answered: number, total: number, deadline: string): string;
  /** A span of a report or a chart with no closed period yet. */
  noClosedPeriod: string;

  choices: {
    timeOfDay: Record<TimeOfDay, string>;
    assessment: Record<Assessment, string>;
    trend: Record<Trend, string>;
    policeReported: Record<PoliceReported, string>;
    otherOmrade: string;
  };
  personalData: Record<PersonalDataKind, string>;

  unknownCommand: string;
  welcomePersonal: string;
  welcomeTeam(teamName: string, samordnare: string): string;
  notInAnyGroup: string;
  notAMember: string;
  somethingWentWrong: string;
  busyTryAgain: string;
  /** A card action when the storage does not answer: nothing was saved, send again. */
  storageUnavailable: string;
  /** A card action that took too long: it may or may not have been saved. */
  storageSlow: string;
  invalidCard: string;
  /** Shown by Teams clients too old for Adaptive Cards 1.5 instead of the card. */
  cardNotSupported(title: string): string;
  /** A field's problem (pledges, their import): "högst 200 tecken". */
  inputProblem(problem: InputProblem | DocumentLevelProblem): string;
  reportInPersonalChat: string;
  adminInPersonalChat: string;

  report: ReportTexts;
  cycle: {
    promptNotice(periodLabel: string): string;
    reminderTitle(periodLabel: string): string;
    reminderBody(deadline: string): string;
    reportNow: string;
    /** `names` absent for återkoppling: then only the count is said. */
    undelivered(kind: DispatchKind, periodLabel: string, groupName: string, count: number, names?: string[]): string;
  };
  admin: AdminTexts;
  picture: PictureTexts;
  longReport: LongReportTexts;
  pledges: PledgeTexts;
  insatser: InsatsTexts;
  review: ReviewTexts;
  trends: TrendTexts;
  commands: CommandTexts;
  police: PoliceTexts;
  document: DocumentTexts;
  receipt: ReceiptTexts;
}
