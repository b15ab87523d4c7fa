// A fingerprint of the whole graph, for tests that must prove a request wrote nothing: every node (labels
// and all properties) and every relationship (type, endpoint ids, all properties), audit fields included.
// Write receipts are the writes' bookkeeping (src/db/write-receipts.ts), not graph content: left out.
import { createHash } from 'node:crypto';
import type { GraphDatabase, Row } from '../../src/db/database.js';
import type { Plain } from '../../src/db/plain.js';

/** Each node and relationship as a canonical text, keyed so two dumps can be compared entry by entry. */
export interface GraphDump {
  /** Node id (or element id when it has none) -> canonical labels and properties. */
  nodes: Map<string, string>;
  /** `from|TYPE|to|relation id` -> canonical properties, one per relationship (duplicates stay visible). */
  relationships: Map<string, string[]>;
  nodeCount: number;
  relationshipCount: number;
}

const NODES =
  'MATCH (n) WHERE NOT n:WriteReceipt AND NOT n:ChangeEvent AND NOT n:ChangeLogHead ' +
  'RETURN coalesce(n.id, elementId(n)) AS key, labels(n) AS labels, properties(n) AS props';
const RELATIONSHIPS = `
MATCH (a)-[r]->(b)
RETURN coalesce(a.id, elementId(a)) AS from, type(r) AS type, coalesce(b.id, elementId(b)) AS to, properties(r) AS props`;

/** JSON with object keys sorted at every level, so equal values give equal text. */
function canonical(value: Plain): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k] ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function relationshipKey(row: Row): string {
  const props = (row.props ?? {}) as Record<string, Plain>;
  return `${String(row.from)}|${String(row.type)}|${String(row.to)}|${String(props.id ?? '')}`;
}

/** Reads every node and relationship in one read transaction. */
export async function graphDump(db: GraphDatabase): Promise<GraphDump> {
  const [nodeRows, relRows] = await db.transaction('READ', async (tx) => [await tx.run(NODES), await tx.run(RELATIONSHIPS)] as const);
  const nodes = new Map<string, string>();
  for (const row of nodeRows) {
    const labels = [...((row.labels ?? []) as string[])].sort();
    const text = canonical({ labels, props: row.props ?? {} });
    const key = String(row.key);
    // Two nodes with one id would be a bug of its own: keep both visible in the dump.
    nodes.set(key, nodes.has(key) ? `${nodes.get(key)}\n${text}` : text);
  }
  const relationships = new Map<string, string[]>();
  for (const row of relRows) {
    const key = relationshipKey(row);
    relationships.set(key, [...(relationships.get(key) ?? []), canonical(row.props ?? {})].sort());
  }
  return { nodes, relationships, nodeCount: nodeRows.length, relationshipCount: relRows.length };
}

/** SHA-256 over the whole graph in a stable order; equal before and after means nothing was written. */
export async function graphChecksum(db: GraphDatabase): Promise<string> {
  const dump = await graphDump(db);
  const hash = createHash('sha256');
  for (const key of [...dump.nodes.keys()].sort()) hash.update(`N ${key} ${dump.nodes.get(key)}\n`);
  for (const key of [...dump.relationships.keys()].sort()) {
    for (const props of dump.relationships.get(key)!) hash.update(`R ${key} ${props}\n`);
  }
  return hash.digest('hex');
}

/** What differs between two dumps: node keys and relationship keys added, removed or changed. */
export function dumpDiff(before: GraphDump, after: GraphDump) {
  const changed = <V>(a: Map<string, V>, b: Map<string, V>) => {
    const same = (x: V | undefined, y: V | undefined) => JSON.stringify(x) === JSON.stringify(y);
    return {
      added: [...b.keys()].filter((k) => !a.has(k)),
      removed: [...a.keys()].filter((k) => !b.has(k)),
      changed: [...b.keys()].filter((k) => a.has(k) && !same(a.get(k), b.get(k))),
    };
  };
  return { nodes: changed(before.nodes, after.nodes), relationships: changed(before.relationships, after.relationships) };
}
