import { periodById, periodContaining } from '../../src/domain/periods';
import { dueDispatches, groupScheduleSchema, periodInstants, type GroupSchedule } from '../../src/domain/schedule';
import { sv } from '../../src/i18n/sv';

const schedule: GroupSchedule = {
  anchorDate: '2025-12-29',
  lengthDays: 14,
  promptWeekday: 1,
  promptTime: '08:00',
  reminderWeekday: 2,
  reminderTime: '12:00',
  deadlineWeekday: 3,
  deadlineTime: '12:00',
};
const utc = (iso: string) => new Date(iso);
const kinds = (at: string, custom = schedule) =>
  dueDispatches(custom, utc(at)).map((due) => `${due.period.id}:${due.kind}`);

describe('the cycle’s schedule in Europe/Stockholm', () => {
  test('when period v47–48 2026 ends, then its prompt is Monday 08:00, reminder Tuesday 12:00 and deadline Wednesday 12:00 (CET)', () => {
    const instants = periodInstants(schedule, periodById(schedule, '2026-W47')!);
    expect(instants.promptAt.toISOString()).toBe('2026-11-30T07:00:00.000Z');
    expect(instants.reminderAt.toISOString()).toBe('2026-12-01T11:00:00.000Z');
    expect(instants.deadline.toISOString()).toBe('2026-12-02T11:00:00.000Z');
  });

  test('when the instant is one second before, at, and after each time, then exactly what is due is due', () => {
    expect(kinds('2026-11-30T06:59:59Z')).toEqual([]);
    expect(kinds('2026-11-30T07:00:00Z')).toEqual(['2026-W47:prompt']);
    expect(kinds('2026-12-01T10:59:59Z')).toEqual(['2026-W47:prompt']);
    expect(kinds('2026-12-01T11:00:00Z')).toEqual(['2026-W47:prompt', '2026-W47:reminder']);
    expect(kinds('2026-12-02T10:59:59Z')).toEqual(['2026-W47:prompt', '2026-W47:reminder']);
    expect(kinds('2026-12-02T11:00:00Z')).toEqual([]);
  });

  test('when summer time begins on the Sunday of the week after the period, then a Sunday deadline is 12:00 summer time', () => {
    // Period v11–12 2026 ends Monday 23 March; summer time begins Sunday 29 March at 02:00.
    const sunday = { ...schedule, deadlineWeekday: 7, deadlineTime: '12:00' };
    const instants = periodInstants(sunday, periodById(sunday, '2026-W11')!);
    expect(instants.promptAt.toISOString()).toBe('2026-03-23T07:00:00.000Z');
    expect(instants.deadline.toISOString()).toBe('2026-03-29T10:00:00.000Z');
  });

  test('when winter time begins in the week after the period, then times are winter time from that Sunday', () => {
    // Period v41–42 2026 ends Monday 19 October; winter time begins Sunday 25 October at 03:00.
    const sunday = { ...schedule, deadlineWeekday: 7, deadlineTime: '12:00' };
    const instants = periodInstants(sunday, periodById(sunday, '2026-W41')!);
    expect(instants.promptAt.toISOString()).toBe('2026-10-19T06:00:00.000Z');
    expect(instants.deadline.toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  test('when a period ends in week 53, then its prompt goes out on Monday 28 December; the next ends in week 2 of 2027', () => {
    const w51 = periodById(schedule, '2026-W51')!;
    expect(periodInstants(schedule, w51).promptAt.toISOString()).toBe('2026-12-28T07:00:00.000Z');
    const w53 = periodContaining(schedule, utc('2026-12-31T12:00:00Z'));
    expect(sv.periodLabel(w53)).toBe('v53 2026–v1 2027');
    expect(periodInstants(schedule, w53).promptAt.toISOString()).toBe('2027-01-11T07:00:00.000Z');
    expect(kinds('2027-01-11T07:00:00Z')).toEqual(['2026-W53:prompt']);
  });

  test('when the cadence is weekly, then every week has its round', () => {
    const weekly = { ...schedule, lengthDays: 7 };
    expect(kinds('2026-11-23T07:00:00Z', weekly)).toEqual(['2026-W47:prompt']);
    expect(kinds('2026-11-30T07:00:00Z', weekly)).toEqual(['2026-W48:prompt']);
  });

  test('when a schedule puts the reminder before the prompt, or the deadline before the reminder, or starts on a Tuesday, then it is refused', () => {
    const codes = (input: Partial<Record<keyof GroupSchedule, unknown>>) => {
      const result = groupScheduleSchema.safeParse({ ...schedule, ...input });
      return result.success ? [] : result.error.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`);
    };
    expect(codes({})).toEqual([]);
    expect(codes({ reminderWeekday: 1, reminderTime: '07:00' })).toEqual(['reminderWeekday:reminderAfterPrompt']);
    expect(codes({ deadlineWeekday: 2, deadlineTime: '11:00' })).toEqual(['deadlineWeekday:deadlineAfterReminder']);
    expect(codes({ anchorDate: '2025-12-30' })).toEqual(['anchorDate:monday']);
    expect(codes({ lengthDays: 10, promptTime: '8:00', deadlineWeekday: 8 })).toEqual([
      'lengthDays:length',
      'promptTime:time',
      'deadlineWeekday:weekday',
    ]);
  });
});
