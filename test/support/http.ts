// The real Express app over a test database, listening on 127.0.0.1 with a free port.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pino } from 'pino';
import type { GraphDatabase } from '../../src/db/database.js';
import { repoRoot } from '../../src/base/paths.js';
import { createApp, type AppOptions } from '../../src/server/app.js';
import { SCHEMA_DIR, testAuthenticate } from './graph.js';

export interface ServedApp {
  base: string;
  close(): Promise<void>;
}

/** Serves `db` through createApp with the test credentials; `options` override the defaults. */
export async function serveApp(db: GraphDatabase, options: Partial<AppOptions> = {}): Promise<ServedApp> {
  const { app, apollo } = await createApp({
    db,
    logger: pino({ level: 'silent' }),
    schemaDir: SCHEMA_DIR,
    examplesDir: join(repoRoot(), 'docs', 'examples'),
    introspection: true,
    authenticate: testAuthenticate,
    readsRequireAuth: false,
    ...options,
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}
