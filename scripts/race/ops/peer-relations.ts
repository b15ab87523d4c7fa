// Turns the peer's per-type relation connections (aliased `out_TYPE` / `in_TYPE`, see
// peer/relation-fields.ts) into the canonical relation list: merged, ordered by type, from id, to id,
// and cut at `first`. Each connection is already sorted by the other end's id and cut at `first`, so the
// merged first `first` are exactly the canonical ones.
import { z } from 'zod';
import { parse } from './shapes.js';

const ALIAS = /^(out|in)_([A-Z_]+)$/;

export interface PeerEdge<N, P> {
  type: string;
  /** The owner is the relation's start (out) or its end (in). */
  direction: 'out' | 'in';
  node: N;
  properties: P;
}

/** Every edge of the owner's aliased relation connections, in no particular order. */
export function peerEdges<N, P>(
  owner: Record<string, unknown>,
  node: z.ZodType<N>,
  properties: z.ZodType<P>,
  where: string,
): PeerEdge<N, P>[] {
  const connection = z.object({ edges: z.array(z.object({ node, properties })) });
  const edges: PeerEdge<N, P>[] = [];
  for (const [alias, value] of Object.entries(owner)) {
    const match = ALIAS.exec(alias);
    if (!match) continue;
    const [, direction, type] = match;
    for (const edge of parse(connection, value, `${where}.${alias}`).edges) {
      edges.push({ type: type!, direction: direction === 'out' ? 'out' : 'in', node: edge.node, properties: edge.properties });
    }
  }
  return edges;
}

/** Canonical relation order: type, then from id, then to id. */
export function byRelationOrder<R extends { type: string; from: { id: string }; to: { id: string } }>(relations: R[]): R[] {
  const key = (r: R) => [r.type, r.from.id, r.to.id];
  return [...relations].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
      if (ka[i]! < kb[i]!) return -1;
      if (ka[i]! > kb[i]!) return 1;
    }
    return 0;
  });
}
