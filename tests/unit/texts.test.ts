import { CHART_LABEL_LENGTH, chartLabel, DEFAULT_AREA_LABELS } from '../../src/domain/group';
import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';

describe('counts in the texts', () => {
  test.each([
    ['sv', sv, 'observation', 'observationer', 'period', 'perioder'],
    ['en', en, 'observation', 'observations', 'period', 'periods'],
  ] as const)(
    'when a count is one, then the noun is singular, else plural (%s)',
    (_language, t, one, many, period, periods) => {
      expect(t.picture.headline(1, 0, 0, 0)).toMatch(new RegExp(`^1 ${one} `));
      expect(t.picture.headline(2, 0, 0, 0)).toMatch(new RegExp(`^2 ${many} `));
      expect(t.longReport.subtitle(1, 1)).toBe(`1 ${period}, 1 ${one}`);
      expect(t.longReport.subtitle(2, 0)).toBe(`2 ${periods}, 0 ${many}`);
      expect(t.longReport.periodValue(1, 2, 1)).toMatch(new RegExp(`, 1 ${one}$`));
      expect(t.receipt.observations(1)).toBe(`1 ${one}`);
      expect(t.insatser.effect({ kind: 'measured', direction: 'minskar', periods: 1, before: 1, after: 0 })).toMatch(
        new RegExp(`^1 ${one} .* 1 ${period} `),
      );
    },
  );
});

describe('chart labels of areas', () => {
  test('when the areas are the default template, then each has a short name that fits under a bar', () => {
    const labels = DEFAULT_AREA_LABELS.map(chartLabel);
    expect(labels).toEqual(['Ordning', 'Våld', 'Extrem', 'Unga', 'ANDT', 'Övrigt']);
    expect(labels.every((label) => label.length <= CHART_LABEL_LENGTH)).toBe(true);
  });

  test('when a kommun names its own area, then its first word is used, cut to fit', () => {
    expect(chartLabel('Trafik och buskörning')).toBe('Trafik');
    expect(chartLabel('Skadegörelse i centrum')).toBe('Skadegö');
  });
});
