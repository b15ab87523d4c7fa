// The node lookup writes use: what an id names (its label and the few properties a write checks), one
// round trip through the id indexes. Reads go through the compiled read model instead.
import { badInput, notFound } from '../base/errors.js';
import type { GraphDatabase, QueryCounter } from '../db/database.js';
import { ENTITY_KINDS, type EntityKind } from './vocabulary.js';

const NODE_LABELS = [...ENTITY_KINDS, 'Claim', 'Source'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** What a write needs to know of an existing node. */
export interface NodeRef {
  id: string;
  label: NodeLabel;
  /** Entities: the name and aliases (updateEntity patches them). */
  name: string | null;
  aliases: string[];
  /** Sources: the title (addClaim files a claim under it). */
  title: string | null;
}

/** The node an id names (a merged-away entity id gives the survivor); NOT_FOUND when none. */
export async function lookupNode(db: GraphDatabase, id: string, counter?: QueryCounter): Promise<NodeRef> {
  const rows = await db.readPlain(db.cypher('nodes/by-ids'), { ids: [id], labels: NODE_LABELS }, counter);
  if (!rows[0]) throw notFound(id);
  return rows[0].node as unknown as NodeRef;
}

const isEntityLabel = (label: NodeLabel): label is EntityKind => (ENTITY_KINDS as readonly string[]).includes(label);

/** An entity by id (or by an id merged into it); an id of another kind is BAD_USER_INPUT. */
export async function lookupEntity(
  db: GraphDatabase,
  id: string,
  argument = 'id',
  counter?: QueryCounter,
): Promise<NodeRef & { label: EntityKind; name: string }> {
  const node = await lookupNode(db, id, counter);
  if (!isEntityLabel(node.label)) throw badInput(`${argument}: ${id} is not an entity`, { argument });
  return node as NodeRef & { label: EntityKind; name: string };
}

/** Which of `ids` name a claim, in one round trip. */
export async function existingClaimIds(db: GraphDatabase, ids: readonly string[], counter?: QueryCounter): Promise<Set<string>> {
  const rows = await db.readPlain(db.cypher('nodes/by-ids'), { ids, labels: NODE_LABELS }, counter);
  return new Set(rows.filter((row) => (row.node as unknown as NodeRef).label === 'Claim').map((row) => String(row.id)));
}
