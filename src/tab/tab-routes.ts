import type * as restify from 'restify';
import { z } from 'zod/v4';
import type { TabConfig } from '../config/load-config';
import { groupIdSchema } from '../domain/group';
import { PLACE_KEY_MAX, placeKey, positionSchema } from '../domain/place-map';
import { TREND_SPANS, type TrendSpan } from '../domain/trends';
import { readJsonBody } from '../http/json-body';
import type { Logger } from '../logger';
import type { TabAccess, TabService, TabView } from '../services/tab-service';
import { isAssetName, type Asset, type AssetName } from './tab-assets';
import type { TabAuthenticator, TabIdentity } from './tab-auth';
import { tabPageHtml, tabPageSecurityPolicy } from './tab-page';

export interface TabRouteDependencies {
  tab: TabService;
  auth: TabAuthenticator;
  config: TabConfig;
  logger: Logger;
  assets: (name: AssetName) => Asset | undefined;
}

const viewQuery = z.object({ view: z.enum(['team', 'council']).default('team') });
const mapQuery = viewQuery.extend({
  span: z
    .enum(TREND_SPANS.map(String) as [string, ...string[]])
    .default('13')
    .transform((span) => Number(span) as TrendSpan),
  area: z.string().min(1).max(100).optional(),
  type: z.string().min(1).max(60).optional(),
});
const positionBody = z.union([
  z.object({ key: z.string().min(2).max(PLACE_KEY_MAX), remove: z.literal(true) }).strict(),
  positionSchema.extend({ key: z.string().min(2).max(PLACE_KEY_MAX) }).strict(),
]);
/** A position is a few numbers: anything larger is refused before it is parsed. */
const MAX_POSITION_BYTES = 1024;

/** The query string's parameters (the first of each name), for a schema to check. */
const queryOf = (req: restify.Request): Record<string, string> =>
  Object.fromEntries(new URL(req.url ?? '/', 'http://tab').searchParams);

type Handler = (req: restify.Request, res: restify.Response, identity: TabIdentity) => Promise<void>;

/**
 * The Lägesbild tab: its pages (framed only by Microsoft 365's hosts) and its API. Every API
 * request carries the Teams SSO token and is checked for the group and view it asks about.
 */
export function registerTabRoutes(server: restify.Server, deps: TabRouteDependencies): void {
  const { tab, auth, config, logger } = deps;

  const page =
    (kind: 'content' | 'config'): restify.RequestHandler =>
    (_req, res, next) => {
      res.removeHeader('X-Frame-Options');
      res.setHeader('Content-Security-Policy', tabPageSecurityPolicy(config));
      res.header('Content-Type', 'text/html; charset=utf-8');
      res.sendRaw(200, tabPageHtml(kind, config));
      next();
    };
  server.get('/tab', page('content'));
  server.get('/tab/config', page('config'));

  server.get('/tab/assets/:name', (req, res, next) => {
    const name = String((req.params as Record<string, unknown>).name);
    const asset = isAssetName(name) ? deps.assets(name) : undefined;
    if (!asset) {
      res.json(404, { error: 'not found' });
      return next();
    }
    const gzip = /\bgzip\b/.test(req.header('accept-encoding') ?? '');
    res.header('Content-Type', asset.contentType);
    res.setHeader('Cache-Control', 'no-cache');
    res.header('Vary', 'Accept-Encoding');
    if (gzip) res.header('Content-Encoding', 'gzip');
    res.sendRaw(200, gzip ? asset.gzipped : asset.body);
    next();
  });

  /** The identity, or the refusal answered; a fault of the key service is a 503. */
  const api =
    (handler: Handler) =>
    async (req: restify.Request, res: restify.Response): Promise<void> => {
      let result;
      try {
        result = await auth.identify(req.header('authorization'));
      } catch (error) {
        logger.error({ err: error }, 'tab sign-in could not be checked');
        res.json(503, { error: 'unavailable' });
        return;
      }
      if (!result.ok) {
        logger.warn({ reason: result.reason, path: req.path() }, 'tab request refused');
        res.json(result.reason === 'off' ? 404 : 401, {
          error: result.reason === 'off' ? 'not found' : 'unauthorized',
        });
        return;
      }
      try {
        await handler(req, res, result.identity);
      } catch (error) {
        // Only a fault of ours or of the storage gets here; what a person sent was answered above.
        logger.error({ err: error, path: req.path() }, 'tab request could not be answered');
        res.json(503, { error: 'unavailable' });
      }
    };

  const invalid = (res: restify.Response, path: string) => {
    logger.warn({ reason: 'invalidRequest', path }, 'tab request refused');
    res.json(400, { error: 'invalid request' });
  };

  /** The group and view the request names, if the person may see them; else answered 400 or 403. */
  const accessFor = async (
    req: restify.Request,
    res: restify.Response,
    identity: TabIdentity,
    view: TabView,
  ): Promise<TabAccess | undefined> => {
    const id = groupIdSchema.safeParse((req.params as Record<string, unknown>).groupId);
    if (!id.success) {
      invalid(res, req.path());
      return undefined;
    }
    const access = await tab.access(identity.memberKey, id.data, view);
    if (!access) {
      logger.warn({ reason: 'notMember', view }, 'tab request refused');
      res.json(403, { error: 'forbidden' });
    }
    return access;
  };

  server.get(
    '/api/tab/groups',
    api(async (_req, res, identity) => {
      res.json(200, { groups: await tab.groupsOf(identity.memberKey) });
    }),
  );

  /** A GET about one group in one view: its query checked by `schema`, the person's access checked. */
  const groupView = <Q extends { view: TabView }>(
    schema: z.ZodType<Q>,
    answer: (access: TabAccess, query: Q) => Promise<unknown>,
  ) =>
    api(async (req, res, identity) => {
      const query = schema.safeParse(queryOf(req));
      if (!query.success) return invalid(res, req.path());
      const access = await accessFor(req, res, identity, query.data.view);
      if (access) res.json(200, await answer(access, query.data));
    });

  server.get(
    '/api/tab/groups/:groupId/map',
    groupView(mapQuery, async (access, query) => ({
      ...(await tab.map(access, query.span, { areaId: query.area, eventType: query.type })),
      view: access.view,
      mayPlace: access.mayPlace,
      groupName: access.group.name,
    })),
  );

  server.get(
    '/api/tab/groups/:groupId/insatser',
    groupView(viewQuery, async (access) => ({
      // The board shows status, owner and dates; a status comment stays in the bot's cards.
      insatser: (await tab.insatsBoard(access)).map(({ comment: _comment, ...line }) => ({
        ...line,
        key: placeKey(line.omrade, line.place),
      })),
    })),
  );

  server.put(
    '/api/tab/groups/:groupId/positions',
    api(async (req, res, identity) => {
      const body = await readJsonBody(req, MAX_POSITION_BYTES);
      const parsed = body.ok ? positionBody.safeParse(body.value) : undefined;
      if (!parsed?.success) return invalid(res, req.path());
      const access = await accessFor(req, res, identity, 'team');
      if (!access) return;
      const position = 'remove' in parsed.data ? undefined : { lat: parsed.data.lat, lng: parsed.data.lng };
      const outcome = await tab.setPosition(access, parsed.data.key, position);
      if (outcome === 'forbidden' || outcome === 'unknownPlace') {
        logger.warn({ reason: outcome }, 'tab position refused');
        res.json(outcome === 'forbidden' ? 403 : 400, { error: outcome });
        return;
      }
      res.json(200, { outcome });
    }),
  );
}
