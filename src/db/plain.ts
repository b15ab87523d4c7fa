// Converts driver values (nodes, relationships, temporals) into plain JSON-like values, in one place.
import { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isNode, isRelationship, isTime } from 'neo4j-driver';

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** Deep-converts a driver value; temporals become ISO strings, nodes and relationships their properties. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (isDateTime(value) || isDate(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isNode(value)) return { ...plainObject(value.properties), _labels: value.labels };
  if (isRelationship(value)) return { ...plainObject(value.properties), _type: value.type };
  if (typeof value === 'object') return plainObject(value as Record<string, unknown>);
  return String(value);
}

function plainObject(obj: Record<string, unknown>): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const [k, v] of Object.entries(obj)) out[k] = toPlain(v);
  return out;
}
