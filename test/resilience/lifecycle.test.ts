// The assembled server (as npm start runs it): a neo4j:// routing URI, readiness, graceful stop.
import { pino } from 'pino';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/server/start.js';
import { startTestGraph } from '../support/graph.js';

describe('server lifecycle', () => {
  it('serves through a neo4j:// routing URI, then stops gracefully, finishing the request in flight', async () => {
    const seeded = await startTestGraph();
    await seeded.close();
    const { uri, password } = inject('neo4j');
    const routing = uri.replace(/^bolt:/, 'neo4j:');
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', NEO4J_URI: routing, NEO4J_PASSWORD: password, SHUTDOWN_DEADLINE_MS: '5000' });
    const api = await startServer(config, pino({ level: 'silent' }), routing);
    await api.schemaReady;
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);

    const received = new Promise((resolve) => api.server.once('request', resolve));
    const inFlight = fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ paths(from: "person:thiel", to: "person:witkoff") { length } tracks { totalCount } }' }),
    });
    await received;
    const stopped = api.stop();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { tracks: { totalCount: 3 } } });
    expect(await stopped).toBe(true);
    await expect(fetch(`${api.url}/health/live`)).rejects.toThrow();
  });
});
