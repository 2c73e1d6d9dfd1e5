import { randomUUID } from 'node:crypto';
import { Agent } from 'node:https';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  StorageSharedKeyCredential,
  newPipeline,
  type ContainerClient,
  type Pipeline,
  type UserDelegationKey,
} from '@azure/storage-blob';
import type { StorageConfig } from '../../config/load-config';
import { storageError } from '../table/common';

/**
 * Files a samordnare downloads (the report as a Word document), handed out as a short-lived link.
 *
 * The file goes to a private container under a random name; the link is a SAS that allows
 * reading that one blob, over HTTPS in Azure, and expires after `LINK_MINUTES`. In Azure it is a
 * **user-delegation SAS**: signed with a key the App Service's managed identity gets from Entra ID
 * (role "Storage Blob Data Contributor" on the account; no account key exists anywhere, shared-key
 * access is off). Locally (Azurite, a connection string) the same SAS is signed with Azurite's
 * published development key. Files are deleted by the daily retention job after `KEEP_HOURS`.
 */
export interface DownloadLink {
  url: string;
  expiresAt: Date;
}

export interface DownloadFile {
  /** The name the browser saves it as (the blob's Content-Disposition). */
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface DownloadStore {
  /** Stores the file and returns a link that reads only it and expires within `LINK_MINUTES`. */
  put(file: DownloadFile): Promise<DownloadLink>;
  /** Deletes the files stored more than `KEEP_HOURS` ago; returns how many. */
  deleteExpired(): Promise<number>;
}

/** How long a link works. The bound is 15 minutes; clocks may differ by a few. */
export const LINK_MINUTES = 10;
/** How long a file is kept after it was made (the retention job deletes it then). */
export const KEEP_HOURS = 24;
/** A SAS starts a little before now, so that a storage server whose clock is behind accepts it. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** A user-delegation key is asked for once per this span and reused for the links signed in it. */
const DELEGATION_KEY_MS = 60 * 60_000;

type Signer = (blobName: string, startsOn: Date, expiresOn: Date) => Promise<string>;

export class BlobDownloadStore implements DownloadStore {
  private ready: Promise<void> | undefined;

  /**
   * `now` is the wall clock, not the domain's: the storage service checks a link's times against
   * its own clock (tests give an earlier one to get a link that has already expired).
   */
  constructor(
    private readonly container: ContainerClient,
    private readonly sign: Signer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async put(file: DownloadFile): Promise<DownloadLink> {
    const now = this.now();
    await this.ensureContainer();
    const blobName = `${randomUUID()}/${safeFileName(file.fileName)}`;
    const blob = this.container.getBlockBlobClient(blobName);
    try {
      await blob.uploadData(file.content, {
        blobHTTPHeaders: {
          blobContentType: file.contentType,
          blobContentDisposition: contentDisposition(file.fileName),
          blobCacheControl: 'private, no-store',
        },
      });
    } catch (error) {
      throw storageError(error, 'upload a download');
    }
    const expiresAt = new Date(now.getTime() + LINK_MINUTES * 60_000);
    const sas = await this.sign(blobName, new Date(now.getTime() - CLOCK_SKEW_MS), expiresAt);
    return { url: `${blob.url}?${sas}`, expiresAt };
  }

  async deleteExpired(): Promise<number> {
    await this.ensureContainer();
    const instant = new Date(this.now().getTime() - KEEP_HOURS * 3600_000);
    let deleted = 0;
    try {
      for await (const item of this.container.listBlobsFlat()) {
        const made = item.properties.createdOn ?? item.properties.lastModified;
        if (made < instant) {
          await this.container.deleteBlob(item.name, { deleteSnapshots: 'include' });
          deleted += 1;
        }
      }
    } catch (error) {
      throw storageError(error, 'delete old downloads');
    }
    return deleted;
  }

  private ensureContainer(): Promise<void> {
    this.ready ??= this.container
      .createIfNotExists()
      .then(() => undefined)
      .catch((error: unknown) => {
        this.ready = undefined;
        throw storageError(error, 'create the downloads container');
      });
    return this.ready;
  }
}

/** A name without path or control characters, ending in its extension. */
function safeFileName(name: string): string {
  return (
    name
      .normalize('NFC')
      .replace(/[^\p{L}\p{N} ._–-]/gu, '')
      .replace(/\s+/g, ' ')
      .replace(/^[.\s]+/, '')
      .trim()
      .slice(0, 120) || 'dokument'
  );
}

/** `attachment` with an ASCII name and the UTF-8 one (RFC 6266), so that å, ä, ö survive. */
function contentDisposition(name: string): string {
  const safe = safeFileName(name);
  const ascii = safe.normalize('NFD').replace(/[^\x20-\x7e]/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}

/** Read, this one blob, from `startsOn` to `expiresOn`; HTTPS only where the endpoint is HTTPS. */
function readOnly(containerName: string, blobName: string, startsOn: Date, expiresOn: Date, https: boolean) {
  return {
    containerName,
    blobName,
    permissions: BlobSASPermissions.parse('r'),
    startsOn,
    expiresOn,
    protocol: https ? SASProtocol.Https : SASProtocol.HttpsAndHttp,
  };
}

/** Signs with the account key: Azurite locally (its published development key, not a secret). */
function sharedKeySigner(containerName: string, credential: StorageSharedKeyCredential, https: boolean): Signer {
  return (blobName, startsOn, expiresOn) =>
    Promise.resolve(
      generateBlobSASQueryParameters(
        readOnly(containerName, blobName, startsOn, expiresOn, https),
        credential,
      ).toString(),
    );
}

/** Signs with a user-delegation key from Entra ID, asked for once an hour and reused until then. */
function userDelegationSigner(service: BlobServiceClient, containerName: string, https: boolean): Signer {
  let cached: { key: UserDelegationKey; until: number } | undefined;
  return async (blobName, startsOn, expiresOn) => {
    if (!cached || cached.until < expiresOn.getTime()) {
      const keyExpires = new Date(startsOn.getTime() + DELEGATION_KEY_MS + CLOCK_SKEW_MS);
      try {
        const key = await service.getUserDelegationKey(startsOn, keyExpires);
        cached = { key, until: keyExpires.getTime() };
      } catch (error) {
        throw storageError(error, 'get a user delegation key');
      }
    }
    return generateBlobSASQueryParameters(
      {
        ...readOnly(containerName, blobName, startsOn, expiresOn, https),
        // The version the key was issued under (in Azure the client's own; Azurite derives the
        // key from it, so a newer client version would not verify there).
        version: cached.key.signedVersion,
      },
      cached.key,
      service.accountName,
    ).toString();
  };
}

/** The container's name: the tables' prefix, lower case, and `-downloads`. */
export const downloadContainerName = (tablePrefix: string) => `${tablePrefix.toLowerCase()}-downloads`;

/**
 * Sends every request through an HTTPS agent that trusts `ca` (an endpoint with a private
 * certificate, as the tests' Azurite; the blob client has no TLS option of its own).
 */
function trusting(pipeline: Pipeline, ca: string): Pipeline {
  const agent = new Agent({ ca, keepAlive: true });
  pipeline.factories.unshift({
    create: (next) => ({
      sendRequest: (request) => {
        request.agent = agent;
        return next.sendRequest(request);
      },
    }),
  });
  return pipeline;
}

/**
 * The store the configuration asks for. Overrides for tests: `credential` replaces the managed
 * identity, `ca` is trusted for the endpoint, `now` is the clock links are signed with.
 */
export function downloadStoreFor(
  storage: StorageConfig,
  overrides: { credential?: TokenCredential; ca?: string; now?: () => Date } = {},
): DownloadStore {
  const containerName = downloadContainerName(storage.tablePrefix);
  if (storage.kind === 'connectionString') {
    const service = BlobServiceClient.fromConnectionString(storage.connectionString);
    if (!(service.credential instanceof StorageSharedKeyCredential)) {
      throw new Error('STORAGE_CONNECTION_STRING needs an AccountKey to sign download links');
    }
    const https = service.url.startsWith('https:');
    return new BlobDownloadStore(
      service.getContainerClient(containerName),
      sharedKeySigner(containerName, service.credential, https),
      overrides.now,
    );
  }
  const credential =
    overrides.credential ?? new DefaultAzureCredential({ managedIdentityClientId: storage.managedIdentityClientId });
  const pipeline = newPipeline(credential);
  const service = new BlobServiceClient(
    storage.blobEndpoint,
    overrides.ca ? trusting(pipeline, overrides.ca) : pipeline,
  );
  return new BlobDownloadStore(
    service.getContainerClient(containerName),
    userDelegationSigner(service, containerName, storage.blobEndpoint.startsWith('https:')),
    overrides.now,
  );
}
