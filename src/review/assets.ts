// The review page's static files, all written here (no package bundle, no CDN), held in memory.
import { createHash } from 'node:crypto';
import type { PageAsset } from '../base/page-routes.js';
import { DRAFT_EDITS_SCRIPT } from './draft-edits-script.js';
import { REVIEW_SCRIPT } from './review-script.js';
import { REVIEW_STYLE } from './review-style.js';
import { TEXT_SCRIPT } from './text-script.js';

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

const FILES = new Map<string, PageAsset>([
  ['draft-edits.js', { type: JS, body: Buffer.from(DRAFT_EDITS_SCRIPT) }],
  ['review-text.js', { type: JS, body: Buffer.from(TEXT_SCRIPT) }],
  ['review.js', { type: JS, body: Buffer.from(REVIEW_SCRIPT) }],
  ['review.css', { type: CSS, body: Buffer.from(REVIEW_STYLE) }],
]);

/** The asset called `name`, or undefined for any other name. */
export function readAsset(name: string): Promise<PageAsset | undefined> {
  return Promise.resolve(FILES.get(name));
}

const VERSION = [...FILES.values()]
  .reduce((hash, file) => hash.update(file.body), createHash('sha256'))
  .digest('base64url')
  .slice(0, 12);

/** A short token that changes with any asset, used as `?v=` so assets can be cached for a year. */
export function assetVersion(): string {
  return VERSION;
}
