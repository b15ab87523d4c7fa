// Operations 1 and 2: one entity with its relations in and out (first 100 by type, from, to), each with
// its evidence: kind, text, speaker, source. The typical person and the hub differ only in the id.
import { z } from 'zod';
import { relationsSelection } from '../peer/relation-fields.js';
import { byRelationOrder, peerEdges } from './peer-relations.js';
import { CLAIM_VIEW, claimView, entityRef, only, parse } from './shapes.js';
import { graphql, raw, type OpInput, type RaceOperation } from './types.js';
import { peerValidNow } from './validity.js';

const FIRST = 100;

const relation = z.object({ type: z.string(), role: z.string().nullable(), from: entityRef, to: entityRef, evidence: z.array(claimView) });
const entity = z.object({ id: z.string(), name: z.string(), relations: z.array(relation) });
type Entity = z.infer<typeof entity>;

const THIS_QUERY = (name: string) => `query ${name}($id: ID!) {
  node(id: $id) {
    id
    ... on Entity {
      name
      relations(first: ${FIRST}, includeRetracted: true) { type role from { id name } to { id name } evidence { ${CLAIM_VIEW} } }
    }
  }
}`;

const PEER_QUERY = (name: string) => `query ${name}($id: ID!, $valid: RelationPropsWhere!) {
  people(where: { id: { eq: $id } }) {
    id
    name
    ${relationsSelection('Person', FIRST, `node { id name } properties { role evidence { ${CLAIM_VIEW} } }`)}
  }
}`;

const peerProperties = z.object({ role: z.string().nullable(), evidence: z.array(claimView) });

function fromPeer(answer: unknown, where: string): Entity {
  const people = parse(z.object({ people: z.array(z.looseObject({ id: z.string(), name: z.string() })) }), answer, where).people;
  const owner = only(people, where);
  const self = { id: owner.id, name: owner.name };
  const relations = peerEdges(owner, entityRef, peerProperties, where).map((e) => ({
    type: e.type,
    role: e.properties.role,
    from: e.direction === 'out' ? self : e.node,
    to: e.direction === 'out' ? e.node : self,
    evidence: e.properties.evidence,
  }));
  return { ...self, relations: byRelationOrder(relations).slice(0, FIRST) };
}

function entityOperation(
  key: string,
  title: string,
  operationName: string,
  pick: (input: OpInput) => string,
  peerMayFail?: string,
): RaceOperation {
  return {
    key,
    title,
    peerMayFail,
    calls: (input) => ({
      this: graphql(operationName, THIS_QUERY(operationName), { id: pick(input) }),
      peer: graphql(operationName, PEER_QUERY(operationName), { id: pick(input), valid: peerValidNow(input.today) }),
      raw: raw('entity', { id: pick(input), first: FIRST, today: input.today }),
    }),
    normalise: {
      this: (answer) => parse(z.object({ node: entity }), answer, `${key}/this`).node,
      peer: (answer) => fromPeer(answer, `${key}/peer`),
      raw: (answer) => parse(entity, answer, `${key}/raw`),
    },
    comparison: { kind: 'equal' },
  };
}

export const entityTypical = entityOperation(
  'entity-typical',
  'typical person: relations in and out with evidence',
  'RaceEntityTypical',
  (input) => input.ids.typicalPerson,
);

export const entityHub = entityOperation(
  'entity-hub',
  'hub person: first 100 relations with evidence',
  'RaceEntityHub',
  (input) => input.ids.hubPerson,
  'on a hub, the 21 sorted per-type connections carry every earlier connection and the whole edge list into each sort ' +
    '(`WITH *` before ORDER BY ... LIMIT), so transaction memory grows with edges × connections',
);
