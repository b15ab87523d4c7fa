// The ingestion document: one article's worth of knowledge. This zod schema is the single definition;
// schema/document.schema.json is generated from it (npm run schema:json) and checked by a test.
import { z } from 'zod';
import { RELATION_TYPES, SLUG, type RelationType } from '../graph/vocabulary.js';

// Control characters other than tab, newline and carriage return (e.g. NUL) are refused.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// A lone UTF-16 surrogate cannot be stored as UTF-8: it would silently become U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (s: string) => !LONE_SURROGATE.test(s);
const WELL_FORMED = 'must be valid Unicode (it contains a lone surrogate)';
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters')
    .refine(wellFormed, WELL_FORMED);
const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD');
const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:${SLUG}$`, 'u'), `must look like ${prefix}:some-slug`);
const entityId = z
  .string()
  .regex(new RegExp(`^(person|institution|track|event):${SLUG}$`, 'u'), 'must look like person:some-slug');

/** An entity reference: an id (`person:witkoff`) or a name or alias ("Steve Witkoff"). */
const entityRef = text(200);
/** A claim reference: a claim id, or `#N` for the N-th claim of this document. */
const claimRef = z.string().regex(new RegExp(`^(#\\d{1,4}|claim:${SLUG})$`, 'u'), 'must be a claim id or #index');

export const ENTITY_KIND_INPUTS = { PERSON: 'Person', INSTITUTION: 'Institution', TRACK: 'PolicyTrack', EVENT: 'Event' } as const;

export const EntityInput = z.strictObject({
  id: entityId.optional(),
  kind: z.enum(['PERSON', 'INSTITUTION', 'TRACK', 'EVENT']),
  name: text(200),
  aliases: z.array(text(200)).max(50).default([]),
  description: text(2000).optional(),
  date: isoDate.optional(),
  approximateDate: text(50).optional(),
  location: text(200).optional(),
});

export const SourceInput = z.strictObject({
  id: idOf('source').optional(),
  title: text(500),
  publisher: text(200).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000).refine(wellFormed, WELL_FORMED).optional(),
  publishedDate: isoDate.optional(),
  approximateDate: text(50).optional(),
  kind: z.enum(['ARTICLE', 'STATEMENT', 'REPORT', 'TRANSCRIPT']).default('ARTICLE'),
});

export const ClaimInput = z.strictObject({
  id: idOf('claim').optional(),
  text: text(5000),
  kind: z.enum(['QUOTE', 'REPORT', 'ANALYSIS', 'FACT']),
  speaker: entityRef,
  attributedTo: z.array(entityRef).max(20).default([]),
  about: z.array(entityRef).min(1, 'a claim must be about at least one entity').max(50),
  statedDate: isoDate.optional(),
  approximateDate: text(50).optional(),
  contradicts: z.array(claimRef).max(50).default([]),
  supports: z.array(claimRef).max(50).default([]),
});

export const RelationInput = z.strictObject({
  type: z.enum(RELATION_TYPES as [RelationType, ...RelationType[]]),
  from: entityRef,
  to: entityRef,
  evidence: z.array(claimRef).min(1, 'a relation needs at least one evidence claim').max(50),
  role: text(200).optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  status: z.enum(['ACTIVE', 'ENDED']).optional(),
});

export const DocumentInput = z.strictObject({
  source: SourceInput,
  entities: z.array(EntityInput).max(500).default([]),
  claims: z.array(ClaimInput).max(1000).default([]),
  relations: z.array(RelationInput).max(1000).default([]),
  options: z
    .strictObject({
      /** What to do with a listed entity that matches nothing in the graph: create it, or report it. */
      unresolvedEntities: z.enum(['CREATE', 'REPORT']).default('CREATE'),
    })
    .default({ unresolvedEntities: 'CREATE' }),
});

export type Document = z.output<typeof DocumentInput>;
export type DocumentEntity = Document['entities'][number];
export type DocumentClaim = Document['claims'][number];
export type DocumentRelation = Document['relations'][number];

/** One problem with a document, with its path in the input (`claims[3].speaker`). */
export interface Problem {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** GraphQL gives explicit nulls for omitted optional fields; the schema wants them absent. */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, dropNulls(v)]));
  }
  return value;
}

/** Validates a document's shape; every problem is reported, not only the first. */
export function parseDocument(input: unknown): { document: Document; problems: [] } | { document: null; problems: Problem[] } {
  const parsed = DocumentInput.safeParse(dropNulls(input));
  if (parsed.success) return { document: parsed.data, problems: [] };
  return {
    document: null,
    problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path) || '(document)', message: issue.message })),
  };
}
