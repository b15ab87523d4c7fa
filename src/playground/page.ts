// The playground's HTML page and its Content-Security-Policy; everything it loads comes from this server.
import { createHash } from 'node:crypto';
import { escapeHtml, renderPage, selfOnlyCspWith } from '../base/page-routes.js';
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
export const PLAYGROUND_CSP = selfOnlyCspWith({ 'style-src': "'self' 'unsafe-inline'", 'font-src': "'self' data:" });

/** The page's HTML; the examples are embedded as an inert JSON block that boot.js reads. */
export function renderPlaygroundPage({ endpoint, examples, assetsPath = '/playground/assets' }: PlaygroundPageOptions): string {
  const tabs = examples.map(({ query, variables }) =>
    variables === undefined ? { query } : { query, variables: JSON.stringify(variables, null, 2) },
  );
  const examplesVersion = createHash('sha256').update(JSON.stringify(tabs)).digest('base64url').slice(0, 12);
  const config = jsonForScript({ endpoint, examplesVersion, tabs });
  const asset = (file: string) => escapeHtml(`${assetsPath}/${file}?v=${assetVersion()}`);
  return renderPage({
    title: PLAYGROUND_TITLE,
    head: [
      `<link rel="stylesheet" href="${asset('graphiql.min.css')}">`,
      `<script type="application/json" id="playground-config">${config}</script>`,
      ...['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'boot.js'].map(
        (file) => `<script src="${asset(file)}" defer></script>`,
      ),
    ],
    body: `<div id="graphiql">Loading the playground…</div>
<noscript>The playground needs JavaScript.</noscript>`,
  });
}

/** JSON that cannot end or alter a <script> element: `<`, `>`, `&` and the line separators become \u escapes. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
