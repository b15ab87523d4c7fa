// The browser script served as /playground/assets/boot.js: mounts GraphiQL from the page's inert JSON config.

// Static on purpose: the examples travel in the page, so this file can be cached forever and the CSP needs no
// 'unsafe-inline' for scripts. Tabs are stored under a key tied to the examples' version, so that changed
// examples replace stale saved tabs instead of hiding behind them.
export const BOOT_SCRIPT = `'use strict';
(() => {
  const config = JSON.parse(document.getElementById('playground-config').textContent);
  const root = document.getElementById('graphiql');
  document.body.style.margin = '0';
  root.style.height = '100vh';

  const scopedStorage = (prefix, version) => {
    try {
      const local = window.localStorage;
      const keys = () => Object.keys(local).filter((key) => key.startsWith(prefix));
      if (local.getItem(prefix + 'examples') !== version) {
        keys().forEach((key) => local.removeItem(key));
        local.setItem(prefix + 'examples', version);
      }
      return {
        getItem: (key) => local.getItem(prefix + key),
        setItem: (key, value) => local.setItem(prefix + key, value),
        removeItem: (key) => local.removeItem(prefix + key),
        clear: () => keys().forEach((key) => local.removeItem(key)),
        get length() {
          return keys().length;
        },
      };
    } catch {
      return null;
    }
  };

  const props = {
    fetcher: GraphiQL.createFetcher({
      url: config.endpoint,
      headers: { 'apollo-require-preflight': 'true' },
    }),
    defaultTabs: config.tabs.length > 0 ? config.tabs : undefined,
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: true,
    storage: scopedStorage('policy-graph:', config.examplesVersion),
  };
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, props));
})();
`;
