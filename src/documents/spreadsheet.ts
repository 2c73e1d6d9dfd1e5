import { stringify } from 'csv-stringify/sync';
import { eventTypeLabel } from '../domain/event-types';
import type { Group } from '../domain/group';
import type { ReportingPeriod } from '../domain/periods';
import type { Observation } from '../domain/report';
import { organisationName, type Texts } from '../i18n';

/**
 * A CSV cell that Excel, LibreOffice or Google Sheets will not run as a formula: a text that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe (OWASP's advice for
 * CSV injection), which spreadsheets show as text and do not display. Every cell of an export that
 * a member or a setting wrote goes through it.
 */
export function formulaSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One observation of the export, with the reporter's organisation (never the reporter). */
export interface ExportedObservation {
  period: ReportingPeriod;
  observation: Observation;
  /** `UNKNOWN_ORGANISATION` when neither the report nor the member says. */
  organisation: string;
}

const HEADER = [
  'period_id',
  'period',
  'omrade_i_mallen',
  'omrade',
  'plats',
  'datum',
  'tid_pa_dygnet',
  'beskrivning',
  'bedomning',
  'trend',
  'polisanmalt',
  'organisation',
  'handelsetyp',
  'forslag_pa_insats',
];

/** The kommun's own archive of observations: one row each, every cell formula-safe. */
export function observationsCsv(group: Group, rows: readonly ExportedObservation[], t: Texts): string {
  const cells = rows.map(({ period, observation, organisation }) => [
    period.id,
    t.periodLabel(period),
    group.areas.find((area) => area.id === observation.areaId)?.label ?? observation.areaId,
    observation.omrade,
    observation.place ?? '',
    observation.date ?? '',
    observation.timeOfDay ? t.choices.timeOfDay[observation.timeOfDay] : '',
    observation.description,
    t.choices.assessment[observation.assessment],
    t.choices.trend[observation.trend],
    t.choices.policeReported[observation.policeReported],
    organisationName(t, organisation),
    observation.eventTypeId ? eventTypeLabel(group.eventTypes, observation.eventTypeId) : '',
    observation.suggestedInsats ?? '',
  ]);
  return stringify([HEADER, ...cells.map((row) => row.map(formulaSafe))]);
}
