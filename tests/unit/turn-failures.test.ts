import { withinDeadline } from '../../src/bot/card-actions';
import { failureOf } from '../../src/bot/turn';
import { AppError } from '../../src/errors';
import { textsFor } from '../../src/i18n';

describe('the one place a failed turn is answered', () => {
  const sv = textsFor('sv');

  test.each([
    [new AppError('storage', 'reports failed'), 'warn', 'storageUnavailable', sv.storageUnavailable],
    [new AppError('conflict', 'report: concurrent change (412)'), 'warn', 'conflict', sv.busyTryAgain],
    [
      new AppError('invalid_input', 'report not stored: observations.0.description'),
      'warn',
      'report not stored: observations.0.description',
      sv.invalidCard,
    ],
    [new AppError('configuration', 'no field schema'), 'error', 'fault', sv.somethingWentWrong],
    [new TypeError('undefined is not a function'), 'error', 'fault', sv.somethingWentWrong],
  ])(
    'when a turn fails with %s, then it is a %s with reason %s and the person reads the sentence for it',
    (error, level, reason, sentence) => {
      const failure = failureOf(error);
      expect({ level: failure.level, reason: failure.reason, sentence: failure.sentence(sv) }).toEqual({
        level,
        reason,
        sentence,
      });
    },
  );

  test('when a card action fails before its deadline, then the failure reaches the turn (it is not swallowed)', async () => {
    await expect(withinDeadline(Promise.reject(new AppError('storage', 'away')), 60_000)).rejects.toThrow('away');
  });
});
