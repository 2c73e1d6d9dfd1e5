import { UNKNOWN_ORGANISATION } from '../domain/group';
import type { RunningPeriod } from '../domain/periods';
import type { DocumentProblem } from '../domain/pledge-document';
import type { TimeOfDay } from '../domain/report';
import { en } from './en';
import { sv } from './sv';
import type { Language, Texts } from './texts';

export type { Language, Texts } from './texts';
export { COMMAND_NAMES, type CommandName, type CommandText } from './command-texts';

/** Swedish unless the Teams client speaks English; an override (configuration) wins over both. */
export function languageFor(locale: string | undefined, override?: Language): Language {
  if (override) return override;
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

export function textsFor(language: Language): Texts {
  return language === 'en' ? en : sv;
}

/** One problem of an imported pledge document, as the command line prints it: "rad 3: klart: saknas". */
/** The running periods, each as "v49–50 pågår: 2 av 9 har svarat hittills …" (never a zero in a series). */
export const runningLines = (running: readonly RunningPeriod[], t: Texts): string[] =>
  running.map(({ period, answered, total }) =>
    t.periodRunning(t.periodLabel(period), answered, total, t.dateTime(period.deadline)),
  );

/** An organisation as the reader reads it: `UNKNOWN_ORGANISATION` in their language. */
export function organisationName(t: Texts, organisation: string): string {
  return organisation === UNKNOWN_ORGANISATION ? t.admin.unknownOrganisation : organisation;
}

export function documentProblemLine(problem: DocumentProblem, t: Texts): string {
  const field = problem.field ? `${problem.field}: ` : '';
  return `${problem.where}: ${field}${t.inputProblem(problem.problem)}`;
}

/** Every language's month names, so `rapport månad november` and `report month november` both work. */
export const MONTH_NAMES: readonly (readonly string[])[] = [sv.monthNames, en.monthNames];

/**
 * When something happened, as every card, document and export writes it: "20 nov., kväll". The
 * date as `t.shortDate` gives it, or as `date` does (the documents keep ISO dates).
 */
export function whenOf(
  t: Texts,
  observation: { date?: string; timeOfDay?: TimeOfDay },
  date: (iso: string) => string = (iso) => t.shortDate(iso),
): string {
  return [
    observation.date ? date(observation.date) : '',
    observation.timeOfDay ? t.choices.timeOfDay[observation.timeOfDay].toLowerCase() : '',
  ]
    .filter(Boolean)
    .join(', ');
}
