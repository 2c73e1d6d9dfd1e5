import { findPersonalData, maskPersonalData } from '../../src/domain/privacy';

const kinds = (text: string) => findPersonalData(text).map((finding) => finding.kind);

describe('privacy guard', () => {
  test.each([
    ['19811218-9876', 'personnummer'],
    ['198112189876', 'personnummer'],
    ['811218-9876', 'personnummer'],
    ['8112189876', 'personnummer'],
    ['811218+9876', 'personnummer'],
    ['20101010-1010', 'personnummer'],
    ['701063-2391', 'samordningsnummer'],
    ['19701063-2391', 'samordningsnummer'],
  ])('when the text contains %s, then a %s is found', (number, kind) => {
    expect(kinds(`Gruppen vid torget, en hade ${number} på ett papper.`)).toEqual([kind]);
  });

  test('when a number looks like a personnummer but its checksum is wrong, then it is not flagged as one', () => {
    expect(kinds('ärende 19811218-9875')).not.toContain('personnummer');
  });

  test.each([
    '070-123 45 67',
    '0701234567',
    '+46 70 123 45 67',
    '+46701234567',
    '0046 70 123 45 67',
    '08-123 456 78',
    '021-12 34 56',
    '+47 912 34 567',
  ])('when the text contains the phone number %s, then it is found', (phone) => {
    expect(kinds(`Ring ${phone} om det händer igen`)).toEqual(['telefonnummer']);
  });

  test.each(['kalle.anka@example.se', 'x_y+z@sub.domain.org'])(
    'when the text contains the e-mail %s, then it is found',
    (email) => {
      expect(kinds(`Tips från ${email} om klotter`)).toEqual(['epost']);
    },
  );

  test.each(['ABC 123', 'ABC123', 'MLB 12D', 'abc123', 'xyz 99a'.toUpperCase()])(
    'when the text contains the registration number %s, then it is found',
    (plate) => {
      expect(kinds(`En bil, ${plate}, körde för fort`)).toEqual(['registreringsnummer']);
    },
  );

  test.each(['Storgatan 12', 'Kungsvägen 4 B', 'Bensingatan 3'])(
    'when the text contains the address %s, then it is found',
    (address) => {
      expect(kinds(`Bråk utanför ${address} i natt`)).toEqual(['adress']);
    },
  );

  test.each([
    'Källarinbrott, klotter och höga hastigheter i Kolbäck',
    'Lite klotter i Hallstahammar samt höga hastigheter på bland annat Västeråsvägen och 252:an.',
    'Frivilliga funktionärer trygghetsvandrar vid området kring Bensingatan.',
    'Platser som undviks på kvällen på grund av skymd sikt, mörker och personer som beter sig otryggt.',
    'Ungdomar och droger i centrum, v47–48 2026, kl. 22.00–02.00, cirka 450 elever',
    'Hästvirus har stängt många stallar bland annat på Strömsholmsområdet.',
    'Narkotikasök med hund 2026-11-20 vid Stationsparken, 3 av 12 positiva',
    'Trygghetsvandring i Västanfors och Kolarbyn, minst två dialogtillfällen',
    'Polisen har träffat cirka 450 elever i årskurs 7–9 under vecka 12',
  ])('when the text is from the seeds or about places ("%s"), then it passes', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  test('when several kinds appear, then each is found once and masking keeps the rest of the text', () => {
    const text = 'Ring 070-123 45 67 eller mejla a@b.se om ABC 123';
    const findings = findPersonalData(text);
    expect(findings.map((finding) => finding.kind)).toEqual(['telefonnummer', 'epost', 'registreringsnummer']);
    expect(maskPersonalData(text, findings)).toBe('Ring [***] eller mejla [***] om [***]');
  });
});
