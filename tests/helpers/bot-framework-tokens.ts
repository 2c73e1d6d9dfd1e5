import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Bot Framework's token service, as far as a bot sees it: an OpenID metadata document and its
 * signing keys (endorsed for msteams) on 127.0.0.1, and tokens signed like the channel signs them.
 * The bot's SDK validates against it with its real code; only the addresses differ.
 */
export class BotFrameworkTokens {
  readonly kid = 'test-signing-key';
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server?: Server;

  /**
   * `issuer` is what the metadata document says: the Bot Framework's, or Entra ID's per-tenant
   * template (`https://login.test/{tenantid}/v2.0`) for the tab's single sign-on.
   */
  constructor(readonly issuer = 'https://api.botframework.test') {}

  get metadataUrl(): string {
    return `${this.base}/v1/.well-known/openidconfiguration`;
  }

  private get base(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('the token service is not started');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const json = (body: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.url === '/v1/.well-known/openidconfiguration')
        return json({
          issuer: this.issuer,
          jwks_uri: `${this.base}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        });
      if (req.url === '/v1/.well-known/keys')
        return json({
          keys: [
            { ...this.keys.publicKey.export({ format: 'jwk' }), kid: this.kid, use: 'sig', endorsements: ['msteams'] },
          ],
        });
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A token as the channel would send it to `appId` for activities from `serviceUrl`. */
  channelToken(appId: string, serviceUrl: string, change: Record<string, unknown> = {}): string {
    const now = Math.floor(Date.now() / 1000);
    return this.sign({
      iss: this.issuer,
      aud: appId,
      serviceurl: serviceUrl,
      nbf: now - 60,
      iat: now - 60,
      exp: now + 3600,
      ...change,
    });
  }

  /** Signs claims with RS256; `key` lets a test forge a token with a key that is not published. */
  sign(claims: Record<string, unknown>, key: KeyObject = this.keys.privateKey, kid = this.kid): string {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode(claims)}`;
    return `${unsigned}.${sign('sha256', Buffer.from(unsigned), key).toString('base64url')}`;
  }
}

/** Another key pair: what a forger has. */
export function forgersKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
}
