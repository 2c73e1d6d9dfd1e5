import { periodById } from '../../src/domain/periods';
import {
  emptyObservationForm,
  isFormStarted,
  reportContentHash,
  validateObservation,
  type Observation,
  type ObservationForm,
} from '../../src/domain/report';

const period = periodById(
  { anchorDate: '2025-12-29', lengthDays: 14, deadlineWeekday: 3, deadlineTime: '12:00' },
  '2026-W47',
)!;
const context = {
  areaIds: ['ordning', 'ungdomar'],
  eventTypeIds: ['klotter', 'inbrott'],
  omraden: ['Centrum', 'Västanfors'],
  period,
  now: new Date('2026-11-22T09:00:00Z'),
};
const valid: ObservationForm = {
  area: 'ordning',
  omrade: 'Centrum',
  omradeAnnat: '',
  plats: 'Stationsparken',
  datum: '2026-11-20',
  tidpunkt: 'kvall',
  beskrivning: 'Klotter vid busshållplatsen',
  bedomning: 'medel',
  trend: 'okar',
  polisanmalt: 'nej',
  handelsetyp: '',
  forslag: '',
};

const errorsOf = (form: Partial<ObservationForm>) => {
  const result = validateObservation({ ...valid, ...form }, context);
  return result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`);
};

describe('validating an observation', () => {
  test('when every field is valid, then the observation is accepted as typed values', () => {
    const result = validateObservation(valid, context);
    expect(result).toEqual({
      ok: true,
      observation: {
        areaId: 'ordning',
        omrade: 'Centrum',
        omradeIsOther: false,
        place: 'Stationsparken',
        date: '2026-11-20',
        timeOfDay: 'kvall',
        description: 'Klotter vid busshållplatsen',
        assessment: 'medel',
        trend: 'okar',
        policeReported: 'nej',
      },
    });
  });

  test('when a händelsetyp and a förslag på insats are given, then they are kept; an unknown type is refused', () => {
    const result = validateObservation({ ...valid, handelsetyp: 'klotter', forslag: 'Bättre belysning' }, context);
    expect(result.ok && result.observation).toMatchObject({
      eventTypeId: 'klotter',
      suggestedInsats: 'Bättre belysning',
    });
    expect(errorsOf({ handelsetyp: 'brand' })).toEqual(['handelsetyp:invalidChoice']);
    expect(errorsOf({ forslag: 'x'.repeat(301) })).toEqual(['forslag:tooLong']);
  });

  test('when the förslag på insats names a phone number, then it is refused and masked', () => {
    const result = validateObservation({ ...valid, forslag: 'Ring 070-123 45 67' }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([{ field: 'forslag', code: 'personalData', kinds: ['telefonnummer'] }]);
      expect(result.form.forslag).not.toContain('070');
    }
  });

  test('when an observation was stored before händelsetyper, then it hashes as it did', () => {
    const old = {
      id: 'o',
      areaId: 'a',
      omrade: 'C',
      omradeIsOther: false,
      description: 'd',
      assessment: 'lag',
      trend: 'okar',
      policeReported: 'nej',
    } as const;
    expect(reportContentHash(false, [{ ...old, eventTypeId: undefined, suggestedInsats: undefined }])).toBe(
      reportContentHash(false, [old]),
    );
  });

  test('when required fields are empty, then each is named', () => {
    expect(errorsOf({ area: '', omrade: '', beskrivning: '', bedomning: '' })).toEqual([
      'area:required',
      'omrade:required',
      'beskrivning:required',
      'bedomning:required',
    ]);
  });

  test('when a choice is not one the card offered, then it is refused', () => {
    expect(errorsOf({ area: 'hittepå', omrade: 'Stockholm', bedomning: 'extrem', tidpunkt: 'lunch' })).toEqual([
      'area:invalidChoice',
      'omrade:invalidChoice',
      'tidpunkt:invalidChoice',
      'bedomning:invalidChoice',
    ]);
  });

  test('when "annat" is chosen, then the own område text is required and used', () => {
    expect(errorsOf({ omrade: 'annat' })).toEqual(['omradeAnnat:required']);
    const result = validateObservation({ ...valid, omrade: 'annat', omradeAnnat: 'Kolbäck' }, context);
    expect(result.ok && result.observation).toMatchObject({ omrade: 'Kolbäck', omradeIsOther: true });
  });

  test('when neither date nor time of day is given, then när is asked for; either one is enough', () => {
    expect(errorsOf({ datum: '', tidpunkt: '' })).toEqual(['datum:whenRequired']);
    expect(errorsOf({ datum: '', tidpunkt: 'natt' })).toEqual([]);
    expect(errorsOf({ datum: '2026-11-21', tidpunkt: '' })).toEqual([]);
  });

  test('when the date is invalid, in the future or long before the period, then it is refused', () => {
    expect(errorsOf({ datum: '2026-02-30' })).toEqual(['datum:invalidDate']);
    expect(errorsOf({ datum: '2026-11-23' })).toEqual(['datum:futureDate']);
    expect(errorsOf({ datum: '2025-11-20' })).toEqual(['datum:dateTooEarly']);
  });

  test('when the description is 1,000 characters it passes; at 1,001 it is refused with the limit', () => {
    expect(errorsOf({ beskrivning: 'a'.repeat(1000) })).toEqual([]);
    const result = validateObservation({ ...valid, beskrivning: 'a'.repeat(1001) }, context);
    expect(result.ok ? [] : result.errors).toEqual([{ field: 'beskrivning', code: 'tooLong', max: 1000 }]);
  });

  test('when a free-text field holds personal data, then it is refused, named, and masked in the returned form', () => {
    const result = validateObservation(
      { ...valid, plats: 'Storgatan 12', beskrivning: 'Ägaren av ABC 123 ringde från 070-123 45 67' },
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { field: 'plats', code: 'personalData', kinds: ['adress'] },
      { field: 'beskrivning', code: 'personalData', kinds: ['registreringsnummer', 'telefonnummer'] },
    ]);
    expect(result.form.plats).toBe('[***]');
    expect(result.form.beskrivning).toBe('Ägaren av [***] ringde från [***]');
  });

  test('when only defaults are on the form, then it does not count as started', () => {
    expect(isFormStarted(emptyObservationForm())).toBe(false);
    expect(isFormStarted({ ...emptyObservationForm(), plats: 'Torget' })).toBe(true);
  });

  test('when two reports say the same with other ids, then their content hashes are equal', () => {
    const observation: Observation = {
      id: 'a',
      areaId: 'ordning',
      omrade: 'Centrum',
      omradeIsOther: false,
      description: 'Klotter',
      assessment: 'lag',
      trend: 'vet-ej',
      policeReported: 'nej',
    };
    expect(reportContentHash(false, [observation])).toBe(reportContentHash(false, [{ ...observation, id: 'b' }]));
    expect(reportContentHash(false, [observation])).not.toBe(
      reportContentHash(false, [{ ...observation, assessment: 'hog' }]),
    );
    expect(reportContentHash(true, [])).not.toBe(reportContentHash(false, []));
  });
});
