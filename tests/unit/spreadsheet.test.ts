import { formulaSafe } from '../../src/documents/spreadsheet';

describe('CSV cells a spreadsheet will not run', () => {
  test.each([
    ['=HYPERLINK("https://evil.example","Klicka")', '\'=HYPERLINK("https://evil.example","Klicka")'],
    ['+46 70 123', "'+46 70 123"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('when a cell is %j, then it starts with an apostrophe', (cell, expected) => {
    expect(formulaSafe(cell)).toBe(expected);
  });

  test.each(['Klotter vid busshållplatsen', '2026-W47', '', 'Centrum, Stationsparken', '3 = tre'])(
    'when a cell is %j, then it is unchanged',
    (cell) => {
      expect(formulaSafe(cell)).toBe(cell);
    },
  );
});
