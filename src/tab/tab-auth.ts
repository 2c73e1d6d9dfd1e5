import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod/v4';
import type { TabConfig } from '../config/load-config';
import type { Clock } from '../domain/clock';

/** Who asks: the member key the bot knows them by (their Entra object id). */
export interface TabIdentity {
  memberKey: string;
}

export type TabAuthResult = { ok: true; identity: TabIdentity } | { ok: false; reason: TabRefusal };
export type TabRefusal = 'noToken' | 'invalidToken' | 'issuer' | 'tenant' | 'off';

export interface TabAuthenticator {
  /** The identity in an `Authorization: Bearer` header; a refusal never says more than its reason. */
  identify(authorization: string | undefined): Promise<TabAuthResult>;
}

/**
 * The Agents Playground's user, who the tab serves in local anonymous mode (loopback only, as the
 * bot); `npm run demo` makes them the demo group's samordnare.
 */
export const LOCAL_TAB_USER = '00000000-0000-0000-0000-0000000000020';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const metadataSchema = z.object({ issuer: z.string().min(1).max(500), jwks_uri: z.url({ protocol: /^https?$/ }) });
/** `oid` is a GUID in Entra ID; any plain id is taken (the Playground's users have longer ones). */
const claimsSchema = z.object({
  tid: z.string().regex(GUID),
  oid: z.string().regex(/^[A-Za-z0-9-]{1,128}$/),
  iss: z.string(),
});
/** Signing keys change rarely; Entra publishes new ones well ahead. */
const KEYS_CACHE_MS = 10 * 60_000;
const FETCH_TIMEOUT_MS = 5_000;

const refuse = (reason: TabRefusal): TabAuthResult => ({ ok: false, reason });

function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9_.-]{20,8192})$/.exec(header ?? '');
  return match?.[1];
}

/**
 * Teams single sign-on: the token `authentication.getAuthToken()` gives the tab, checked against
 * Entra ID's published keys (RS256 only), for the tab's application ID URI (or its app id), not
 * expired, issued by the token's own tenant's issuer, and from an allowed tenant. A fault of the
 * key service (unreachable, timed out) is thrown: the route answers 503, not 401.
 */
export function ssoAuthenticator(options: {
  appIdUri: string;
  appId: string;
  metadataUrl: string;
  allowedTenants: readonly string[] | 'any';
  clock: Clock;
}): TabAuthenticator {
  let keys: Promise<{ issuer: string; jwks: JWTVerifyGetKey }> | undefined;
  const load = () => {
    keys ??= (async () => {
      const response = await fetch(options.metadataUrl, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`OpenID metadata answered ${response.status}`);
      const metadata = metadataSchema.parse(await response.json());
      const jwks = createRemoteJWKSet(new URL(metadata.jwks_uri), {
        timeoutDuration: FETCH_TIMEOUT_MS,
        cacheMaxAge: KEYS_CACHE_MS,
      });
      return { issuer: metadata.issuer, jwks };
    })().catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    return keys;
  };
  return {
    async identify(authorization) {
      const token = bearer(authorization);
      if (!token) return refuse('noToken');
      const { issuer, jwks } = await load();
      let payload: unknown;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          audience: [options.appIdUri, options.appId],
          algorithms: ['RS256'],
          currentDate: options.clock.now(),
          clockTolerance: 60,
          requiredClaims: ['exp', 'iat'],
        }));
      } catch (error) {
        if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) throw error;
        return refuse('invalidToken');
      }
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) return refuse('invalidToken');
      const tenant = claims.data.tid.toLowerCase();
      if (claims.data.iss !== issuer.replace('{tenantid}', tenant)) return refuse('issuer');
      if (options.allowedTenants !== 'any' && !options.allowedTenants.includes(tenant)) return refuse('tenant');
      return { ok: true, identity: { memberKey: claims.data.oid } };
    },
  };
}

/** The authenticator the configuration asks for. */
export function tabAuthenticator(
  config: TabConfig['auth'],
  allowedTenants: readonly string[] | 'any',
  clock: Clock,
): TabAuthenticator {
  if (config.kind === 'sso') return ssoAuthenticator({ ...config, allowedTenants, clock });
  if (config.kind === 'anonymous') {
    return { identify: () => Promise.resolve({ ok: true, identity: { memberKey: LOCAL_TAB_USER } }) };
  }
  return { identify: () => Promise.resolve(refuse('off')) };
}
