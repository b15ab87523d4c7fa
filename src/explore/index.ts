// Public surface of the graph explorer page.
export { EXPLORE_CSP, EXPLORE_TITLE, renderExplorePage, type ExplorePageOptions } from './page.js';
export { exploreRouter, type ExploreOptions } from './router.js';
