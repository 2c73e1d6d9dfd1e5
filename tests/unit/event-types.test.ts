import { activeEventTypes, changeEventTypes, defaultEventTypes, eventTypeLabel } from '../../src/domain/event-types';

describe('händelsetyper', () => {
  test('when a group is new, then it has the domain’s twelve types, all active, with stable ids', () => {
    const types = defaultEventTypes();
    expect(types).toHaveLength(12);
    expect(types.every((type) => !type.retired)).toBe(true);
    expect(types.slice(0, 3).map((type) => type.id)).toEqual(['skadegorelse', 'klotter', 'anlagd-brand']);
  });

  test('when the samordnare leaves a type out, then it is retired and keeps its id and label', () => {
    const changed = changeEventTypes(defaultEventTypes(), ['Klotter', 'Inbrott']);
    expect(activeEventTypes(changed).map((type) => type.id)).toEqual(['klotter', 'inbrott']);
    expect(changed.find((type) => type.id === 'skadegorelse')).toEqual({
      id: 'skadegorelse',
      label: 'Skadegörelse',
      retired: true,
    });
    expect(changed).toHaveLength(12);
  });

  test('when a retired type is written again in another case, then it comes back under its old id', () => {
    const retired = changeEventTypes(defaultEventTypes(), ['Klotter']);
    const back = changeEventTypes(retired, ['klotter', 'INBROTT']);
    expect(activeEventTypes(back)).toEqual([
      { id: 'klotter', label: 'klotter', retired: false },
      { id: 'inbrott', label: 'INBROTT', retired: false },
    ]);
  });

  test('when a new type would take the id of a known one, then it gets an id of its own; duplicates count once', () => {
    const types = changeEventTypes(defaultEventTypes(), ['Klotter!', 'Klotter', 'klotter']);
    expect(activeEventTypes(types).map((type) => type.id)).toEqual(['klotter-2', 'klotter']);
  });

  test('when a stored id is not in the list, then it reads as itself', () => {
    expect(eventTypeLabel(defaultEventTypes(), 'klotter')).toBe('Klotter');
    expect(eventTypeLabel(defaultEventTypes(), 'okand')).toBe('okand');
  });
});
