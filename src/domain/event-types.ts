import { z } from 'zod/v4';
import { areasFromLabels } from './areas';

/**
 * Händelsetyper: what kind of event an observation is (klotter, inbrott, …). Each group keeps its
 * own list; a type the samordnare removes is retired, never deleted, so that every stored
 * observation keeps its meaning and is still counted under its name.
 */
export const eventTypeSchema = z.object({
  id: z.string().min(1).max(60),
  label: z.string().min(1).max(60),
  retired: z.boolean(),
});
export type EventType = z.infer<typeof eventTypeSchema>;

/** The domain's subtypes (see the domain README), the default list of a new group. */
export const DEFAULT_EVENT_TYPE_LABELS = [
  'Skadegörelse',
  'Klotter',
  'Anlagd brand',
  'Nedskräpning',
  'Otrygghetsskapande samling',
  'Bråk/misshandel',
  'Hot mot anställd',
  'Misstänkt droghantering',
  'Inbrott',
  'Olovlig trafik/höga hastigheter',
  'Otrygg fysisk miljö (belysning, skymd sikt)',
  'Övrigt',
] as const;

export const EVENT_TYPE_LIMITS = { label: 60, types: 40 } as const;

export function defaultEventTypes(): EventType[] {
  return areasFromLabels(DEFAULT_EVENT_TYPE_LABELS).map(({ id, label }) => ({ id, label, retired: false }));
}

/** The types a member chooses from today. */
export function activeEventTypes(types: readonly EventType[]): EventType[] {
  return types.filter((type) => !type.retired);
}

const key = (label: string) => label.trim().toLocaleLowerCase('sv');

/**
 * The list after the samordnare wrote `labels` (one per line): a known label (any case) keeps its
 * id and becomes active again; a new one gets a fresh id; a type no longer listed is retired.
 * Active types follow the order written; retired ones keep theirs, after them.
 */
export function changeEventTypes(current: readonly EventType[], labels: readonly string[]): EventType[] {
  const byLabel = new Map(current.map((type) => [key(type.label), type]));
  const wanted = [...new Map(labels.map((label) => [key(label), label.trim()])).values()].filter(Boolean);
  const taken = new Set(current.map((type) => type.id));
  const active: EventType[] = wanted.map((label) => {
    const known = byLabel.get(key(label));
    if (known) return { ...known, label, retired: false };
    const [{ id: base }] = areasFromLabels([label]);
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return { id, label, retired: false };
  });
  const kept = new Set(active.map((type) => type.id));
  const retired = current.filter((type) => !kept.has(type.id)).map((type) => ({ ...type, retired: true }));
  return [...active, ...retired];
}

/** The label of a stored type id; an id the list does not know (hand-edited data) reads as itself. */
export function eventTypeLabel(types: readonly EventType[], id: string): string {
  return types.find((type) => type.id === id)?.label ?? id;
}
