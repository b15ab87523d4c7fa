// The read model: every domain's type metadata and compiled root fields, and the resolvers that hand
// compiled answers back as they are (each value a map keyed by response key, built by Cypher).
import { buildSchema, isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import { brokerRoots } from '../brokers/roots.js';
import { brokerTypes } from '../brokers/fields.js';
import { changeTypes } from '../changes/fields.js';
import { changeRoots } from '../changes/roots.js';
import { claimTypes } from '../claims/fields.js';
import { claimRoots } from '../claims/roots.js';
import { rootResolver } from '../read/compile-root.js';
import type { TypeMetas } from '../read/types.js';
import { entityTypes } from '../entities/fields.js';
import { entityRoots } from '../entities/roots.js';
import { connectionTypes, pageInfoType } from '../read/connection.js';
import { supportTypes } from '../read/support.js';
import { nodeRoots, readNode } from '../nodes/roots.js';
import type { Context } from '../core/context.js';
import { traversalTypes } from '../traversals/fields.js';
import { traversalRoots } from '../traversals/roots.js';

export const READ_TYPES: TypeMetas = {
  ...entityTypes,
  ...claimTypes,
  ...traversalTypes,
  ...changeTypes,
  ...supportTypes,
  ...brokerTypes,
  ...pageInfoType,
  ...connectionTypes('PersonConnection', 'PersonEdge'),
  ...connectionTypes('InstitutionConnection', 'InstitutionEdge'),
  ...connectionTypes('PolicyTrackConnection', 'PolicyTrackEdge'),
};

export const READ_ROOTS = { ...nodeRoots, ...entityRoots, ...claimRoots, ...traversalRoots, ...changeRoots, ...brokerRoots };

type Resolver = GraphQLFieldResolver<Record<string, unknown>, unknown>;
const byResponseKey: Resolver = (value, _args, _ctx, info) => value[info.path.key];

/** Query resolvers for the compiled roots, and a response-key reader for every field of the read model's types. */
export function readResolvers(typeDefs: string): Record<string, Record<string, unknown>> {
  const schema = buildSchema(typeDefs);
  const resolvers: Record<string, Record<string, unknown>> = {
    Query: Object.fromEntries(Object.entries(READ_ROOTS).map(([name, root]) => [name, rootResolver(READ_TYPES, root)])),
    Node: { __resolveType: (value: { __typename: string }) => value.__typename },
    Entity: { __resolveType: (value: { __typename: string }) => value.__typename },
  };
  for (const [typeName, meta] of Object.entries(READ_TYPES)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`Read model type ${typeName} is not an object type of the schema`);
    const fields: Record<string, Resolver> = {};
    for (const name of Object.keys(type.getFields())) {
      const field = meta.fields[name];
      const decode = field?.kind === 'scalar' ? field.decode : undefined;
      fields[name] = decode ? (value, _args, _ctx, info) => decode(value[info.path.key]) : byResponseKey;
    }
    resolvers[typeName] = fields;
  }
  return resolvers;
}

/** A write resolver, whatever its (generated) argument type: `never` accepts them all. */
type Write = (source: unknown, args: never, ctx: Context, info: GraphQLResolveInfo) => Promise<{ id: string }>;
type ReadBack = (source: unknown, args: unknown, ctx: Context, info: GraphQLResolveInfo) => Promise<unknown>;

/**
 * Mutations that answer with a node of the read model (createEntity, retractClaim ...): the write
 * answers with the id it wrote, and that node is read back with the mutation's selection (one query).
 */
export function readBack(writes: Record<string, Write>): Record<string, ReadBack> {
  return Object.fromEntries(
    Object.entries(writes).map(([name, write]) => [
      name,
      async (source: unknown, args: unknown, ctx: Context, info: GraphQLResolveInfo) => {
        const written = await write(source, args as never, ctx, info);
        return readNode(ctx, info, READ_TYPES, written.id);
      },
    ]),
  );
}
