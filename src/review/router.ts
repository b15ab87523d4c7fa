// Express routes for the review page: the page at /review and its allow-listed assets.
import express from 'express';
import type { Router } from 'express';
import { assetRoute, pageHeaders, requireSameOriginPath } from '../base/page-routes.js';
import { assetVersion, readAsset } from './assets.js';
import { renderReviewPage, REVIEW_CSP } from './page.js';

export interface ReviewOptions {
  /** A same-origin path such as `/graphql`. */
  endpoint: string;
}

const ASSETS_PATH = '/review/assets';

const PAGE_HEADERS = pageHeaders(REVIEW_CSP);

/** Serves `GET /review` and `GET /review/assets/<file>`; mount it before Apollo's middleware. */
export function reviewRouter({ endpoint }: ReviewOptions): Router {
  requireSameOriginPath(endpoint, 'review page');
  const pages = new Map<string, string>();
  const router = express.Router();
  router.get('/review', (req, res) => {
    const assetsPath = `${req.baseUrl}${ASSETS_PATH}`;
    let page = pages.get(assetsPath);
    if (page === undefined) {
      page = renderReviewPage({ endpoint, assetsPath });
      pages.set(assetsPath, page);
    }
    res.set(PAGE_HEADERS).type('html').send(page);
  });
  router.get(`${ASSETS_PATH}/:file`, assetRoute(readAsset, assetVersion));
  return router;
}
