import type { OrganisationDisplay } from '../domain/group';
import type { PersonalDataKind } from '../domain/privacy';

/** What the samordnare's review of the lägesbild says (see `texts.ts`): leave out, rewrite, publish what was reviewed. */
export interface ReviewTexts {
  /** The review card's button to the texts card. */
  reviewTexts: string;
  title(periodLabel: string): string;
  intro: string;
  /** "Observation 1–25 av 40" */
  page(from: number, to: number, total: number): string;
  none: string;
  omitLabel: string;
  textLabel: string;
  byOrganisation(organisation: string): string;
  save: string;
  saveAndNext: string;
  saveAndPrevious: string;
  /** The member said these words are no person; shown to the samordnare only. */
  markedNotPerson(names: string[]): string;
  rewrittenMark: string;
  /** Under the review card: what will be left out or rewritten. */
  summary(omitted: number, rewritten: number): string;
  saved(omitted: number, rewritten: number): string;
  problem(
    problem:
      { code: 'personalData'; kinds: PersonalDataKind[]; names: string[] } | { code: 'empty' } | { code: 'tooLong' },
    kindText: (kind: PersonalDataKind) => string,
  ): string;
  fixProblems(count: number): string;
  /** `Publicera` found reports that came in or changed since the card was compiled. */
  changedSince(reports: number): string;
  /** The participation line's row for organisations the card does not name. */
  otherOrganisations: string;
  /** Hot spots: organisations counted but not named. */
  hiddenOrganisations(count: number, named: number): string;
  /** Under an archived lägesbild whose free texts were removed by gallring. */
  textsRemoved(date: string): string;
  organisationDisplayLabel: string;
  organisationDisplay: Record<OrganisationDisplay, string>;
}
