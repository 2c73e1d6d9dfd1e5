import type { FieldError, ObservationField } from '../domain/report';

/** What the report card and its receipt say (see `texts.ts`). */
export interface ReportTexts {
  title(periodLabel: string): string;
  subtitle(groupName: string, deadline: string): string;
  intro: string;
  observationsHeading(count: number): string;
  noObservationsYet: string;
  nothingToReport: string;
  newObservation: string;
  editObservation(number: number): string;
  fieldLabels: Record<ObservationField, string>;
  placeholders: Record<ObservationField, string>;
  requiredMark: string;
  /** Above date and time of day: one of them is required. */
  whenRequired: string;
  chooseArea: string;
  chooseOmrade: string;
  chooseTimeOfDay: string;
  chooseAssessment: string;
  add: string;
  saveChange: string;
  cancelEdit: string;
  send: string;
  edit: string;
  remove: string;
  observationAdded: string;
  observationUpdated: string;
  observationRemoved: string;
  fixErrors(count: number): string;
  fieldError(error: FieldError): string;
  /** Above the button that lets the member keep words the guard took for a name. */
  notAPersonHint: string;
  notAPerson: string;
  /** "Lägg till i lägesbilden" on a message: the dialog and what it answers. */
  messageAction: {
    title: string;
    intro(group: string): string;
    groupLabel: string;
    add: string;
    added(periodLabel: string): string;
    notMember: string;
    namesFound(names: string): string;
  };
  tooManyObservations(max: number): string;
  emptyReport: string;
  draftNotEmpty(count: number): string;
  periodClosed(periodLabel: string, deadline: string): string;
  observationSummary(parts: { area: string; where: string; when: string }): string;
  assessmentLine(assessment: string, trend: string, policeReported: string): string;
}

export interface ReceiptTexts {
  title: string;
  body(periodLabel: string, groupName: string): string;
  submittedAt: string;
  version: string;
  period: string;
  group: string;
  nothingToReport: string;
  observations(count: number): string;
  changeUntil(deadline: string): string;
  closed: string;
  edit: string;
}
