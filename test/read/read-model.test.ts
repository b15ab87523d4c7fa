// The read model's metadata and the SDL say the same thing: every field metadata entry names a field of the
// SDL, every SDL field of a read-model type is either a plain property or has metadata, every compiled root
// is a Query field, and the SDL's argument defaults are the bounds of src/read/limits.ts.
import { buildSchema, getNamedType, isLeafType, isObjectType, type GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { READ_LIMITS } from '../../src/read/limits.js';
import { READ_ROOTS, READ_TYPES } from '../../src/server/read-model.js';
import { loadTypeDefs } from '../../src/server/schema.js';
import { SCHEMA_DIR } from '../support/graph.js';

const schema = buildSchema(loadTypeDefs(SCHEMA_DIR));
const query = schema.getQueryType()!;
/** Query fields that do not read the graph through the compiler: extraction drafts from a text. */
const NOT_COMPILED = ['extractDocument'];

describe('the read model matches the SDL', () => {
  it('declares metadata only for fields the SDL has', () => {
    const strays = Object.entries(READ_TYPES).flatMap(([typeName, meta]) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) return [`${typeName} (no such object type)`];
      return Object.keys(meta.fields)
        .filter((f) => !type.getFields()[f])
        .map((f) => `${typeName}.${f}`);
    });
    expect(strays).toEqual([]);
  });

  it('can compile every field of every read-model type: a plain property or a field with metadata', () => {
    const reachable = new Set<string>();
    const visit = (typeName: string) => {
      if (reachable.has(typeName)) return;
      const type = schema.getType(typeName);
      if (!type || isLeafType(type)) return;
      reachable.add(typeName);
      const possible = isObjectType(type) ? [type] : schema.getPossibleTypes(type as never);
      for (const t of possible) {
        reachable.add(t.name);
        for (const field of Object.values(t.getFields())) visit(getNamedType(field.type).name);
      }
    };
    for (const name of Object.keys(READ_ROOTS)) visit(getNamedType(query.getFields()[name]!.type).name);
    const missing: string[] = [];
    for (const typeName of reachable) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const leaf = isLeafType(getNamedType(field.type));
        if (!leaf && !READ_TYPES[typeName]?.fields[field.name]) missing.push(`${typeName}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
    // Every type with metadata is one a compiled root can reach.
    expect(Object.keys(READ_TYPES).filter((t) => !reachable.has(t))).toEqual([]);
  });

  it('compiles every Query field but the text-only ones, and no root the SDL lacks', () => {
    expect(Object.keys(READ_ROOTS).filter((name) => !query.getFields()[name])).toEqual([]);
    const uncompiled = Object.keys(query.getFields()).filter((name) => !(name in READ_ROOTS));
    expect(uncompiled).toEqual(NOT_COMPILED);
  });

  it('gives every argument the default of its bound in src/read/limits.ts', () => {
    const defaultOf = (field: GraphQLField<unknown, unknown>, arg: string) => field.args.find((a) => a.name === arg)?.defaultValue;
    const roots = query.getFields();
    for (const name of ['people', 'institutions', 'tracks', 'claims'])
      expect(defaultOf(roots[name]!, 'first'), name).toBe(READ_LIMITS.page.default);
    expect(defaultOf(roots.timeline!, 'first')).toBe(READ_LIMITS.timelinePage.default);
    expect(defaultOf(roots.changes!, 'first')).toBe(READ_LIMITS.changes.default);
    expect(defaultOf(roots.search!, 'first')).toBe(READ_LIMITS.search.default);
    expect(defaultOf(roots.paths!, 'maxHops')).toBe(READ_LIMITS.maxHops.default);
    expect(defaultOf(roots.neighborhood!, 'depth')).toBe(READ_LIMITS.depth.default);
    // Nested lists: every `first` below the root.
    const nested = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && t !== query && !t.name.startsWith('__') && t.name !== 'Mutation' && t.name !== 'Subscription')
      .flatMap((t) =>
        Object.values((t as ReturnType<typeof schema.getQueryType> & object).getFields()).map((f) => [`${t.name}.${f.name}`, f] as const),
      )
      .filter(([, f]) => f.args.some((a) => a.name === 'first'));
    expect(nested.length).toBeGreaterThan(5);
    // An entity's relation and claim pages are pages (READ_LIMITS.relationsPage), not capped lists.
    const pages = nested.filter(([name]) => name.endsWith('.relationsPage') || name.endsWith('.claimsMadePage'));
    expect(pages).toHaveLength(8);
    for (const [name, field] of pages) expect(defaultOf(field, 'first'), name).toBe(READ_LIMITS.relationsPage.default);
    for (const [name, field] of nested.filter((n) => !pages.includes(n))) {
      expect(defaultOf(field, 'first'), name).toBe(READ_LIMITS.nestedList.default);
    }
  });
});
