import { createLogger } from '../../src/logger';
import { storageAwayReporter } from '../../src/scheduler';

describe('the scheduler while the storage is away', () => {
  test('when jobs fail on storage every minute for ten minutes, then one warn line a minute says so, and one line when it is back', () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
    let now = 0;
    const reporter = storageAwayReporter(logger, () => now);
    for (let second = 0; second < 600; second += 30) {
      now = second * 1000;
      reporter.failed(second % 60 === 0 ? 'tick' : 'police');
    }
    const warnings = lines.filter((line) => line.level === 40);
    expect(warnings).toHaveLength(10);
    expect(warnings[1]).toMatchObject({ failures: 2, reason: 'storageUnavailable' });
    expect(lines.some((line) => Number(line.level) >= 50)).toBe(false);
    now = 600_000;
    reporter.back();
    reporter.back();
    expect(lines.filter((line) => line.msg === 'storage reachable again')).toEqual([
      expect.objectContaining({ awaySeconds: 600 }),
    ]);
  });
});
