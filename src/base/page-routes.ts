// What the server's own browser pages (playground, explorer) share: their security headers, a same-origin
// endpoint check, and the route that serves their allow-listed assets from npm packages (no CDN).
import type { Request, Response } from 'express';

export interface PageAsset {
  type: string;
  body: string | Buffer;
}

/** Headers of a page served under `csp`: never cached stale, no referrer, no sniffing. */
export function pageHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'Cache-Control': 'no-cache',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** Refuses an endpoint that is not a same-origin path such as `/graphql` (`what` names the page). */
export function requireSameOriginPath(endpoint: string, what: string): void {
  if (!endpoint.startsWith('/') || endpoint.startsWith('//')) {
    throw new Error(`${what} endpoint must be a same-origin path such as /graphql, got ${endpoint}`);
  }
}

/** `GET <assets>/:file`: an allow-listed asset, cached for a year when the URL carries the current version. */
export function assetRoute(read: (file: string) => Promise<PageAsset | undefined>, version: () => string) {
  return async (req: Request<{ file: string }>, res: Response): Promise<void> => {
    const asset = await read(req.params.file);
    if (!asset) {
      res.sendStatus(404);
      return;
    }
    const versioned = req.query.v === version();
    res
      .set({ 'Cache-Control': versioned ? 'public, max-age=31536000, immutable' : 'no-cache', 'X-Content-Type-Options': 'nosniff' })
      .type(asset.type)
      .send(asset.body);
  };
}

/** Text for an HTML attribute or element of a page the server renders. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const SELF_ONLY_DIRECTIVES: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

/** SELF_ONLY_CSP with some directives widened or added (in the order given after the others). */
export function selfOnlyCspWith(overrides: Record<string, string>): string {
  return Object.entries({ ...SELF_ONLY_DIRECTIVES, ...overrides })
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}

/**
 * The Content-Security-Policy of the explorer and the review page: scripts, styles and requests from this server
 * only, no inline code, no frames, no forms posting elsewhere.
 */
export const SELF_ONLY_CSP = selfOnlyCspWith({});

export interface PageShell {
  title: string;
  /** `<link>` and `<script>` elements of the head, after the title and the empty icon. */
  head: string[];
  /** Attributes of `<body>` (already escaped), e.g. `data-endpoint="/graphql"`. */
  bodyAttributes?: string;
  body: string;
}

/** The HTML document every page of the server shares: charset, viewport, title, no favicon request. */
export function renderPage({ title, head, bodyAttributes, body }: PageShell): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="icon" href="data:,">',
    ...head,
    '</head>',
    bodyAttributes ? `<body ${bodyAttributes}>` : '<body>',
    body.trim(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
