import { z } from 'zod/v4';

/** A reporting area (Fagersta's template has six). Labels are the group's own data. */
export const areaSchema = z.object({ id: z.string(), label: z.string() });
export type Area = z.output<typeof areaSchema>;

/** Stable ids for area labels: lower-case ASCII slugs, unique within the group. */
export function areasFromLabels(labels: readonly string[]): Area[] {
  const used = new Set<string>();
  return labels.map((label) => {
    const base =
      label
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/\(.*?\)/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40) || 'omrade';
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return { id, label };
  });
}
