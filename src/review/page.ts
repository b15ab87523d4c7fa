// The review page's HTML and its Content-Security-Policy; everything it loads comes from this server.
import { escapeHtml, renderPage, SELF_ONLY_CSP } from '../base/page-routes.js';
import { RELATION_TYPES } from '../domain/vocabulary.js';
import { assetVersion } from './assets.js';

export interface ReviewPageOptions {
  /** A same-origin path such as `/graphql`. */
  endpoint: string;
  /** Where the router serves the assets, `/review/assets` when it is mounted at the root. */
  assetsPath: string;
}

export const REVIEW_TITLE = 'Policy graph — review a draft';

// No inline script or style: the scripts and the stylesheet are files; the article is put in as text nodes.
export const REVIEW_CSP = SELF_ONLY_CSP;

/** The page's HTML: the article form, the text view, the three lists and the actions; review.js does the rest. */
export function renderReviewPage({ endpoint, assetsPath }: ReviewPageOptions): string {
  const asset = (file: string) => escapeHtml(`${assetsPath}/${file}?v=${assetVersion()}`);
  return renderPage({
    title: REVIEW_TITLE,
    head: [
      `<link rel="stylesheet" href="${asset('review.css')}">`,
      ...['draft-edits.js', 'review-text.js', 'review.js'].map((file) => `<script src="${asset(file)}" defer></script>`),
    ],
    bodyAttributes: `data-endpoint="${escapeHtml(endpoint)}" data-relation-types="${escapeHtml(RELATION_TYPES.join(','))}"`,
    body:
      `<header>
  <h1>Review a draft before ingesting it</h1>
  <form id="extract-form">
    <label class="article">Article text <textarea id="article" required spellcheck="false"></textarea></label>
    <div class="fields">
      <label>Title <input id="title" required></label>
      <label>Publisher <input id="publisher"></label>
      <label>URL <input id="url" type="url" placeholder="the article's address"></label>
      <label>Date <input id="date" placeholder="YYYY-MM-DD"></label>
      <label>Analyst <input id="analyst" placeholder="default: the publisher"></label>
      <details class="token">
        <summary>Token</summary>
        <label>Bearer token (an editor's, to ingest; kept for this tab only) <input id="token" type="password" autocomplete="off"></label>
      </details>
      <button id="extract" type="submit">Extract</button>
    </div>
  </form>
</header>
<p id="status" role="status">Paste an article, give its source and extract a draft.</p>
<main id="review" hidden>
  <div id="text" aria-label="The article with the draft's claims and mentions marked"></div>
  <aside>
    <p class="legend">Claims: <span class="kind-quote">quote</span><span class="kind-report">report</span>` +
      `<span class="kind-analysis">analysis</span><span class="kind-fact">fact</span>
      · mentions underlined by kind, solid when found in the graph, dashed when new</p>
    <div class="actions">
      <button id="dry-run" type="button">Dry run</button>
      <button id="ingest" type="button" disabled>Ingest</button>
    </div>
    <div id="outcome" aria-live="polite"></div>
    <h2>Entities</h2>
    <ul id="entities"></ul>
    <h2>Claims</h2>
    <ul id="claims"></ul>
    <h2>Relations</h2>
    <ul id="relations"></ul>
  </aside>
</main>
<noscript>The review page needs JavaScript.</noscript>`,
  });
}
