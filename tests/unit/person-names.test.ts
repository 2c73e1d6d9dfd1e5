import { findPersonNames, NAME_LIST_SIZES } from '../../src/domain/person-names';
import { findPersonalData } from '../../src/domain/privacy';
import { placesOnly, pointsOut } from '../fixtures/name-corpus';

const KNOWN_PLACES = ['Centrum', 'Stationsparken', 'Kolarbyn', 'Västanfors', 'Brukstorget', 'Norrby'];
const words = (text: string, options: { knownPlaces?: string[]; confirmed?: string[] } = {}) =>
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

describe('the detector at its edges', () => {
  test.each([
    ['Gustav Adolfs torg', []],
    ['Stök vid Karl Johans park i natt', []],
    ['Olof Palmes plats och Sankt Olofs kyrka', []],
    ['Kristinaskolan och Anna Lindh-skolan', []],
    ['Inga nya händelser vid Karl XI:s gata', []],
    ['Pizzeria Maria och Clas Ohlson', []],
    ['Kommunpolisen och fältarna var på plats', []],
    ['Hans bil stod parkerad vid Centrum', []],
    ['Per vecka kommer fler klagomål', []],
    ['Rapporten heter: Orsaksanalys i lokalt arbete', []],
    ['Arbetsprocessen följer EST-metoden', []],
    ['Person i 20-årsåldern sov i trapphuset', []],
  ])('when the text is %j, then no name is flagged', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test.each([
    ['Kalle Andersson klottrade', ['Kalle Andersson']],
    ['Elin har synts med gänget', ['Elin']],
    ['Vi såg Kalle, Elin och Ahmed vid kiosken', ['Kalle', 'Elin', 'Ahmed']],
    ['kalle andersson var där igen', ['kalle andersson']],
    ['Anna-Karin Svensson ringde', ['Anna-Karin Svensson']],
    ['Han som heter Robin bråkar', ['Robin']],
    ['Killen kallas "Kocken"', ['Kocken']],
    ['Familjen Gustafsson i Kolarbyn', ['Familjen Gustafsson']],
    ['Elin, 16, hänger vid macken', ['Elin']],
    ['16-årige Elias har hotat', ['Elias']],
    ['Sent i går såg vi Johansson vid bussen', ['Johansson']],
    ['Petterssons hund bet ett barn', ['Petterssons']],
    ['Niklas Berg avvisades', ['Niklas Berg']],
  ])('when the text is %j, then %j is flagged', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test('when the name is one of the group’s own places, then it is not flagged', () => {
    expect(words('Oro vid Elins backe', { knownPlaces: ['Elins backe'] })).toEqual([]);
    expect(words('Oro vid Lindbergs gård')).toEqual([]);
  });

  test('when the member confirmed the words are no person, then they are not flagged again, but other names are', () => {
    expect(words('Kalle Andersson klottrade', { confirmed: ['kalle andersson'] })).toEqual([]);
    expect(words('Kalle Andersson och Elin klottrade', { confirmed: ['Kalle Andersson'] })).toEqual(['Elin']);
  });
});

describe('the guard', () => {
  test('when a text names a person, then findPersonalData reports a name after the numbers', () => {
    const findings = findPersonalData('Kalle Andersson ringde från 070-123 45 67');
    expect(findings.map((finding) => finding.kind)).toEqual(['namn', 'telefonnummer']);
  });

  test('when a field holds a member’s name by design, then names are not looked for', () => {
    expect(findPersonalData('Siv Skola', { names: false })).toEqual([]);
  });
});
