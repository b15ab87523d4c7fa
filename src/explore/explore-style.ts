// The stylesheet served as /explore/assets/explore.css (a file, so the CSP needs no 'unsafe-inline').
import { EDGE_KINDS, kindClass } from './edge-kinds.js';

const KIND_SWATCHES = EDGE_KINDS.map(({ kind, colour }) => `.${kindClass(kind)} { background: ${colour}; }\n`).join('');

export const EXPLORE_STYLE =
  `* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1d232a; display: flex; flex-direction: column; height: 100vh; }
header { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 6px 16px; padding: 8px 12px; background: #f3f5f7; border-bottom: 1px solid #d5dade; }
h1 { font-size: 16px; margin: 4px 8px 0 0; }
label { display: inline-flex; align-items: center; gap: 6px; }
input, select, button { font: inherit; padding: 3px 6px; }
.search { position: relative; margin: 0; }
.results { position: absolute; z-index: 5; left: 0; right: 0; margin: 2px 0 0; padding: 0; list-style: none; background: #fff; ` +
  `border: 1px solid #d5dade; box-shadow: 0 2px 6px rgb(0 0 0 / 15%); }
.results:empty { display: none; }
.results button { display: flex; justify-content: space-between; width: 100%; border: 0; background: none; text-align: left; cursor: pointer; }
.results button:hover, .results button:focus { background: #e8f0fe; }
.kind { color: #68737d; font-size: 12px; margin-left: 8px; }
.token summary { cursor: pointer; padding-top: 4px; }
#status { margin: 0; padding: 4px 12px; color: #4a545e; border-bottom: 1px solid #eef0f2; }
#status.error { color: #b3261e; }
main { flex: 1; display: flex; min-height: 0; }
#graph, .__________cytoscape_container { position: relative; }
#graph { flex: 1; min-width: 0; }
main > aside { width: 360px; overflow-y: auto; padding: 8px 14px; border-left: 1px solid #d5dade; background: #fbfcfd; }
#evidence h2 { font-size: 15px; margin: 6px 0; }
.hint, .period { color: #68737d; }
.claim { border-top: 1px solid #e3e6e9; padding: 6px 0; }
.claim blockquote { margin: 0 0 4px; font-style: italic; }
.claim p { margin: 2px 0; font-size: 13px; }
.legend { margin: 0 0 8px; font-size: 12px; color: #4a545e; }
.legend span { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 4px 0 8px; }
.legend .person { background: #2f6fdf; }
.legend .institution { background: #8e44ad; }
.legend .track { background: #e67e22; }
.legend .event { background: #16a085; }

.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 16px; margin: 0; padding: 4px 12px; font-size: 13px;
  border-bottom: 1px solid #d5dade; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; align-items: center; gap: 2px 10px; }
.filters legend { float: left; margin-right: 8px; color: #4a545e; }
.kind-box small { color: #68737d; }
.swatch { display: inline-block; width: 18px; height: 4px; margin: 0 2px; vertical-align: middle; }
.undated-key { color: #68737d; border-bottom: 2px dashed #68737d; }
#exclude-speakers { min-width: 180px; }
#as-of-label { min-width: 4.5em; color: #4a545e; }
#evidence h3 { font-size: 13px; margin: 10px 0 4px; }
.support { display: grid; grid-template-columns: auto 1fr; gap: 1px 10px; margin: 4px 0; font-size: 13px; }
.support dt { color: #68737d; }
.support dd { margin: 0; }
.grade { font-weight: 600; }
.chain { color: #4a545e; }
.claims-list { padding-left: 18px; }
.claims-list li { margin: 4px 0; }
` +
  KIND_SWATCHES;
