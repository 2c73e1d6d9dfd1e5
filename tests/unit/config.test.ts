import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/load-config';
import { CONFIG_KEYS } from '../../src/config/schema';

const ROOT = join(__dirname, '..', '..');
const minimal = { STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' };
/** A kommun's own storage account, as production needs (the development storage is refused there). */
const azureStorage = {
  STORAGE_CONNECTION_STRING:
    'DefaultEndpointsProtocol=https;AccountName=kommun;AccountKey=a2V5;EndpointSuffix=core.windows.net',
};

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

  describe('production refuses what only belongs on a developer’s machine', () => {
    const production = {
      BOT_ID: '6f0d1c1e-3333-4c1e-8f0d-1c1e6f0d1c1e',
      BOT_TYPE: 'UserAssignedMSI',
      BOT_TENANT_ID: '6f0d1c1e-3333-4c1e-8f0d-1c1e6f0d1c1e',
      STORAGE_TABLE_ENDPOINT: 'https://lagesbildst.table.core.windows.net',
      STORAGE_BLOB_ENDPOINT: 'https://lagesbildst.blob.core.windows.net',
    };

    test('when production is configured with Azure Storage over https, then it loads', () => {
      expect(problemsOf(production)).toEqual([]);
    });

    test.each([
      [
        'UseDevelopmentStorage=true',
        {
          STORAGE_TABLE_ENDPOINT: '',
          STORAGE_BLOB_ENDPOINT: '',
          STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
        },
        /STORAGE_CONNECTION_STRING: pekar på utvecklingslagringen/,
      ],
      [
        'the Azurite account',
        {
          STORAGE_TABLE_ENDPOINT: '',
          STORAGE_BLOB_ENDPOINT: '',
          STORAGE_CONNECTION_STRING:
            'DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=abc;TableEndpoint=https://azurite.example/devstoreaccount1;',
        },
        /utvecklingslagringen/,
      ],
      [
        'an http connection string',
        {
          STORAGE_TABLE_ENDPOINT: '',
          STORAGE_BLOB_ENDPOINT: '',
          STORAGE_CONNECTION_STRING:
            'DefaultEndpointsProtocol=http;AccountName=kommun;AccountKey=abc;EndpointSuffix=core.windows.net',
        },
        /STORAGE_CONNECTION_STRING: ska använda https/,
      ],
      [
        'an http table endpoint',
        { STORAGE_TABLE_ENDPOINT: 'http://lagesbildst.table.core.windows.net' },
        /STORAGE_TABLE_ENDPOINT: ska vara https/,
      ],
      [
        'an http blob endpoint',
        { STORAGE_BLOB_ENDPOINT: 'http://10.1.2.3:10000/konto' },
        /STORAGE_BLOB_ENDPOINT: ska vara https/,
      ],
    ])('when production is given %s, then it refuses to start', (_what, change, message) => {
      expect(problemsOf({ ...production, ...change }).join('\n')).toMatch(message);
    });

    test('when production listens on loopback only (the tests), then Azurite is allowed', () => {
      expect(
        problemsOf({
          ...production,
          STORAGE_TABLE_ENDPOINT: '',
          STORAGE_BLOB_ENDPOINT: '',
          STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
          HOST: '127.0.0.1',
        }),
      ).toEqual([]);
    });

    test('when the anonymous local mode is started on App Service, then it refuses', () => {
      expect(problemsOf({ ...minimal, WEBSITE_SITE_NAME: 'lagesbild-fagersta' })).toEqual([
        'BOT_ID: krävs i Azure App Service (WEBSITE_SITE_NAME är satt): det anonyma lokala läget startar inte där',
      ]);
    });

    test('when the scheduler is off and there is no jobs secret, then it refuses: retention would silently stop', () => {
      expect(problemsOf({ ...minimal, SCHEDULER_ENABLED: 'false' }).join('\n')).toMatch(
        /JOBS_SECRET: krävs när SCHEDULER_ENABLED är false/,
      );
      expect(problemsOf({ ...minimal, SCHEDULER_ENABLED: 'false', JOBS_SECRET: 'a'.repeat(32) })).toEqual([]);
    });
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
    const config = loadConfig({ ...azureStorage, BOT_ID: 'app', BOT_PASSWORD: 'secret', BOT_TENANT_ID: 'tenant' });
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

  test('when a table endpoint is given instead of a connection string, then storage is reached with a managed identity', () => {
    const config = loadConfig({
      STORAGE_TABLE_ENDPOINT: 'https://stlagesbild.table.core.windows.net',
      STORAGE_BLOB_ENDPOINT: 'https://stlagesbild.blob.core.windows.net',
      STORAGE_MANAGED_IDENTITY_CLIENT_ID: '00000000-0000-0000-0000-000000000001',
    });
    expect(config.storage).toEqual({
      kind: 'identity',
      endpoint: 'https://stlagesbild.table.core.windows.net',
      blobEndpoint: 'https://stlagesbild.blob.core.windows.net',
      managedIdentityClientId: '00000000-0000-0000-0000-000000000001',
      tablePrefix: 'est',
    });
    expect(problemsOf({})).toEqual([
      'STORAGE_CONNECTION_STRING: saknas (anslutningssträng till Azure Table Storage, eller STORAGE_TABLE_ENDPOINT med managed identity) (hemligt värde, visas inte)',
    ]);
    expect(problemsOf({ ...minimal, STORAGE_TABLE_ENDPOINT: 'https://x.table.core.windows.net' })).toEqual([
      'STORAGE_TABLE_ENDPOINT: ange antingen STORAGE_CONNECTION_STRING eller STORAGE_TABLE_ENDPOINT, inte båda',
    ]);
    // The Word documents need the account's blob endpoint too; a connection string names its own.
    expect(problemsOf({ STORAGE_TABLE_ENDPOINT: 'https://x.table.core.windows.net' })).toEqual([
      'STORAGE_BLOB_ENDPOINT: krävs med STORAGE_TABLE_ENDPOINT (för Word-dokumenten som samordnaren laddar ner)',
    ]);
    expect(problemsOf({ ...minimal, STORAGE_BLOB_ENDPOINT: 'https://x.blob.core.windows.net' })).toEqual([
      'STORAGE_BLOB_ENDPOINT: med STORAGE_CONNECTION_STRING kommer blob-adressen från anslutningssträngen',
    ]);
    expect(problemsOf({ STORAGE_TABLE_ENDPOINT: 'stlagesbild' })[0]).toMatch(
      /^STORAGE_TABLE_ENDPOINT: ska vara en adress/,
    );
  });

  test('when tenants are configured, then only they are allowed; a single-tenant bot allows its own; a multi-tenant bot must say', () => {
    const bot = { ...azureStorage, BOT_ID: 'app', BOT_PASSWORD: 'secret' };
    expect(loadConfig(minimal).allowedTenants).toBe('any');
    expect(loadConfig({ ...bot, BOT_TENANT_ID: 'AAAAAAAA-0000-0000-0000-000000000001' }).allowedTenants).toEqual([
      'aaaaaaaa-0000-0000-0000-000000000001',
    ]);
    expect(
      loadConfig({
        ...bot,
        BOT_TYPE: 'MultiTenant',
        ALLOWED_TENANT_IDS: 'aaaaaaaa-0000-0000-0000-000000000001; bbbbbbbb-0000-0000-0000-000000000002',
      }).allowedTenants,
    ).toEqual(['aaaaaaaa-0000-0000-0000-000000000001', 'bbbbbbbb-0000-0000-0000-000000000002']);
    expect(loadConfig({ ...bot, BOT_TYPE: 'MultiTenant', ALLOWED_TENANT_IDS: '*' }).allowedTenants).toBe('any');
    expect(problemsOf({ ...bot, BOT_TYPE: 'MultiTenant' })).toEqual([
      'ALLOWED_TENANT_IDS: krävs när BOT_TYPE är MultiTenant (de kommuners tenant-id:n som får använda boten, eller *)',
    ]);
    expect(problemsOf({ ...minimal, ALLOWED_TENANT_IDS: 'kommun; <script>' })[0]).toMatch(/^ALLOWED_TENANT_IDS:/);
  });

  test('when retention is not set, then raw reports are kept 24 months; fewer than 3 is refused', () => {
    expect(loadConfig(minimal).retentionMonths).toBe(24);
    expect(loadConfig({ ...minimal, RETENTION_MONTHS: '6' }).retentionMonths).toBe(6);
    expect(problemsOf({ ...minimal, RETENTION_MONTHS: '1' })[0]).toMatch(/^RETENTION_MONTHS:/);
  });
});
