// The seeded graph as data, restored in one statement. Replaying the seed's ~170 statements costs 2-4 s on
// 2 cores (15 s cold), and test files reseed once or more each; a restore of the captured graph takes about
// 0.1 s. The capture is taken after a real seed load (src/setup/schema-setup.ts's loadSeed) and
// checked at once: a restore must give the same nodes, labels, relationships, properties and property types.
// Values the load stamped with the clock (createdAt = datetime()) are stamped again at restore time, as a
// fresh load would stamp them.
import { isDateTime, type DateTime } from 'neo4j-driver';
import type { GraphDatabase, TxRunner } from '../../src/db/database.js';
import { toPlain } from '../../src/db/plain.js';
import { loadSeed } from '../../src/setup/schema-setup.js';

interface Item {
  props: Record<string, unknown>;
  /** Keys whose value the load took from the clock: restored as datetime(). */
  stamped: string[];
}

/** Nodes in creation order; relationships as indexes into `nodes`. */
export interface SeedSnapshot {
  nodes: (Item & { labels: string[] })[];
  relationships: (Item & { from: number; to: number; type: string })[];
}

const DELETE = 'MATCH (n) DETACH DELETE n';

const NODES = 'MATCH (n) RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props';
const RELATIONSHIPS = 'MATCH (a)-[r]->(b) RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props';

const RESTORE = `
UNWIND $nodes AS n
CREATE (x:$(n.labels))
SET x = n.props
FOREACH (k IN n.stamped | SET x[k] = datetime())
WITH collect(x) AS created
UNWIND $relationships AS r
WITH created[r.from] AS a, created[r.to] AS b, r
CREATE (a)-[y:$(r.type)]->(b)
SET y = r.props
FOREACH (k IN r.stamped | SET y[k] = datetime())`;

/** The wall-clock time a load or restore ran in: a DateTime within it (give or take 1 s) was stamped by the clock. */
export interface ClockWindow {
  from: Date;
  to: Date;
}

function stampedKeys(props: Record<string, unknown>, window: ClockWindow): string[] {
  return Object.entries(props)
    .filter(([, v]) => isDateTime(v) && within(v as DateTime, window))
    .map(([k]) => k);
}

function within(value: DateTime, { from, to }: ClockWindow): boolean {
  const at = value.toStandardDate().getTime();
  return at >= from.getTime() - 1_000 && at <= to.getTime() + 1_000;
}

function item(props: Record<string, unknown>, window: ClockWindow): Item {
  const stamped = stampedKeys(props, window);
  return { props: Object.fromEntries(Object.entries(props).filter(([k]) => !stamped.includes(k))), stamped };
}

/** Reads the whole graph (driver values, so DateTimes stay DateTimes) as a snapshot. */
export async function captureSnapshot(db: GraphDatabase, database: string, window: ClockWindow): Promise<SeedSnapshot> {
  const read = async (cypher: string) =>
    (await db.driver.executeQuery(cypher, {}, { database, routing: 'READ' })).records.map((r) => r.toObject());
  const nodeRows = await read(NODES);
  const index = new Map(nodeRows.map((row, i) => [row.key as string, i]));
  const nodes = nodeRows.map((row) => ({ labels: row.labels as string[], ...item(row.props as Record<string, unknown>, window) }));
  const relationships = (await read(RELATIONSHIPS)).map((row) => ({
    from: index.get(row.from as string)!,
    to: index.get(row.to as string)!,
    type: row.type as string,
    ...item(row.props as Record<string, unknown>, window),
  }));
  return { nodes, relationships };
}

/** Empties the database and, given a snapshot, recreates its graph: one write transaction. */
export async function restoreSnapshot(db: GraphDatabase, snapshot: SeedSnapshot | undefined): Promise<void> {
  await db.transaction('WRITE', async (tx: TxRunner) => {
    await tx.run(DELETE);
    if (snapshot) await tx.run(RESTORE, { nodes: snapshot.nodes, relationships: snapshot.relationships });
  });
}

const TYPED_NODES =
  'MATCH (n) RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props, [k IN keys(n) | [k, valueType(n[k])]] AS types';
const TYPED_RELATIONSHIPS = `
MATCH (a)-[r]->(b)
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props, [k IN keys(r) | [k, valueType(r[k])]] AS types`;

/**
 * The graph as sorted canonical lines: each node (labels, every property with its Cypher type and value) and
 * each relationship (its ends' lines, type, properties). Clock-stamped values show as `clock`.
 */
export async function canonicalGraph(db: GraphDatabase, database: string, window: ClockWindow): Promise<string[]> {
  const read = async (cypher: string) =>
    (await db.driver.executeQuery(cypher, {}, { database, routing: 'READ' })).records.map((r) => r.toObject());
  const line = (row: Record<string, unknown>) => {
    const props = row.props as Record<string, unknown>;
    const types = new Map(row.types as [string, string][]);
    const stamped = stampedKeys(props, window);
    return Object.keys(props)
      .sort()
      .map((k) => `${k}: ${types.get(k)} = ${stamped.includes(k) ? 'clock' : JSON.stringify(toPlain(props[k]))}`)
      .join(', ');
  };
  const nodes = new Map(
    (await read(TYPED_NODES)).map((row) => [row.key as string, `(${[...(row.labels as string[])].sort().join(':')} {${line(row)}})`]),
  );
  const relationships = (await read(TYPED_RELATIONSHIPS)).map(
    (row) => `${nodes.get(row.from as string)}-[${String(row.type)} {${line(row)}}]->${nodes.get(row.to as string)}`,
  );
  return [...nodes.values(), ...relationships].sort();
}

let snapshot: Promise<SeedSnapshot> | undefined;

/** The seeded graph's capture, taken in this process's first call by a real seed load and checked by a restore. */
export function seedSnapshot(db: GraphDatabase, database: string, cypherDir: string): Promise<SeedSnapshot> {
  snapshot ??= captureSeed(db, database, cypherDir).catch((error: unknown) => {
    snapshot = undefined;
    throw error;
  });
  return snapshot;
}

async function captureSeed(db: GraphDatabase, database: string, cypherDir: string): Promise<SeedSnapshot> {
  await restoreSnapshot(db, undefined);
  const loaded = { from: new Date(), to: new Date() };
  await loadSeed(db, cypherDir);
  loaded.to = new Date();
  const captured = await captureSnapshot(db, database, loaded);
  const expected = await canonicalGraph(db, database, loaded);
  const restored = { from: new Date(), to: new Date() };
  await restoreSnapshot(db, captured);
  restored.to = new Date();
  const actual = await canonicalGraph(db, database, restored);
  if (actual.join('\n') !== expected.join('\n')) {
    const missing = expected.filter((line) => !actual.includes(line));
    const extra = actual.filter((line) => !expected.includes(line));
    const show = (lines: string[]) =>
      lines
        .slice(0, 5)
        .map((l) => l.slice(0, 300))
        .join('\n  ');
    throw new Error(
      `Restoring the captured seed does not give the seeded graph.\nOnly seeded:\n  ${show(missing)}\nOnly restored:\n  ${show(extra)}`,
    );
  }
  return captured;
}
