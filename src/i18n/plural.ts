/** "1 observation", "2 observationer": a count with the singular or plural form of its noun. */
export const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
