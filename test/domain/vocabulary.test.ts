// One vocabulary: src/domain/vocabulary.ts is the source of every relationship type. The SDL enum, the
// per-type indexes of cypher/schema/constraints.cypher, the document JSON schema, the seed and every
// relationship type written in a Cypher file or in a Cypher fragment of src/ must agree with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import {
  BOOKKEEPING_RULES,
  CLAIM_LINK_RULES,
  CLAIM_LINK_TYPES,
  CLAIM_TO_CLAIM_TYPES,
  RELATION_RULES,
  RELATION_TYPES,
  RELATIONSHIP_TYPES,
} from '../../src/domain/vocabulary.js';
import { loadTypeDefs } from '../../src/server/schema.js';

const ROOT = repoRoot();
const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');
const sorted = (items: Iterable<string>) => [...new Set(items)].sort();

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));
}

/** Relationship types in Cypher text: `[:T]`, `[r:T]`, `[r:A|B]`, `[:T*1..3]` (parameters and `$(t)` are not types). */
function relationshipTypesIn(text: string): string[] {
  const types: string[] = [];
  // Comment lines may name placeholders (`[r:TYPES]`); only code counts.
  const code = text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join('\n');
  for (const match of code.matchAll(/\[[A-Za-z0-9_${}]*:([A-Z][A-Z0-9_]*(?:\|[A-Z][A-Z0-9_]*)*)[\]*\s{]/g)) {
    types.push(...match[1]!.split('|'));
  }
  return types;
}

const schema = buildSchema(loadTypeDefs(join(ROOT, 'schema')));
const enumValues = (name: string) => {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the SDL`);
  return type.getValues();
};

describe('one vocabulary of relationship types (src/domain/vocabulary.ts)', () => {
  it('the SDL enum RelationType lists exactly the relation types, each described with the ends its rule allows', () => {
    const values = enumValues('RelationType');
    expect(values.map((v) => v.name)).toEqual(RELATION_TYPES);
    for (const value of values) {
      const rule = RELATION_RULES[value.name as keyof typeof RELATION_RULES];
      // "Person or Institution -> Person: ..." names the kinds a relation may start and end at.
      const ends = /^(.+?) -> (.+?)(?:[.:,]|$)/.exec(value.description ?? '');
      expect(ends, `${value.name}: description "${value.description}" should start with "From -> To"`).not.toBeNull();
      const kinds = (side: string) => sorted(side.split(/,\s*|\s+or\s+/));
      expect(kinds(ends![1]!), `${value.name} starts at`).toEqual(sorted(rule.from));
      expect(kinds(ends![2]!), `${value.name} ends at`).toEqual(sorted(rule.to));
    }
  });

  it('the SDL enum ClaimLinkKind (linkClaims) lists exactly the claim-to-claim links', () => {
    expect(sorted(enumValues('ClaimLinkKind').map((v) => v.name))).toEqual(sorted(CLAIM_TO_CLAIM_TYPES));
    for (const type of CLAIM_TO_CLAIM_TYPES) expect(CLAIM_LINK_RULES[type]).toEqual({ from: ['Claim'], to: ['Claim'] });
  });

  it('cypher/schema/constraints.cypher has each per-relation-type index for exactly the relation types', () => {
    const families = new Map<string, string[]>();
    for (const match of read('cypher', 'schema', 'constraints.cypher').matchAll(
      /^CREATE [A-Z ]+? (\w+) IF NOT EXISTS FOR \(\)-\[\w*:(\w+)\]-\(\)/gm,
    )) {
      const [, name, type] = match as unknown as [string, string, string];
      // An index on a claim link (SAID_BY's page key) is that link's own, not a family of the relation types.
      if ((CLAIM_LINK_TYPES as readonly string[]).includes(type)) continue;
      expect(RELATION_TYPES, `index ${name}`).toContain(type);
      // rel_holds_role_in_created_at -> the family "created_at" of HOLDS_ROLE_IN.
      const prefix = `rel_${type.toLowerCase()}_`;
      const family = name.startsWith(prefix) ? name.slice(prefix.length) : name;
      families.set(family, [...(families.get(family) ?? []), type]);
    }
    expect(families.size, 'per-type index families').toBeGreaterThan(0);
    for (const [family, types] of families) {
      expect(types.length, `${family}: one index per type`).toBe(new Set(types).size);
      expect(sorted(types), `index family ${family}`).toEqual(sorted(RELATION_TYPES));
    }
  });

  it('the document JSON schema (schema/document.schema.json) allows exactly the relation types', () => {
    const json = JSON.parse(read('schema', 'document.schema.json')) as {
      properties: { relations: { items: { properties: { type: { enum: string[] } } } } };
    };
    expect(json.properties.relations.items.properties.type.enum).toEqual(RELATION_TYPES);
  });

  it('the seed uses only relationship types of the vocabulary', () => {
    const seedTypes = sorted(filesUnder('cypher/seed', '.cypher').flatMap((f) => relationshipTypesIn(read(f))));
    expect(
      seedTypes.filter((t) => !RELATIONSHIP_TYPES.includes(t)),
      'seed types outside the vocabulary',
    ).toEqual([]);
    expect(seedTypes, "the scan finds the seed's claim links").toEqual(expect.arrayContaining(['SAID_BY', 'ABOUT', 'APPEARS_IN']));
  });

  it('every relationship type written in a Cypher file or a Cypher fragment in src/ is in the vocabulary', () => {
    const files = [...filesUnder('cypher', '.cypher'), ...filesUnder('src', '.ts').filter((f) => !f.includes('generated'))];
    const outside = files.flatMap((f) =>
      relationshipTypesIn(read(f))
        .filter((t) => !RELATIONSHIP_TYPES.includes(t))
        .map((t) => `${relative('.', f)}: ${t}`),
    );
    expect(outside).toEqual([]);
    // The scan does see the claim links written as literals (it is not vacuous).
    expect(relationshipTypesIn(read('src', 'claims', 'fields.ts'))).toEqual(expect.arrayContaining(['CONTRADICTS', 'SUPPORTS']));
  });

  it('the vocabulary has no type in two roles', () => {
    const all = [...RELATION_TYPES, ...CLAIM_LINK_TYPES, ...Object.keys(BOOKKEEPING_RULES)];
    expect(all.length).toBe(new Set(all).size);
  });
});
