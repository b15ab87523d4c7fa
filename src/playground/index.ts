// Public surface of the GraphQL playground.
export { loadExamples, type ExampleOperation } from './examples.js';
export { PLAYGROUND_CSP, PLAYGROUND_TITLE, renderPlaygroundPage, type PlaygroundPageOptions } from './page.js';
export { playgroundRouter, servePlaygroundPage, wantsPlayground, type PlaygroundOptions } from './router.js';
