// Operation 7: the first 50 people by id with institutions, relations (first 20, each with up to 10
// evidence claims and their speakers) and claims made (first 20), the sizes passed as variables. Probed
// once each (see the report): the same text with the sizes as literals, which GraphQL Armor's cost rule
// multiplies (it reads literal `first`s only), and the question at this server's default list sizes.
import { z } from 'zod';
import { relationsSelection } from '../peer/relation-fields.js';
import { byRelationOrder, peerEdges } from './peer-relations.js';
import { entityRef, idRef, keyOf, parse, sortedBy } from './shapes.js';
import { graphql, raw, type RaceOperation } from './types.js';
import { peerValidNow } from './validity.js';

const PEOPLE = 50;
const RELATIONS = 20;
const EVIDENCE = 10;
const CLAIMS = 20;

const evidence = z.object({ id: z.string(), speaker: z.object({ name: z.string() }) });
const relation = z.object({ type: z.string(), from: idRef, to: idRef, evidence: z.array(evidence) });
const claim = z.object({ id: z.string(), text: z.string() });
const person = z.object({
  id: z.string(),
  name: z.string(),
  institutions: z.array(entityRef),
  relations: z.array(relation),
  claimsMade: z.array(claim),
});
type Person = z.infer<typeof person>;

/** This server's text: list sizes as variables, as literals, or left at the server's defaults. */
const thisQuery = (sizes: 'variables' | 'literals' | 'defaults') => {
  const arg = (name: string, n: number) => (sizes === 'variables' ? `(first: $${name})` : sizes === 'literals' ? `(first: ${n})` : '');
  // Relations as the peer and raw floor read them: valid now, whatever became of their evidence.
  const argWith = (name: string, n: number) =>
    sizes === 'defaults' ? '(includeRetracted: true)' : arg(name, n).replace(')', ', includeRetracted: true)');
  const vars = sizes === 'variables' ? '($relations: Int!, $evidence: Int!, $claims: Int!)' : '';
  return `query RacePeople${sizes === 'variables' ? '' : sizes === 'literals' ? 'Literal' : 'AtDefaults'}${vars} {
  people(first: ${PEOPLE}, orderBy: { field: ID, direction: ASC }) {
    nodes {
      id
      name
      institutions(includeRetracted: true) { id name }
      relations${argWith('relations', RELATIONS)} { type from { id } to { id } evidence${arg('evidence', EVIDENCE)} { id speaker { name } } }
      claimsMade${arg('claims', CLAIMS)} { id text }
    }
  }
}`;
};
const SIZES = { relations: RELATIONS, evidence: EVIDENCE, claims: CLAIMS };

const PEER_QUERY = `query RacePeople($valid: RelationPropsWhere!) {
  people(limit: ${PEOPLE}, sort: [{ id: ASC }]) {
    id
    name
    institutions { id name }
    ${relationsSelection('Person', RELATIONS, `node { id } properties { evidence(first: ${EVIDENCE}) { id speaker { name } } }`)}
    claimsMade(where: { retractedAt: { eq: null } }, sort: [{ id: ASC }], limit: ${CLAIMS}) { id text }
  }
}`;

/** Institutions have no defined order: sorted by id. */
const canonical = (p: Person): Person => ({ ...p, institutions: sortedBy(p.institutions, keyOf) });

const peerPerson = z.looseObject({ id: z.string(), name: z.string(), institutions: z.array(entityRef), claimsMade: z.array(claim) });
const peerProperties = z.object({ evidence: z.array(evidence) });

function fromPeer(answer: unknown): Person[] {
  const people = parse(z.object({ people: z.array(peerPerson) }), answer, 'people/peer').people;
  return people.map((p) => {
    const self = { id: p.id };
    const relations = peerEdges(p, idRef, peerProperties, 'people/peer').map((e) => ({
      type: e.type,
      from: e.direction === 'out' ? self : e.node,
      to: e.direction === 'out' ? e.node : self,
      evidence: e.properties.evidence,
    }));
    return canonical({
      id: p.id,
      name: p.name,
      institutions: p.institutions,
      relations: byRelationOrder(relations).slice(0, RELATIONS),
      claimsMade: p.claimsMade,
    });
  });
}

export const people: RaceOperation = {
  key: 'people-50',
  title: `${PEOPLE} people with institutions, relations (${RELATIONS}, evidence ${EVIDENCE}) and claims (${CLAIMS})`,
  calls: (input) => ({
    this: graphql('RacePeople', thisQuery('variables'), SIZES),
    peer: graphql('RacePeople', PEER_QUERY, { valid: peerValidNow(input.today) }),
    raw: raw('people', { today: input.today }),
  }),
  normalise: {
    this: (answer) => parse(z.object({ people: z.object({ nodes: z.array(person) }) }), answer, 'people/this').people.nodes.map(canonical),
    peer: fromPeer,
    raw: (answer) => parse(z.array(person), answer, 'people/raw').map(canonical),
  },
  comparison: { kind: 'equal' },
  probes: () => [
    { label: 'list sizes as literals instead of variables', call: graphql('RacePeopleLiteral', thisQuery('literals')) },
    { label: "at this server's default list sizes", call: graphql('RacePeopleAtDefaults', thisQuery('defaults')) },
  ],
};
