import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/load-config';
import { CONFIG_KEYS } from '../../src/config/schema';

const ROOT = join(__dirname, '..', '..');
const minimal = { STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  test('when .env.example is read, then it documents exactly the keys of the schema', () => {
    const documented = readFileSync(join(ROOT, '.env.example'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.slice(0, line.indexOf('=')));
    expect([...documented].sort()).toEqual([...CONFIG_KEYS].sort());
  });

  test('when .env.example is loaded as it is, then it is a valid configuration', () => {
    const env: Record<string, string> = {};
    for (const line of readFileSync(join(ROOT, '.env.example'), 'utf8').split('\n')) {
      const match = /^([A-Z_]+)=(.*)$/.exec(line);
      if (match) env[match[1]] = match[2];
    }
    expect(() => loadConfig(env)).not.toThrow();
  });

  test('when only storage is configured, then the defaults give anonymous mode on loopback with Fagersta’s template', () => {
    const config = loadConfig(minimal);
    expect(config.bot).toBeUndefined();
    expect(config.server).toEqual({ port: 3978, host: '127.0.0.1' });
    expect(config.groupDefaults.areas).toHaveLength(6);
    expect(config.groupDefaults.areas[4]).toBe('ANDT (alkohol, narkotika, dopning, tobak)');
    expect(config.groupDefaults.schedule).toEqual({
      anchorDate: '2025-12-29',
      lengthDays: 14,
      promptWeekday: 1,
      promptTime: '08:00',
      reminderWeekday: 2,
      reminderTime: '12:00',
      deadlineWeekday: 3,
      deadlineTime: '12:00',
    });
    expect(config.jobs).toEqual({ secret: undefined, schedulerEnabled: true, tickBudgetSeconds: 50 });
    expect(config.sending).toEqual({
      perTenantPerSecond: 50,
      perConversationPerSecond: 7,
      concurrency: 16,
      maxAttempts: 6,
      leaseSeconds: 60,
    });
  });

  test('when a bot id is configured, then the bot listens on all interfaces unless told otherwise', () => {
    const config = loadConfig({ ...minimal, BOT_ID: 'app', BOT_PASSWORD: 'secret', BOT_TENANT_ID: 'tenant' });
    expect(config.server.host).toBe('0.0.0.0');
    expect(config.bot).toEqual({ appId: 'app', password: 'secret', type: 'SingleTenant', tenantId: 'tenant' });
  });

  test('when anonymous mode is asked to listen beyond loopback, then that is refused', () => {
    expect(problemsOf({ ...minimal, HOST: '0.0.0.0' })).toEqual([
      'HOST: utan BOT_ID körs boten anonymt och lyssnar bara på loopback (127.0.0.1)',
    ]);
  });

  test('when several values are wrong, then every problem is listed, in Swedish, without secret values', () => {
    const problems = problemsOf({
      BOT_ID: 'app',
      BOT_PASSWORD: '',
      PORT: 'abc',
      PERIOD_ANCHOR: '2026-01-01',
      PERIOD_LENGTH_DAYS: '10',
      DEADLINE_TIME: '25:00',
      TABLE_PREFIX: 'my-prefix',
    });
    const keys = problems.map((problem) => problem.split(':')[0]).sort();
    expect(keys).toEqual(
      [
        'BOT_PASSWORD',
        'BOT_TENANT_ID',
        'DEADLINE_TIME',
        'PERIOD_ANCHOR',
        'PERIOD_LENGTH_DAYS',
        'PORT',
        'STORAGE_CONNECTION_STRING',
        'TABLE_PREFIX',
      ].sort(),
    );
    expect(problems.join('\n')).toContain('PERIOD_ANCHOR: ska vara en måndag');
  });

  test('when a secret value is malformed, then the message never contains it', () => {
    const secret = 'DefaultEndpointsProtocol=https;AccountKey=TOPSECRET';
    const problems = problemsOf({ STORAGE_CONNECTION_STRING: secret, PORT: '-1' });
    expect(problems.join('\n')).not.toContain('TOPSECRET');
  });

  test('when the service starts with an invalid configuration, then it prints one message listing every problem and exits non-zero', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'src', 'index.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', BOT_ID: 'app', BOT_PASSWORD: 'hemligt-värde', PORT: 'x' },
      timeout: 15000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Ogiltig konfiguration:');
    expect(result.stderr).toContain('PORT:');
    expect(result.stderr).toContain('BOT_TENANT_ID: krävs när BOT_TYPE är SingleTenant');
    expect(result.stderr).toContain('STORAGE_CONNECTION_STRING:');
    expect(result.stderr).not.toContain('hemligt-värde');
    expect(result.stdout).toBe('');
  });
});
