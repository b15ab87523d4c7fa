// Express routes for the GraphQL playground: the page at /playground and its allow-listed assets.
import express from 'express';
import type { Request, RequestHandler, Router } from 'express';
import { assetRoute, pageHeaders, requireSameOriginPath } from '../base/page-routes.js';
import { assetVersion, readAsset } from './assets.js';
import type { ExampleOperation } from './examples.js';
import { PLAYGROUND_CSP, renderPlaygroundPage } from './page.js';

export interface PlaygroundOptions {
  /** A same-origin path such as `/graphql`. */
  endpoint: string;
  examples: ExampleOperation[];
}

const ASSETS_PATH = '/playground/assets';

const PAGE_HEADERS = pageHeaders(PLAYGROUND_CSP);

/** Serves `GET /playground` and `GET /playground/assets/<file>`; mount it before Apollo's middleware. */
export function playgroundRouter(opts: PlaygroundOptions): Router {
  const router = express.Router();
  router.get('/playground', servePlaygroundPage(opts));
  router.get(`${ASSETS_PATH}/:file`, assetRoute(readAsset, assetVersion));
  return router;
}

/** The page handler, for mounting at the GraphQL endpoint too (guarded by `wantsPlayground`). */
export function servePlaygroundPage(opts: PlaygroundOptions): RequestHandler {
  requireSameOriginPath(opts.endpoint, 'playground');
  const pages = new Map<string, string>();
  return (req, res) => {
    const assetsPath = `${req.baseUrl}${ASSETS_PATH}`;
    let page = pages.get(assetsPath);
    if (page === undefined) {
      page = renderPlaygroundPage({ ...opts, assetsPath });
      pages.set(assetsPath, page);
    }
    res.set(PAGE_HEADERS).type('html').send(page);
  };
}

/** True for a browser opening the GraphQL endpoint: a GET preferring HTML over JSON, with no `query` parameter. */
export function wantsPlayground(req: Request): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    req.query.query === undefined &&
    req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html'
  );
}
