// Liveness and readiness: ready means the schema keeper is done (schema applied, seed committed), Neo4j
// answers and the schema's constraints exist.
import type { Request, Response } from 'express';
import type { GraphDatabase } from '../db/database.js';
import { ALWAYS_READY, type GraphReadiness } from '../setup/schema-keeper.js';

const REQUIRED_CONSTRAINTS = ['entity_id', 'claim_id', 'source_id'];

export async function checkReady(db: GraphDatabase): Promise<{ ready: boolean; reason?: string }> {
  try {
    const rows = await db.readPlain('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names', {});
    const names = (rows[0]?.names as string[] | undefined) ?? [];
    const missing = REQUIRED_CONSTRAINTS.filter((c) => !names.includes(c));
    return missing.length === 0 ? { ready: true } : { ready: false, reason: `missing constraints: ${missing.join(', ')}` };
  } catch {
    return { ready: false, reason: 'database unavailable' };
  }
}

export function healthRoutes(db: GraphDatabase, readiness: GraphReadiness = ALWAYS_READY) {
  return {
    live: (_req: Request, res: Response) => {
      res.json({ status: 'ok' });
    },
    ready: async (_req: Request, res: Response) => {
      const state = readiness.state();
      const { ready, reason } = state.ready ? await checkReady(db) : state;
      res.status(ready ? 200 : 503).json(ready ? { status: 'ready' } : { status: 'unavailable', reason });
    },
  };
}
