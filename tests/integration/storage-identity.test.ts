import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultAzureCredential, type AccessToken, type TokenCredential } from '@azure/identity';
import { azuriteArgs, freePorts, portOpen, waitFor } from '../../scripts/dev-stack';
import { loadConfig } from '../../src/config/load-config';
import { downloadStoreFor } from '../../src/storage/blob/download-store';
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
      tid: 'aaaaaaaa-0000-0000-0000-000000000001',
    };
    return {
      token: `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}.c2lnbmF0dXJl`,
      expiresOnTimestamp: (now + 3600) * 1000,
    };
  }
}

/** A browser's GET or PUT of a link, trusting this test's certificate. */
function fetchTrusting(
  url: URL | string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<{ status: number; headers: Headers; body: Buffer }>((resolve, reject) => {
    const request = httpsRequest(
      url,
      { method: init.method ?? 'GET', headers: init.headers, ca: certificate },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: new Headers(Object.entries(response.headers).map(([key, value]) => [key, String(value)])),
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(init.body);
  });
}
let certificate = '';

describe('Azure Storage by endpoint and managed identity', () => {
  const children: ChildProcess[] = [];
  let directory: string;
  let endpoint: string;
  let blobEndpoint: string;
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
    certificate = ca;
    const tls = ['--cert', join(directory, 'cert.pem'), '--key', join(directory, 'key.pem')];
    const [table, blob] = await freePorts(2);
    const ports = { table, blob };
    for (const service of ['table', 'blob'] as const) {
      const child = spawn(
        process.execPath,
        azuriteArgs(service, ports[service], ['--inMemoryPersistence', '--oauth', 'basic', ...tls]),
        { stdio: 'ignore' },
      );
      children.push(child);
      await waitFor(`Azurite (${service}) with OAuth`, portOpen(ports[service]), child);
    }
    endpoint = `https://127.0.0.1:${ports.table}/devstoreaccount1`;
    blobEndpoint = `https://127.0.0.1:${ports.blob}/devstoreaccount1`;
  });

  afterAll(() => {
    for (const child of children) child.kill('SIGINT');
    rmSync(directory, { recursive: true, force: true });
  });

  const storageConfig = () =>
    loadConfig({ STORAGE_TABLE_ENDPOINT: endpoint, STORAGE_BLOB_ENDPOINT: blobEndpoint, TABLE_PREFIX: 'identity' })
      .storage;

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
      STORAGE_BLOB_ENDPOINT: 'https://stlagesbild.blob.core.windows.net',
      STORAGE_MANAGED_IDENTITY_CLIENT_ID: '00000000-0000-0000-0000-000000000001',
    });
    const clients = tableClientsFor(config.storage);
    expect(clients.reports.url).toBe('https://stlagesbild.table.core.windows.net');
    expect(clients.reports.tableName).toBe('estReports');
    expect((clients.reports as unknown as { credential: unknown }).credential).toBeInstanceOf(DefaultAzureCredential);
  });

  describe('the downloads: a user-delegation link signed through the identity', () => {
    const file = {
      fileName: 'Tertialanalys T3 2026 · EST Fagersta.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      content: Buffer.from('PK-the-document'),
    };

    test('when a document is stored, then its link is a user-delegation SAS that reads it, and only it, over HTTPS', async () => {
      const identity = new StubManagedIdentity();
      const store = downloadStoreFor(storageConfig(), { credential: identity, ca });
      const link = await store.put(file);
      const url = new URL(link.url);
      expect(url.protocol).toBe('https:');
      expect(url.searchParams.get('skoid')).toBe('00000000-0000-0000-0000-000000000042');
      expect(url.searchParams.get('spr')).toBe('https');
      expect(url.searchParams.get('sp')).toBe('r');
      expect(link.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
      const response = await fetchTrusting(url);
      expect(response.status).toBe(200);
      expect(response.body.toString()).toBe('PK-the-document');
      expect(response.headers.get('content-disposition')).toContain(
        "filename*=UTF-8''Tertialanalys%20T3%202026%20EST%20Fagersta.docx",
      );
      // Writing with the read link is refused.
      expect(
        (await fetchTrusting(url, { method: 'PUT', body: 'x', headers: { 'x-ms-blob-type': 'BlockBlob' } })).status,
      ).toBe(403);
    });

    test('when the link is older than its lifetime, then the storage refuses it', async () => {
      const store = downloadStoreFor(storageConfig(), {
        credential: new StubManagedIdentity(),
        ca,
        now: () => new Date(Date.now() - 30 * 60_000),
      });
      const link = await store.put(file);
      expect(link.expiresAt.getTime()).toBeLessThan(Date.now());
      expect((await fetchTrusting(link.url)).status).toBe(403);
    });

    test('when the token is not for storage, then no key is given and no link is made', async () => {
      const store = downloadStoreFor(storageConfig(), {
        credential: new StubManagedIdentity('https://management.azure.com'),
        ca,
      });
      await expect(store.put(file)).rejects.toThrow();
    });
  });
});
