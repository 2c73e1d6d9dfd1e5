import type { Group, GroupMember } from './group';
import type { ReportingPeriod } from './periods';
import type { FieldError, Observation, ObservationForm, Report } from './report';

/**
 * The member's report card as a value: what the service decided and the card shows. A type of the
 * domain, so that the card builders (`cards/report.card.ts`) need nothing from the services.
 */

/** Who is reporting, for which group and period: resolved and checked once per action. */
export interface ReportContext {
  group: Group;
  member: GroupMember;
  period: ReportingPeriod;
}

export type FormNotice =
  'prompt' | 'added' | 'updated' | 'removed' | 'emptyReport' | 'draftNotEmpty' | 'tooMany' | 'fixErrors';

/** What the member sees next: the form with the draft, or the receipt of a stored report. */
export type ReportScreen =
  | {
      kind: 'form';
      context: ReportContext;
      observations: Observation[];
      form: ObservationForm;
      editingId?: string;
      errors: FieldError[];
      notice?: FormNotice;
      /**
       * Only words that look like names stopped the form: the member may confirm they are no person
       * and go on with the same step (add the observation, or send the report).
       */
      confirmNames?: { names: string[]; step: 'add' | 'submit' };
    }
  | { kind: 'receipt'; context: ReportContext; report: Report; open: boolean }
  /** The period's deadline has passed: nothing was changed. */
  | { kind: 'closed'; context: ReportContext };
