import type { Group } from '../domain/group';
import { renderCard, type AdaptiveCardJson } from './render';
import groupPickerTemplate from './templates/group-picker.json';

/**
 * A member of several groups chooses the group a command is about; the button runs `command` for
 * it (button titles are plain text, not Markdown).
 */
export function groupPickerCard(groups: Group[], question: string, command: string): AdaptiveCardJson {
  return renderCard(groupPickerTemplate, {
    question,
    command,
    groups: groups.map((group) => ({ id: group.id, name: group.name })),
  });
}
