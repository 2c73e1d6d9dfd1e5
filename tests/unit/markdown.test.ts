import { markdownLink, markdownUrl, md } from '../../src/cards/markdown';

describe('escaping for Teams Markdown', () => {
  test.each([
    ['[Läs mer](https://evil.example/x)', '\\[Läs mer\\](https://evil.example/x)'],
    ['**viktigt**', '\\*\\*viktigt\\*\\*'],
    ['_kursiv_ och ~~struken~~', '\\_kursiv\\_ och \\~\\~struken\\~\\~'],
    ['`kod`', '\\`kod\\`'],
    ['<https://evil.example>', '\\<https://evil.example\\>'],
    ['- inte en lista', '\\- inte en lista'],
    ['rad ett\n# rubrik\n> citat\n+ punkt', 'rad ett\n\\# rubrik\n\\> citat\n\\+ punkt'],
    ['12. januari brann det', '12\\. januari brann det'],
    ['a\\b', 'a\\\\b'],
    ['| tabell |', '\\| tabell \\|'],
  ])('when a text holds %j, then it is shown as typed', (input, expected) => {
    expect(md(input)).toBe(expected);
  });

  test('when a text is plain Swedish, then it is unchanged', () => {
    const text = 'Klotter på gaveln vid Stationsparken, 3 tillfällen (kväll). Ökning - troligen samma grupp.';
    expect(md(text)).toBe(text);
  });

  test('when escaped text is put in a link of the card’s own, then no link of the member’s remains', () => {
    const hostile = 'Se [här](https://evil.example/?a=(b)) och ](javascript:alert(1))';
    const escaped = md(hostile);
    expect(escaped).not.toMatch(/(?<!\\)\[/);
    expect(escaped).not.toMatch(/(?<!\\)\]/);
  });
});

describe('link targets', () => {
  test('when a police URL holds parentheses or spaces, then they are percent-encoded so the link is not cut', () => {
    expect(markdownUrl('https://polisen.se/aktuellt/handelser/2026/december/5/brand-(fagersta)/')).toBe(
      'https://polisen.se/aktuellt/handelser/2026/december/5/brand-%28fagersta%29/',
    );
    expect(markdownUrl('https://polisen.se/a b[c]<d>')).toBe('https://polisen.se/a%20b%5Bc%5D%3Cd%3E');
  });

  test('when a URL is not http(s), then there is no link, only the text', () => {
    expect(markdownUrl('javascript:alert(1)')).toBe('');
    expect(markdownUrl('inte en adress')).toBe('');
    expect(markdownLink('Brand [Fagersta]', 'javascript:alert(1)')).toBe('Brand \\[Fagersta\\]');
  });

  test('when the link is built, then its text is escaped and its target safe', () => {
    expect(markdownLink('Rån **Fagersta**', 'https://polisen.se/x_(y)')).toBe(
      '[Rån \\*\\*Fagersta\\*\\*](https://polisen.se/x%5F%28y%29)',
    );
  });
});
