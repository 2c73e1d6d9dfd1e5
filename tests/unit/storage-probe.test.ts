import { withinDeadline } from '../../src/bot/card-actions';
import { FixedClock } from '../../src/domain/clock';
import { StorageProbe } from '../../src/services/storage-probe';

describe('the storage probe behind /healthz', () => {
  const clock = new FixedClock(new Date('2026-12-05T12:00:00Z'));
  let reads = 0;
  let failing = false;
  const read = () => {
    reads += 1;
    return failing ? Promise.reject(new Error('storage away')) : Promise.resolve();
  };

  beforeEach(() => {
    reads = 0;
    failing = false;
  });

  test('when health is asked many times, then storage is read only by the probe, never per request', async () => {
    const probe = new StorageProbe(read, clock);
    await probe.refresh();
    for (let n = 0; n < 100; n += 1) expect(probe.healthy()).toBe(true);
    expect(reads).toBe(1);
  });

  test('when the storage stops answering, then the next probe says unavailable; when it is back, healthy again', async () => {
    const probe = new StorageProbe(read, clock);
    await probe.refresh();
    failing = true;
    await probe.refresh();
    expect(probe.healthy()).toBe(false);
    failing = false;
    await probe.refresh();
    expect(probe.healthy()).toBe(true);
  });

  test('when no probe has finished for longer than the limit (one hangs), then it is unavailable', async () => {
    const probe = new StorageProbe(read, clock, { intervalMs: 5_000, maxAgeMs: 10_000 });
    await probe.refresh();
    clock.advance(10_000);
    expect(probe.healthy()).toBe(true);
    clock.advance(1);
    expect(probe.healthy()).toBe(false);
  });

  test('when nothing was probed yet, then it is not called healthy', () => {
    expect(new StorageProbe(read, clock).healthy()).toBe(false);
  });
});

describe('the deadline of a card action', () => {
  test('when the action never finishes (a storage that does not answer), then the answer is "late" and the action goes on', async () => {
    const never = new Promise<string>(() => undefined);
    expect(await withinDeadline(never, 5)).toEqual({ kind: 'late' });
  });

  test('when the action finishes, then its answer is given', async () => {
    expect(await withinDeadline(Promise.resolve('kort'), 60_000)).toEqual({ kind: 'done', value: 'kort' });
  });
});
