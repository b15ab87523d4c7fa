// The peer's entity relations as @neo4j/graphql models them: one @relationship field per relation type
// and direction that the vocabulary allows for a label (e.g. Person.outInfluences, Person.inInfluences),
// all sharing the RelationProps edge type. Query texts select them through aliases `out_TYPE` / `in_TYPE`.
import { RELATION_RULES, RELATION_TYPES, type RelationType } from '../../../src/domain/vocabulary.js';
import type { EntityKind } from '../../../src/domain/vocabulary.js';

export type PeerDirection = 'out' | 'in';

export interface PeerRelationField {
  type: RelationType;
  direction: PeerDirection;
  /** Field name in the peer schema, e.g. outHoldsRoleIn. */
  field: string;
  /** Target type: the single kind the vocabulary allows, else the Entity interface. */
  target: EntityKind | 'Entity';
}

const camel = (type: string) => type.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const pascal = (type: string) => camel(type).replace(/^./, (c) => c.toUpperCase());

/** Relation fields of one entity label, in vocabulary order (outgoing, then incoming). */
export function relationFields(label: EntityKind): PeerRelationField[] {
  const fields: PeerRelationField[] = [];
  for (const direction of ['out', 'in'] as const) {
    for (const type of RELATION_TYPES) {
      const rule = RELATION_RULES[type];
      const own: readonly EntityKind[] = direction === 'out' ? rule.from : rule.to;
      const other: readonly EntityKind[] = direction === 'out' ? rule.to : rule.from;
      if (!own.includes(label)) continue;
      const target = other.length === 1 && other[0] ? other[0] : 'Entity';
      fields.push({ type, direction, field: `${direction}${pascal(type)}`, target });
    }
  }
  return fields;
}

/** SDL lines declaring a label's relation fields. */
export function relationFieldsSdl(label: EntityKind): string {
  return relationFields(label)
    .map(
      ({ field, target, type, direction }) =>
        `  ${field}: [${target}!]! @relationship(type: "${type}", direction: ${direction.toUpperCase()}, properties: "RelationProps")`,
    )
    .join('\n');
}

/**
 * A selection of every relation field of `label` as `<dir>_<TYPE>: <field>Connection(...)`, each valid
 * now (`$valid`, a RelationPropsWhere), sorted by the other end's id and cut at `first`: merged and
 * sorted by the normaliser, the first `first` of them are the canonical first `first` relations.
 */
export function relationsSelection(label: EntityKind, first: number, edgeSelection: string): string {
  return relationFields(label)
    .map(
      ({ field, type, direction }) =>
        `${direction}_${type}: ${field}Connection(where: { edge: $valid }, first: ${first}, sort: [{ node: { id: ASC } }]) { edges { ${edgeSelection} } }`,
    )
    .join('\n');
}
