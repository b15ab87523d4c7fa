// Every id argument of the schema, found by walking schema/*.graphql (arguments and input fields of type
// ID), the kinds of id each one takes, and a complete operation that sends one id in it. A new id argument
// is probed with ids of every kind as soon as it is in the SDL; the tests ask for its kinds here.
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { repoRoot } from '../../src/base/paths.js';
import { loadTypeDefs } from '../../src/server/schema.js';
import { ENTITY_ID_KINDS, ID_KINDS, type IdKind } from './corpus.js';

const SCHEMA = buildSchema(loadTypeDefs(join(repoRoot(), 'schema')));

export interface IdArgument {
  /** `Query.claims(filter.speakerId)`, `Query.people(filter.ids[0])`. */
  name: string;
  operation: 'query' | 'mutation';
  field: string;
  /** The argument, then input fields; 0 for the first item of a list. */
  path: (string | number)[];
}

const label = (path: (string | number)[]) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');

function walk(
  type: GraphQLInputType,
  path: (string | number)[],
  seen: ReadonlySet<string>,
  found: (path: (string | number)[]) => void,
): void {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return walk(inner.ofType as GraphQLInputType, [...path, 0], seen, found);
  if (isScalarType(inner) && inner.name === 'ID') return found(path);
  if (isInputObjectType(inner) && !seen.has(inner.name)) {
    for (const f of Object.values(inner.getFields())) walk(f.type, [...path, f.name], new Set([...seen, inner.name]), found);
  }
}

/** Every argument or input field of type ID (or a list of ID) of every query and mutation. */
export function idArguments(): IdArgument[] {
  const out: IdArgument[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const root = operation === 'query' ? SCHEMA.getQueryType() : SCHEMA.getMutationType();
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const arg of field.args) {
        walk(arg.type, [arg.name], new Set(), (path) =>
          out.push({ name: `${root!.name}.${field.name}(${label(path)})`, operation, field: field.name, path }),
        );
      }
    }
  }
  return out;
}

const ENTITY = ENTITY_ID_KINDS;

/** The kinds of id each id argument takes. */
export const ID_ARGUMENT_KINDS: Record<string, readonly IdKind[]> = {
  'Query.node(id)': ID_KINDS,
  'Query.people(filter.ids[0])': ['person'],
  'Query.institutions(filter.ids[0])': ['institution'],
  'Query.tracks(filter.ids[0])': ['track'],
  'Query.claims(filter.speakerId)': ENTITY,
  'Query.claims(filter.aboutId)': ENTITY,
  'Query.claims(filter.sourceId)': ['source'],
  'Query.claims(filter.attributedTo)': ENTITY,
  'Query.claims(filter.publisher)': ENTITY,
  'Query.claims(filter.relaysAnalysisOf)': ENTITY,
  'Query.brokers(trackIds[0])': ['track'],
  'Query.contradictions(trackId)': ['track'],
  'Query.contradictionsConnection(trackId)': ['track'],
  'Query.changes(trackId)': ['track'],
  'Query.timeline(trackId)': ['track'],
  'Query.contradictionTimeline(trackId)': ['track'],
  'Query.tracksRoutedThrough(personId)': ['person'],
  'Query.paths(from)': ENTITY,
  'Query.paths(to)': ENTITY,
  'Query.neighborhood(id)': ENTITY,
  'Query.tracksRoutedThrough(evidence.excludeSpeakers[0])': ENTITY,
  'Query.paths(evidence.excludeSpeakers[0])': ENTITY,
  'Query.neighborhood(evidence.excludeSpeakers[0])': ENTITY,
  // The sample input's kind is PERSON.
  'Mutation.createEntity(input.id)': ['person'],
  'Mutation.updateEntity(id)': ENTITY,
  'Mutation.mergeEntities(survivorId)': ENTITY,
  'Mutation.mergeEntities(mergedId)': ENTITY,
  'Mutation.deleteEntity(id)': ENTITY,
  'Mutation.addClaim(sourceId)': ['source'],
  'Mutation.addClaim(claim.id)': ['claim'],
  'Mutation.retractClaim(id)': ['claim'],
  'Mutation.setReliability(id)': ['source', 'institution'],
  'Mutation.linkClaims(fromId)': ['claim'],
  'Mutation.linkClaims(toId)': ['claim'],
  'Mutation.linkClaims(sourceId)': ['source'],
};

/** Id arguments that name what the mutation creates: an unknown id of the right kind would be written. */
export const CREATING = new Set(['Mutation.createEntity(input.id)', 'Mutation.addClaim(claim.id)']);

/**
 * Values of the other arguments of a field, and the rest of an input that holds the id. Ids here name
 * nothing, so a mutation that wrongly took the probed id still could not change the graph; except the
 * source of addClaim, which is looked up before its claim is checked (the test's checksum would tell).
 */
const SAMPLES: Record<string, Record<string, unknown>> = {
  'Query.changes': { since: '2000-01-01' },
  'Query.paths': { from: 'person:thiel', to: 'person:rubio', maxHops: 2 },
  'Query.tracksRoutedThrough': { personId: 'person:witkoff' },
  'Query.brokers': { trackIds: ['track:ukraine'], from: '2025-03', to: '2025-05' },
  'Query.neighborhood': { id: 'person:witkoff' },
  'Mutation.createEntity': { input: { kind: 'PERSON', name: 'Id kind probe' } },
  'Mutation.updateEntity': { id: 'person:no-such-person', patch: { description: 'Id kind probe.' } },
  'Mutation.mergeEntities': { survivorId: 'person:no-such-survivor', mergedId: 'person:no-such-merged' },
  'Mutation.addClaim': {
    sourceId: 'source:espreso-parallel-realities',
    claim: { text: 'Id kind probe.', kind: 'FACT', speaker: 'person:witkoff', about: ['track:ukraine'] },
  },
  'Mutation.retractClaim': { id: 'claim:no-such-claim', reason: 'Id kind probe.' },
  'Mutation.setReliability': { id: 'source:no-such-source', reliability: 'B' },
  'Mutation.linkClaims': { fromId: 'claim:no-such-claim', toId: 'claim:no-such-other-claim', kind: 'CONTRADICTS' },
};

function setPath(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let at: Record<string | number, unknown> = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      at[key] = value;
      return;
    }
    at[key] ??= typeof path[i + 1] === 'number' ? [] : {};
    at = at[key] as Record<string | number, unknown>;
  });
}

/** Every field without required arguments; nested objects only as `__typename` and `id`, so the answer stays small. */
function selectionOf(type: GraphQLOutputType, nested = false): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields()).filter((f) =>
    f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
  );
  if (nested) return `{ __typename${fields.some((f) => f.name === 'id') ? ' id' : ''} }`;
  return `{ __typename ${fields.map((f) => `${f.name} ${selectionOf(f.type, true)}`.trim()).join(' ')} }`;
}

/** The operation that sends `id` in `arg`, the field's other required arguments from SAMPLES. */
export function idOperation(arg: IdArgument, id: string): { query: string; variables: Record<string, unknown> } {
  const root = arg.operation === 'query' ? SCHEMA.getQueryType()! : SCHEMA.getMutationType()!;
  const field = root.getFields()[arg.field]!;
  const values = structuredClone(SAMPLES[`${root.name}.${field.name}`] ?? {});
  setPath(values, arg.path, id);
  const missing = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined && !(a.name in values));
  if (missing.length > 0)
    throw new Error(`idOperation: give ${root.name}.${field.name}(${missing.map((a) => a.name).join(', ')}) a value in SAMPLES`);
  const used = field.args.filter((a) => a.name in values);
  const definitions = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return { query: `${arg.operation} IdProbe(${definitions}) { ${field.name}(${call}) ${selectionOf(field.type)} }`, variables: values };
}

/** Whether a refusal's message names every kind of id the argument takes (`person:`, `claim:`, ...). */
export const namesKinds = (message: string, kinds: readonly IdKind[]) => kinds.every((k) => message.includes(`${k}:`));
