// Express routes for the graph explorer: the page at /explore and its allow-listed assets.
import express from 'express';
import type { Router } from 'express';
import { assetRoute, pageHeaders, requireSameOriginPath } from '../base/page-routes.js';
import { assetVersion, readAsset } from './assets.js';
import { EXPLORE_CSP, renderExplorePage } from './page.js';

export interface ExploreOptions {
  /** A same-origin path such as `/graphql`. */
  endpoint: string;
}

const ASSETS_PATH = '/explore/assets';

const PAGE_HEADERS = pageHeaders(EXPLORE_CSP);

/** Serves `GET /explore` and `GET /explore/assets/<file>`; mount it before Apollo's middleware. */
export function exploreRouter({ endpoint }: ExploreOptions): Router {
  requireSameOriginPath(endpoint, 'explorer');
  const pages = new Map<string, string>();
  const router = express.Router();
  router.get('/explore', (req, res) => {
    const assetsPath = `${req.baseUrl}${ASSETS_PATH}`;
    let page = pages.get(assetsPath);
    if (page === undefined) {
      page = renderExplorePage({ endpoint, assetsPath });
      pages.set(assetsPath, page);
    }
    res.set(PAGE_HEADERS).type('html').send(page);
  });
  router.get(`${ASSETS_PATH}/:file`, assetRoute(readAsset, assetVersion));
  return router;
}
