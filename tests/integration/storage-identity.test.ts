import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultAzureCredential, type AccessToken, type TokenCredential } from '@azure/identity';
import { azuriteTableArgs, freePort, portOpen, waitFor } from '../../scripts/dev-stack';
import { loadConfig } from '../../src/config/load-config';
import { ensureTables, tableClientsFor, tableRepositories } from '../../src/storage/table';

/**
 * Storage in Azure: the table endpoint and an Entra ID token, no account key. Azurite checks
 * bearer tokens (audience, issuer, lifetime) when started with `--oauth basic`, which needs HTTPS,
 * so this test runs its own Azurite with a self-signed certificate. The credential stands in for
 * the managed identity: it hands out a token shaped like the one Entra ID gives for storage.
 */
class StubManagedIdentity implements TokenCredential {
  readonly scopesAsked: string[][] = [];
  constructor(private readonly audience = 'https://storage.azure.com') {}

  async getToken(scopes: string | string[]): Promise<AccessToken> {
    this.scopesAsked.push([scopes].flat());
    const now = Math.floor(Date.now() / 1000);
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = {
      aud: this.audience,
      iss: 'https://sts.windows.net/aaaaaaaa-0000-0000-0000-000000000001/',
      nbf: now - 60,
      iat: now - 60,
      exp: now + 3600,
      oid: '00000000-0000-0000-0000-000000000042',
    };
    return {
      token: `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}.c2lnbmF0dXJl`,
      expiresOnTimestamp: (now + 3600) * 1000,
    };
  }
}

describe('Azure Table Storage by endpoint and managed identity', () => {
  let azurite: ChildProcess;
  let directory: string;
  let endpoint: string;
  let ca: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'azurite-oauth-'));
    const openssl = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1']
        .concat(['-addext', 'subjectAltName=IP:127.0.0.1'])
        .concat(['-keyout', join(directory, 'key.pem'), '-out', join(directory, 'cert.pem')]),
      { encoding: 'utf8' },
    );
    if (openssl.status !== 0) throw new Error(`openssl failed: ${openssl.stderr}`);
    ca = readFileSync(join(directory, 'cert.pem'), 'utf8');
    const port = await freePort();
    azurite = spawn(
      process.execPath,
      azuriteTableArgs(port, ['--inMemoryPersistence', '--oauth', 'basic']).concat([
        '--cert',
        join(directory, 'cert.pem'),
        '--key',
        join(directory, 'key.pem'),
      ]),
      { stdio: 'ignore' },
    );
    endpoint = `https://127.0.0.1:${port}/devstoreaccount1`;
    await waitFor('Azurite with OAuth', portOpen(port), azurite);
  });

  afterAll(() => {
    azurite?.kill('SIGINT');
    rmSync(directory, { recursive: true, force: true });
  });

  const storageConfig = () => loadConfig({ STORAGE_TABLE_ENDPOINT: endpoint, TABLE_PREFIX: 'identity' }).storage;

  test('when the service is configured with a table endpoint, then it creates its tables and reads and writes with the identity’s token', async () => {
    const identity = new StubManagedIdentity();
    const clients = tableClientsFor(storageConfig(), { credential: identity, options: { tlsOptions: { ca } } });
    await ensureTables(clients);
    const repositories = tableRepositories(clients);
    await repositories.leases.acquire('probe', 'instance-a', new Date(Date.now() + 60_000), new Date());
    expect(await repositories.leases.acquire('probe', 'instance-b', new Date(Date.now() + 60_000), new Date())).toBe(
      false,
    );
    expect(identity.scopesAsked[0]).toEqual(['https://storage.azure.com/.default']);
  });

  test('when the token is not for storage, then Azurite refuses it and nothing is written', async () => {
    const clients = tableClientsFor(storageConfig(), {
      credential: new StubManagedIdentity('https://management.azure.com'),
      options: { tlsOptions: { ca } },
    });
    await expect(ensureTables(clients)).rejects.toThrow();
  });

  test('when no credential is given, then the managed identity of the configuration is used (DefaultAzureCredential with its client id)', () => {
    const config = loadConfig({
      STORAGE_TABLE_ENDPOINT: 'https://stlagesbild.table.core.windows.net',
      STORAGE_MANAGED_IDENTITY_CLIENT_ID: '00000000-0000-0000-0000-000000000001',
    });
    const clients = tableClientsFor(config.storage);
    expect(clients.reports.url).toBe('https://stlagesbild.table.core.windows.net');
    expect(clients.reports.tableName).toBe('estReports');
    expect((clients.reports as unknown as { credential: unknown }).credential).toBeInstanceOf(DefaultAzureCredential);
  });
});
