// Maps plain Neo4j rows (see db/plain.ts) onto the models in model.ts.
import type { Plain } from '../db/plain.js';
import { CLAIM_KINDS, ENTITY_KINDS, type ClaimKind, type EntityKind, type NodeModel } from './model.js';


type PlainObject = { [key: string]: Plain };

const str = (v: Plain | undefined): string | null => (typeof v === 'string' ? v : null);
const strs = (v: Plain | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function asObject(value: Plain | undefined): PlainObject {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('Expected a node or map in the query result');
  }
  return value;
}

/** A node (with `_labels`) as an entity, claim or source model. */
export function toNodeModel(value: Plain | undefined): NodeModel {
  const n = asObject(value);
  const labels = strs(n._labels);
  const id = str(n.id) ?? '';
  const createdAt = str(n.createdAt);
  if (labels.includes('Claim')) {
    const kind = str(n.kind);
    return {
      kind: 'Claim',
      id,
      text: str(n.text) ?? '',
      claimKind: (CLAIM_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ClaimKind) : 'FACT',
      statedDate: str(n.statedDate),
      approximateDate: str(n.approximateDate),
      createdAt,
      retraction: str(n.retractedAt)
        ? { at: str(n.retractedAt) ?? '', by: str(n.retractedBy) ?? 'unknown', reason: str(n.retractionReason) ?? '' }
        : null,
    };
  }
  if (labels.includes('Source')) {
    return {
      kind: 'Source',
      id,
      title: str(n.title) ?? id,
      publisher: str(n.publisher),
      url: str(n.url),
      publishedDate: str(n.publishedDate),
      approximateDate: str(n.approximateDate),
      sourceKind: str(n.kind),
      createdAt,
    };
  }
  const kind = ENTITY_KINDS.find((k) => labels.includes(k));
  if (!kind) throw new Error(`Node ${id} has no known label (${labels.join(', ')})`);
  return {
    kind: kind as EntityKind,
    id,
    name: str(n.name) ?? id,
    aliases: strs(n.aliases),
    description: str(n.description),
    date: str(n.date),
    approximateDate: str(n.approximateDate),
    location: str(n.location),
    createdAt,
  };
}
