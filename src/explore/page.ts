// The explorer's HTML page and its Content-Security-Policy; everything it loads comes from this server.
import { escapeHtml, renderPage, SELF_ONLY_CSP } from '../base/page-routes.js';
import { assetVersion } from './assets.js';
import { EDGE_KINDS, kindClass } from './edge-kinds.js';

export interface ExplorePageOptions {
  /** A same-origin path such as `/graphql`. */
  endpoint: string;
  /** Where the router serves the assets, `/explore/assets` when it is mounted at the root. */
  assetsPath: string;
}

export const EXPLORE_TITLE = 'Policy graph — explorer';

// No inline script or style at all: the page script and stylesheet are files, and cytoscape draws on a
// canvas, setting only element styles through the CSSOM (which CSP does not govern). Cytoscape would add a
// <style> of one rule unless an element with its stylesheet id exists: our stylesheet carries that id and rule.
export const EXPLORE_CSP = SELF_ONLY_CSP;

// One checkbox per kind, with its swatch: the kinds filter doubles as the legend of the edge colours.
const kindBoxes = () =>
  EDGE_KINDS.map(
    ({ kind, legend }) =>
      `    <label class="kind-box" data-kind="${kind}"><input type="checkbox" name="kind" value="${kind}" checked>` +
      `<span class="swatch ${kindClass(kind)}"></span>${kind} <small>${escapeHtml(legend)}</small></label>`,
  ).join('\n');

/** The page's HTML: the controls, the graph's container and the evidence panel; explore.js does the rest. */
export function renderExplorePage({ endpoint, assetsPath }: ExplorePageOptions): string {
  const asset = (file: string) => escapeHtml(`${assetsPath}/${file}?v=${assetVersion()}`);
  return renderPage({
    title: EXPLORE_TITLE,
    head: [
      `<link rel="stylesheet" id="__________cytoscape_stylesheet" href="${asset('explore.css')}">`,
      `<script src="${asset('cytoscape.min.js')}" defer></script>`,
      `<script src="${asset('explore.js')}" defer></script>`,
    ],
    bodyAttributes: `data-endpoint="${escapeHtml(endpoint)}"`,
    body:
      `<header>
  <h1>Policy graph explorer</h1>
  <form id="search-form" class="search" role="search">
    <label>Entity <input id="search" type="search" placeholder="Search, e.g. Witkoff" autocomplete="off"></label>
    <ul id="search-results" class="results"></ul>
  </form>
  <label>Depth <select id="depth"><option value="1">1</option><option value="2">2</option></select></label>
  <label>As of <input id="as-of" type="date"></label>
  <label>Month <input id="as-of-month" type="range" min="0" step="1" aria-describedby="as-of-label">` +
      `<output id="as-of-label" for="as-of-month">now</output></label>
  <form id="path-form" class="search">
    <label>Path to… <input id="path-search" type="search" placeholder="Second entity" autocomplete="off"></label>
    <ul id="path-results" class="results"></ul>
  </form>
  <button id="clear-path" type="button" hidden>Clear path</button>
  <details class="token">
    <summary>Token</summary>
    <label>Bearer token (kept for this tab only) <input id="token" type="password" autocomplete="off"></label>
  </details>
</header>
<form id="filters" class="filters" aria-label="Evidence filter">
  <fieldset id="kinds"><legend>Evidence kinds (edge colour: the strongest that counts, ${EDGE_KINDS.map((k) => k.kind).join(' &gt; ')})</legend>
${kindBoxes()}
    <span class="undated-key">dashed: undated</span>
  </fieldset>
  <label>Independent origins ≥ <input id="min-independent" type="number" min="1" max="100" step="1" value="1"></label>
  <label>Exclude speakers <select id="exclude-speakers" multiple size="3"></select></label>
</form>
<p id="status" role="status">Search for an entity to draw its neighbourhood.</p>
<main>
  <div id="graph" aria-label="Graph of the selected entity's neighbourhood"></div>
  <aside>
    <p class="legend"><span class="person"></span>Person<span class="institution"></span>Institution` +
      `<span class="track"></span>Policy track<span class="event"></span>Event</p>
    <div id="evidence" aria-live="polite"></div>
  </aside>
</main>
<noscript>The explorer needs JavaScript.</noscript>`,
  });
}
