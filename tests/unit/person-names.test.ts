import { findPersonNames, NAME_LIST_SIZES } from '../../src/domain/person-names';
import { placesOnly, pointsOut } from '../fixtures/name-corpus';

const KNOWN_PLACES = ['Centrum', 'Stationsparken', 'Kolarbyn', 'Västanfors', 'Brukstorget', 'Norrby'];
const words = (text: string, options = {}) =>
  findPersonNames(text, { knownPlaces: KNOWN_PLACES, ...options }).map((f) => f.text);

describe('the name lists', () => {
  it('when loaded, then they hold at least 1,000 first names and 500 surnames', () => {
    expect(NAME_LIST_SIZES.firstNames).toBeGreaterThanOrEqual(1000);
    expect(NAME_LIST_SIZES.surnames).toBeGreaterThanOrEqual(500);
  });
});

describe('the corpus', () => {
  it('when every sentence is checked, then at least 95 % of those naming a person and at most 2 % of the others are flagged', () => {
    expect(pointsOut.length).toBeGreaterThanOrEqual(60);
    expect(placesOnly.length).toBeGreaterThanOrEqual(60);
    const missed = pointsOut.filter((sentence) => words(sentence).length === 0);
    const falseFlags = placesOnly.filter((sentence) => words(sentence).length > 0);
    const caught = (pointsOut.length - missed.length) / pointsOut.length;
    const falseRate = falseFlags.length / placesOnly.length;
    // The figures, printed for whoever runs the tests (the issue asks for both).
    process.stdout.write(
      `name guard: ${(caught * 100).toFixed(1)} % of ${pointsOut.length} flagged, ` +
        `${(falseRate * 100).toFixed(1)} % of ${placesOnly.length} false flags\n`,
    );
    expect({ missed }).toEqual({ missed: expect.any(Array) });
    expect(caught).toBeGreaterThanOrEqual(0.95);
    expect(falseRate).toBeLessThanOrEqual(0.02);
  });
});
