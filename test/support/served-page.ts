// A page of the product in headless Chromium over a seeded graph served on HTTP: what every browser test starts
// from. Console errors and uncaught page errors are collected, so a test can assert that none happened.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startTestGraph, type TestGraph } from './graph.js';
import { serveApp, type ServedApp } from './http.js';

export interface ServedPage {
  graph: TestGraph;
  api: ServedApp;
  page: Page;
  /** Console errors and uncaught exceptions of the page, in order. */
  problems: string[];
  close(): Promise<void>;
}

/** A seeded graph, the app served over it, and one browser page of `viewport`; close it in afterAll. */
export async function servedPage(viewport: { width: number; height: number }): Promise<ServedPage> {
  const graph = await startTestGraph();
  const api = await serveApp(graph.db);
  const browser: Browser = await launchBrowser();
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return {
    graph,
    api,
    page,
    problems,
    async close() {
      await browser.close();
      await api.close();
      await graph.close();
    },
  };
}
