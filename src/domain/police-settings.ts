import { activeEventTypes } from './event-types';
import type { Group } from './group';
import { DEFAULT_POLICE_TYPE_MAP, defaultPoliceLocations, POLICE_LOCATION_LIMITS } from './police-events';
import { areaTarget, resolvePoliceTypeMap } from './police-section';
import { findPersonalData } from './privacy';

/** The group's police settings, with the defaults where the samordnare has set nothing. */
export function policeSettingsOf(group: Group): { locations: string[]; typeMap: Record<string, string> } {
  return {
    locations: group.police?.locations ?? defaultPoliceLocations(group.name),
    typeMap: resolvePoliceTypeMap(group.police?.typeMap, group.eventTypes, group.areas, DEFAULT_POLICE_TYPE_MAP),
  };
}

/** The settings form's two fields: location names one per line, and "polisens typ = händelsetyp" lines. */
export function policeForm(group: Group): { polisorter: string; polistyper: string } {
  const { locations, typeMap } = policeSettingsOf(group);
  const labels = new Map([
    ...group.eventTypes.map((type) => [type.id, type.label] as const),
    ...group.areas.map((area) => [areaTarget(area.id), area.label] as const),
  ]);
  return {
    polisorter: locations.join('\n'),
    polistyper: Object.entries(typeMap)
      .map(([policeType, id]) => `${policeType} = ${labels.get(id) ?? id}`)
      .join('\n'),
  };
}

export type PoliceFormError =
  | 'policeLocationsTooMany'
  | 'policeLocationTooLong'
  | 'policeTypeLine'
  | 'policeTypeUnknown'
  | 'policeTypesTooMany'
  | 'personalData';

/** At most this many "polisens typ = händelsetyp" lines (the police publish about 70 types). */
export const POLICE_TYPE_LINES = 150;

/** What the samordnare wrote, as settings, or the first thing wrong with it. */
export function parsePoliceForm(
  group: Group,
  form: { polisorter: string; polistyper: string },
):
  | { ok: true; police: NonNullable<Group['police']> }
  | { ok: false; field: 'polisorter' | 'polistyper'; error: PoliceFormError } {
  const locations = [
    ...new Set(
      form.polisorter
        .split(/[\n;]/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
  if (locations.length > POLICE_LOCATION_LIMITS.names)
    return { ok: false, field: 'polisorter', error: 'policeLocationsTooMany' };
  if (locations.some((name) => name.length > POLICE_LOCATION_LIMITS.length))
    return { ok: false, field: 'polisorter', error: 'policeLocationTooLong' };
  // Kommun names by definition (Nora, Mark and Berg are kommuner too): numbers and addresses only.
  if (locations.some((name) => findPersonalData(name, { names: false }).length > 0))
    return { ok: false, field: 'polisorter', error: 'personalData' };
  // A händelsetyp by its label, else an area of the template by its label.
  const byLabel = new Map([
    ...group.areas.map((area) => [area.label.toLocaleLowerCase('sv'), areaTarget(area.id)] as const),
    ...activeEventTypes(group.eventTypes).map((type) => [type.label.toLocaleLowerCase('sv'), type.id] as const),
  ]);
  const typeMap: Record<string, string> = {};
  const lines = form.polistyper
    .split('\n')
    .map((each) => each.trim())
    .filter(Boolean);
  if (lines.length > POLICE_TYPE_LINES) return { ok: false, field: 'polistyper', error: 'policeTypesTooMany' };
  for (const line of lines) {
    if (findPersonalData(line).length > 0) return { ok: false, field: 'polistyper', error: 'personalData' };
    const match = /^(.{1,100}?)\s*=\s*(.{1,60})$/.exec(line);
    if (!match) return { ok: false, field: 'polistyper', error: 'policeTypeLine' };
    const id = byLabel.get(match[2].trim().toLocaleLowerCase('sv'));
    if (!id) return { ok: false, field: 'polistyper', error: 'policeTypeUnknown' };
    typeMap[match[1].trim()] = id;
  }
  return { ok: true, police: { locations, typeMap } };
}
