// The playground's HTML page and its Content-Security-Policy; everything it loads comes from this server.
import { createHash } from 'node:crypto';
import { escapeHtml } from '../base/page-routes.js';
import { assetVersion } from './assets.js';
import type { ExampleOperation } from './examples.js';

export interface PlaygroundPageOptions {
  endpoint: string;
  examples: ExampleOperation[];
  /** Where the router serves the assets; `/playground/assets` when it is mounted at the root. */
  assetsPath?: string;
}

export const PLAYGROUND_TITLE = 'Policy graph — GraphQL playground';

// GraphiQL's dialogs inject <style> elements at run time without a nonce, hence 'unsafe-inline' for styles only;
// its CSS embeds its fonts as data: URLs.
export const PLAYGROUND_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The page's HTML; the examples are embedded as an inert JSON block that boot.js reads. */
export function renderPlaygroundPage({ endpoint, examples, assetsPath = '/playground/assets' }: PlaygroundPageOptions): string {
  const tabs = examples.map(({ query, variables }) =>
    variables === undefined ? { query } : { query, variables: JSON.stringify(variables, null, 2) },
  );
  const examplesVersion = createHash('sha256').update(JSON.stringify(tabs)).digest('base64url').slice(0, 12);
  const config = jsonForScript({ endpoint, examplesVersion, tabs });
  const asset = (file: string) => escapeHtml(`${assetsPath}/${file}?v=${assetVersion()}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(PLAYGROUND_TITLE)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset('graphiql.min.css')}">
<script type="application/json" id="playground-config">${config}</script>
<script src="${asset('react.production.min.js')}" defer></script>
<script src="${asset('react-dom.production.min.js')}" defer></script>
<script src="${asset('graphiql.min.js')}" defer></script>
<script src="${asset('boot.js')}" defer></script>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<noscript>The playground needs JavaScript.</noscript>
</body>
</html>
`;
}

/** JSON that cannot end or alter a <script> element: `<`, `>`, `&` and the line separators become \u escapes. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
