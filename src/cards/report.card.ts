import { DateTime } from 'luxon';
import { eventTypeLabel } from '../domain/event-types';
import type { Group } from '../domain/group';
import { TIME_ZONE, type ReportingPeriod } from '../domain/periods';
import {
  ASSESSMENTS,
  LIMITS,
  OBSERVATION_FIELDS,
  OTHER_OMRADE,
  POLICE_REPORTED,
  TIMES_OF_DAY,
  TRENDS,
  whereOf,
  type Observation,
  type ObservationField,
  type FieldError,
  type ObservationForm,
} from '../domain/report';
import type { ReportScreen } from '../domain/report-screen';
import { whenOf, type Texts } from '../i18n';
import { md } from './markdown';
import { excerpt, renderCard, type AdaptiveCardJson } from './render';
import receiptTemplate from './templates/receipt.json';
import reminderTemplate from './templates/reminder.json';
import reportTemplate from './templates/report.json';

/** Descriptions are shortened in card lists so that 30 observations stay far below 100 KB. */
const LIST_EXCERPT = 200;

/**
 * The form keeps the same elements in the same places on every render: notices and field errors
 * are hidden (`isVisible`), never left out. Renderers that reuse components by position (the
 * Agents Playground does) would otherwise give a dropdown the choices of its neighbour.
 */
const HIDDEN_TEXT = '-';

function observationItems(observations: Observation[], group: Group, t: Texts) {
  return observations.map((observation, index) => {
    const areaLabel = group.areas.find((candidate) => candidate.id === observation.areaId)?.label ?? observation.areaId;
    const area = observation.eventTypeId
      ? `${md(areaLabel)} · ${md(eventTypeLabel(group.eventTypes, observation.eventTypeId))}`
      : md(areaLabel);
    const where = md(whereOf(observation.omrade, observation.place));
    const when = whenOf(t, observation);
    return {
      id: observation.id,
      number: index + 1,
      summary: t.report.observationSummary({ area, where, when }),
      assessment: t.report.assessmentLine(
        t.choices.assessment[observation.assessment],
        t.choices.trend[observation.trend].toLowerCase(),
        t.choices.policeReported[observation.policeReported].toLowerCase(),
      ),
      description: md(excerpt(observation.description, LIST_EXCERPT)),
    };
  });
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ title: labels[value], value }));

export function reportFormCard(screen: Extract<ReportScreen, { kind: 'form' }>, t: Texts, now: Date): AdaptiveCardJson {
  const { group, period } = screen.context;
  const editingIndex = screen.editingId
    ? screen.observations.findIndex((observation) => observation.id === screen.editingId)
    : -1;
  const notices = {
    prompt: [t.cycle.promptNotice(t.periodLabel(period)), 'Accent'],
    added: [t.report.observationAdded, 'Good'],
    updated: [t.report.observationUpdated, 'Good'],
    removed: [t.report.observationRemoved, 'Default'],
    emptyReport: [t.report.emptyReport, 'Attention'],
    draftNotEmpty: [t.report.draftNotEmpty(screen.observations.length), 'Attention'],
    tooMany: [t.report.tooManyObservations(LIMITS.observationsPerReport), 'Attention'],
    fixErrors: [t.report.fixErrors(screen.errors.length), 'Attention'],
  } as const;
  const [notice, noticeColor] = screen.notice ? notices[screen.notice] : ['', 'Default'];
  return renderCard(reportTemplate, {
    t: {
      title: t.report.title(t.periodLabel(period)),
      fallbackText: t.cardNotSupported(t.report.title(t.periodLabel(period))),
      subtitle: t.report.subtitle(md(group.name), t.dateTime(period.deadline)),
      intro: t.report.intro,
      whenRequired: t.report.whenRequired,
      observationsHeading: t.report.observationsHeading(screen.observations.length),
      noObservationsYet: t.report.noObservationsYet,
      nothingToReport: t.report.nothingToReport,
      formHeading: editingIndex >= 0 ? t.report.editObservation(editingIndex + 1) : t.report.newObservation,
      labels: observationLabels(t),
      placeholders: t.report.placeholders,
      add: t.report.add,
      saveChange: t.report.saveChange,
      cancelEdit: t.report.cancelEdit,
      send: t.report.send,
      edit: t.report.edit,
      remove: t.report.remove,
      notAPersonHint: t.report.notAPersonHint,
      notAPerson: t.report.notAPerson,
    },
    groupId: group.id,
    periodId: period.id,
    editingId: editingIndex >= 0 ? screen.editingId : '',
    notice,
    noticeColor,
    // Hidden lines keep a text: some renderers drop empty TextBlocks, which would shift the inputs.
    noticeText: notice || HIDDEN_TEXT,
    observations: observationItems(screen.observations, group, t),
    confirmNames: screen.confirmNames?.names.join('|') ?? '',
    confirmStep: screen.confirmNames?.step ?? '',
    ...observationFormData(group, screen.form, screen.errors, t, now),
  });
}

/**
 * What the observation form's elements bind to: the values, each field's error (hidden when there
 * is none), the choices and today's date. The report card and the message action's dialog share it.
 */
export function observationFormData(
  group: Group,
  form: ObservationForm,
  fieldErrors: FieldError[],
  t: Texts,
  now: Date,
) {
  const errors = Object.fromEntries(OBSERVATION_FIELDS.map((field) => [field, ''])) as Record<ObservationField, string>;
  for (const error of fieldErrors) errors[error.field] = t.report.fieldError(error);
  return {
    form,
    errors,
    // Hidden lines keep a text: some renderers drop empty TextBlocks, which would shift the inputs.
    errorText: Object.fromEntries(OBSERVATION_FIELDS.map((field) => [field, errors[field] || HIDDEN_TEXT])),
    today: DateTime.fromJSDate(now, { zone: TIME_ZONE }).toISODate(),
    choices: observationChoices(group, form, t),
  };
}

/** The observation form's labels, a mark on the required ones: the report card's and the message action's. */
export function observationLabels(t: Texts): Record<ObservationField, string> {
  const required = new Set<ObservationField>(['area', 'omrade', 'beskrivning', 'bedomning']);
  return Object.fromEntries(
    OBSERVATION_FIELDS.map((field) => [
      field,
      `${t.report.fieldLabels[field]}${required.has(field) ? t.report.requiredMark : ''}`,
    ]),
  ) as Record<ObservationField, string>;
}

/** The observation form's choices for a group: the report card's and the message action's. */
export function observationChoices(group: Group, form: ObservationForm, t: Texts) {
  return {
    areas: group.areas.map((area) => ({ title: area.label, value: area.id })),
    omraden: [
      ...group.omraden.map((omrade) => ({ title: omrade, value: omrade })),
      { title: t.choices.otherOmrade, value: OTHER_OMRADE },
    ],
    timesOfDay: options(TIMES_OF_DAY, t.choices.timeOfDay),
    assessments: options(ASSESSMENTS, t.choices.assessment),
    trends: options(TRENDS, t.choices.trend),
    policeReported: options(POLICE_REPORTED, t.choices.policeReported),
    // Retired types are not offered; one the edited observation already has stays choosable.
    eventTypes: group.eventTypes
      .filter((type) => !type.retired || type.id === form.handelsetyp)
      .map((type) => ({ title: type.label, value: type.id })),
  };
}

export function receiptCard(screen: Extract<ReportScreen, { kind: 'receipt' }>, t: Texts): AdaptiveCardJson {
  const { group, period } = screen.context;
  const { report } = screen;
  const periodLabel = t.periodLabel(period);
  return renderCard(receiptTemplate, {
    t: {
      title: t.receipt.title,
      fallbackText: t.cardNotSupported(t.receipt.title),
      body: t.receipt.body(periodLabel, md(group.name)),
      period: t.receipt.period,
      group: t.receipt.group,
      submittedAt: t.receipt.submittedAt,
      version: t.receipt.version,
      nothingToReport: t.receipt.nothingToReport,
      observations: t.receipt.observations(report.observations.length),
      footer: screen.open ? t.receipt.changeUntil(t.dateTime(period.deadline)) : t.receipt.closed,
      edit: t.receipt.edit,
    },
    groupId: group.id,
    periodId: period.id,
    periodLabel,
    groupName: md(group.name),
    submittedAt: t.dateTime(report.submittedAt),
    version: String(report.version),
    nothingToReport: report.nothingToReport,
    observations: observationItems(report.observations, group, t),
    open: screen.open,
  });
}

/** The report card of a screen (a closed period is a sentence, not a card: see the handler). */
export function reportScreenCard(
  screen: Exclude<ReportScreen, { kind: 'closed' }>,
  t: Texts,
  now: Date,
): AdaptiveCardJson {
  return screen.kind === 'form' ? reportFormCard(screen, t, now) : receiptCard(screen, t);
}

export function reminderCard(group: Group, period: ReportingPeriod, t: Texts): AdaptiveCardJson {
  const title = t.cycle.reminderTitle(t.periodLabel(period));
  return renderCard(reminderTemplate, {
    title,
    fallbackText: t.cardNotSupported(title),
    body: t.cycle.reminderBody(t.dateTime(period.deadline)),
    reportNow: t.cycle.reportNow,
    nothingToReport: t.report.nothingToReport,
    groupId: group.id,
    periodId: period.id,
  });
}
