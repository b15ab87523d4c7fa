// Express routes for the graph explorer: the page at /explore and its allow-listed assets.
import express from 'express';
import type { Request, Response, Router } from 'express';
import { assetVersion, readAsset } from './assets.js';
import { EXPLORE_CSP, renderExplorePage } from './page.js';

export interface ExploreOptions {
  /** A same-origin path such as `/graphql`. */
  endpoint: string;
}

const ASSETS_PATH = '/explore/assets';

const PAGE_HEADERS = {
  'Content-Security-Policy': EXPLORE_CSP,
  'Cache-Control': 'no-cache',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/** Serves `GET /explore` and `GET /explore/assets/<file>`; mount it before Apollo's middleware. */
export function exploreRouter({ endpoint }: ExploreOptions): Router {
  if (!endpoint.startsWith('/') || endpoint.startsWith('//')) {
    throw new Error(`explorer endpoint must be a same-origin path such as /graphql, got ${endpoint}`);
  }
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
  router.get(`${ASSETS_PATH}/:file`, serveAsset);
  return router;
}

async function serveAsset(req: Request<{ file: string }>, res: Response): Promise<void> {
  const asset = await readAsset(req.params.file);
  if (!asset) {
    res.sendStatus(404);
    return;
  }
  const versioned = req.query.v === assetVersion();
  res
    .set({
      'Cache-Control': versioned ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    })
    .type(asset.type)
    .send(asset.body);
}
