import type { Group } from '../domain/group';
import type { FieldError, ObservationForm } from '../domain/report';
import type { Texts } from '../i18n';
import { md } from './markdown';
import { renderCard, type AdaptiveCardJson } from './render';
import { observationFormData, observationLabels } from './report.card';
import reportTemplate from './templates/report.json';

type Element = Record<string, unknown>;

/**
 * The report card's form, element for element: from its heading to the last field's error line.
 * The dialog shows the same inputs with the same ids, labels, choices and checks.
 */
function formElements(): Element[] {
  const body = reportTemplate.body as Element[];
  const start = body.findIndex((element) => element.text === '${t.formHeading}');
  const end = body.findIndex((element) => element.text === '${errorText.forslag}');
  if (start < 0 || end < start) throw new Error('the report template has no observation form');
  return body.slice(start, end + 1);
}

const dialogTemplate = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  fallbackText: '${t.fallbackText}',
  body: [
    { type: 'TextBlock', text: '${t.intro}', wrap: true, isSubtle: true },
    { type: 'TextBlock', text: '${notice}', wrap: true, color: 'Attention', $when: "${notice != ''}" },
    {
      $when: '${count(groups) > 1}',
      type: 'Input.ChoiceSet',
      id: 'chosenGroupId',
      label: '${t.groupLabel}',
      style: 'compact',
      value: '${groupId}',
      choices: [{ $data: '${groups}', title: '${name}', value: '${id}' }],
    },
    ...formElements(),
  ],
  actions: [
    { type: 'Action.Submit', title: '${t.add}', data: { groupId: '${groupId}' } },
    {
      $when: "${confirmNames != ''}",
      type: 'Action.Submit',
      title: '${t.notAPerson}',
      data: { groupId: '${groupId}', notPersons: '${confirmNames}' },
    },
  ],
};

export interface ObservationDialog {
  groups: Group[];
  /** The group the form's choices are of (the first, or the one chosen). */
  group: Group;
  form: ObservationForm;
  errors: FieldError[];
  /** Words the guard took for names, for "Det är inte en person". */
  confirmNames?: string[];
  notice?: string;
}

/**
 * "Lägg till i lägesbilden": one observation, pre-filled from a message, added to the member's
 * report of the current period on **Lägg till** (an `Action.Submit`, as dialogs take).
 */
export function observationDialogCard(dialog: ObservationDialog, t: Texts, now: Date): AdaptiveCardJson {
  const texts = t.report.messageAction;
  return renderCard(dialogTemplate, {
    t: {
      fallbackText: t.cardNotSupported(texts.title),
      intro: texts.intro(md(dialog.group.name)),
      groupLabel: texts.groupLabel,
      formHeading: texts.title,
      whenRequired: t.report.whenRequired,
      labels: observationLabels(t),
      placeholders: t.report.placeholders,
      add: texts.add,
      notAPerson: t.report.notAPerson,
    },
    notice: dialog.notice ?? '',
    groups: dialog.groups.map((group) => ({ id: group.id, name: group.name })),
    groupId: dialog.group.id,
    confirmNames: dialog.confirmNames?.join('|') ?? '',
    ...observationFormData(dialog.group, dialog.form, dialog.errors, t, now),
  });
}
