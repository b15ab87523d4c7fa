// The ingestion document: one article's worth of knowledge. This zod schema is the single definition;
// schema/document.schema.json is generated from it (npm run schema:json) and checked by a test.
import { z } from 'zod';
import { ISO_DATE, ISO_DATE_HINT } from '../domain/iso-date.js';
import { ENTITY_ID_KINDS, idPattern, PREFIX_OF, SLUG, type IdKind } from '../domain/ids.js';
import { RELATION_TYPES, type RelationType } from '../domain/vocabulary.js';

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
const isoDate = z.string().regex(ISO_DATE, `must be an ISO 8601 date: ${ISO_DATE_HINT}`);
const idOf = (prefix: IdKind) => z.string().regex(idPattern([prefix]), `must look like ${prefix}:some-slug`);
const entityId = z.string().regex(idPattern(ENTITY_ID_KINDS), 'must look like person:some-slug');

/** An entity reference: an id (`person:witkoff`) or a name or alias ("Steve Witkoff"). */
/** The longest claim text, and entity description, a document (and addClaim, createEntity, updateEntity) takes. */
export const CLAIM_TEXT_MAX = 5000;
export const DESCRIPTION_MAX = 2000;
/** The longest source URL. */
export const URL_MAX = 2000;

const entityRef = text(200).describe(
  'An entity: its id (person:, institution:, track: or event:...) or one of its names or aliases, matched ignoring case, accents and punctuation.',
);
/** `#N`: this document's claims[N], counting from 0, written without leading zeros. */
const INDEX = String.raw`#(0|[1-9]\d{0,3})`;
export const CLAIM_INDEX = new RegExp(`^${INDEX}$`);
/** A claim reference: a claim id, or `#N` for this document's claims[N] (from 0). */
const claimRef = z
  .string()
  .regex(
    new RegExp(`^(${INDEX}|claim:${SLUG})$`, 'u'),
    "must be a claim id (claim:...) or #N, this document's claims[N] counting from 0 (#0 is the first claim), without leading zeros",
  )
  .describe(
    'A claim: its id (claim:..., the one its document chose or the one ingestDocument returned), ' +
      "or #N for this document's claims[N], counting from 0 (#0 is the first claim).",
  );

/** The most text a source may carry (about 30,000 words). */
export const SOURCE_TEXT_MAX = 200_000;

/** A passage of the source's text: character offsets (UTF-16 code units, as JavaScript and Neo4j count), end excluded. */
const Span = z
  .strictObject({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((span) => span.end > span.start, { message: 'end must be after start', path: ['end'] })
  .describe('A passage of source.text: offsets in UTF-16 code units (as JavaScript counts), end excluded.');

/**
 * What an extractor says about an item it proposed (npm run extract, extractDocument): how sure it is, why, and
 * where in the source it found it. Checked, shown to reviewers, not stored.
 */
const Extracted = z
  .strictObject({
    confidence: z.number().min(0).max(1),
    reason: text(1000).optional(),
    /** Entities: every passage naming it. */
    mentions: z.array(Span).max(1000).optional(),
    /** Relations: the sentence that states it. */
    span: Span.optional(),
    /** Relations: the phrase of the lexicon that cued it. */
    cue: text(200).optional(),
    /** Entities: matched an entity already in the graph. */
    resolved: z.boolean().optional(),
  })
  .describe('Extraction metadata (confidence, reason, spans): validated, shown for review, not stored.');

export const ENTITY_KIND_INPUTS = { PERSON: 'Person', INSTITUTION: 'Institution', TRACK: 'PolicyTrack', EVENT: 'Event' } as const;

export const EntityInput = z
  .strictObject({
    id: entityId
      .optional()
      .describe('Optional; its prefix names its kind and must match `kind` (person:, institution:, track: or event:).'),
    kind: z.enum(['PERSON', 'INSTITUTION', 'TRACK', 'EVENT']),
    name: text(200),
    aliases: z.array(text(200)).max(50).default([]),
    description: text(DESCRIPTION_MAX).optional(),
    date: isoDate.optional(),
    approximateDate: text(50).optional(),
    location: text(200).optional(),
    extracted: Extracted.optional(),
  })
  // An id's prefix names its kind (the API refuses an id of the wrong kind by its prefix alone).
  .superRefine((entity, ctx) => {
    const prefix = PREFIX_OF[ENTITY_KIND_INPUTS[entity.kind]];
    if (entity.id && !entity.id.startsWith(`${prefix}:`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `must be ${/^[aeiou]/.test(prefix) ? 'an' : 'a'} ${prefix} id (${prefix}:...) for kind ${entity.kind}`,
      });
    }
  });

export const SourceInput = z.strictObject({
  id: idOf('source').optional(),
  title: text(500),
  publisher: text(200).optional(),
  publishedBy: entityRef
    .optional()
    .describe("The publisher as an entity (PUBLISHED_BY): the last link of every claim's attribution chain, and the `publisher` filter."),
  relays: z
    .array(entityRef)
    .max(20)
    .default([])
    .describe("Whose analysis this source is a write-up of (RELAYS): its publisher's own analysis in it is then also that analyst's."),
  url: z
    .url({ protocol: /^https?$/ })
    .max(URL_MAX)
    .refine(wellFormed, WELL_FORMED)
    .optional(),
  publishedDate: isoDate.optional(),
  approximateDate: text(50).optional(),
  kind: z.enum(['ARTICLE', 'STATEMENT', 'REPORT', 'TRANSCRIPT']).default('ARTICLE'),
  text: z
    .string()
    .min(1, 'must not be empty')
    .max(SOURCE_TEXT_MAX)
    .refine((t) => !CONTROL.test(t), 'must not contain control characters')
    .refine(wellFormed, WELL_FORMED)
    .optional()
    .describe(
      "The full text, stored once with the source (not trimmed: spans count from its first character). Claims' spans point into it.",
    ),
});

/** One link of a claim's attribution chain, outward from the speaker. */
const AttributionLinkInput = z.strictObject({
  entity: entityRef,
  role: z
    .enum(['RELAYED_BY', 'REPORTED_BY'])
    .describe('RELAYED_BY: cites or passes the words on (an analyst quoting); REPORTED_BY: reports them as news (an outlet).'),
});

export const ClaimInput = z
  .strictObject({
    id: idOf('claim')
      .optional()
      .describe(
        "A stable id of the author's choice, by which later documents can refer to this claim; " +
          'without it, one is derived from source, speaker and text (ingestDocument returns it).',
      ),
    text: text(CLAIM_TEXT_MAX),
    kind: z.enum(['QUOTE', 'REPORT', 'ANALYSIS', 'FACT']),
    speaker: entityRef,
    attributedTo: z
      .array(entityRef)
      .max(20)
      .default([])
      .describe('Older form of attribution: who relays it, outward from the speaker (RELAYED_BY links).'),
    attribution: z
      .array(AttributionLinkInput)
      .max(20)
      .optional()
      .describe("The attribution chain after the speaker, in order outward (who relayed or reported it); the source's publisher ends it."),
    about: z.array(entityRef).min(1, 'a claim must be about at least one entity').max(50),
    statedDate: isoDate.optional(),
    approximateDate: text(50).optional(),
    contradicts: z.array(claimRef).max(50).default([]),
    supports: z.array(claimRef).max(50).default([]),
    span: Span.optional().describe(
      'Where the claim is in source.text (which the document must then carry); Claim.sentence returns that passage.',
    ),
    extracted: Extracted.optional(),
  })
  // One chain per claim: the two forms would each claim its order.
  .superRefine((claim, ctx) => {
    if (claim.attribution && claim.attributedTo.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['attribution'],
        message: 'give attribution or attributedTo, not both (attributedTo is the older form of a chain of RELAYED_BY links)',
      });
    }
  });

export const RelationInput = z.strictObject({
  type: z.enum(RELATION_TYPES as [RelationType, ...RelationType[]]),
  from: entityRef,
  to: entityRef,
  evidence: z.array(claimRef).min(1, 'a relation needs at least one evidence claim').max(50),
  role: text(200).optional().describe('The role held (HOLDS_ROLE_IN, HEADS); each role is a relation of its own.'),
  validFrom: isoDate.optional().describe('Start of the period; with the role it names the period (one relation per role and start).'),
  validTo: isoDate
    .optional()
    .describe(
      'End of the period. Without validFrom it closes the latest period of this role that began on or before it (README, "Relation history").',
    ),
  status: z.enum(['ACTIVE', 'ENDED']).optional().describe('ENDED: the relation has ended, the source gives no date.'),
  extracted: Extracted.optional(),
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
export type DocumentClaim = Document['claims'][number];
export type DocumentRelation = Document['relations'][number];

/** One problem with a document, with its path in the input (`claims[3].speaker`). */
export interface Problem {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

export type Issue = z.core.$ZodIssue;

// The format is four levels deep (document.claims[i].about[j]); deeper values are left for the schema to refuse.
const NULLS_DEPTH = 4;

/** A null stands for an absent key (clients and GraphQL send them for optional fields). */
function dropNulls(value: unknown, depth = 0): unknown {
  if (depth > NULLS_DEPTH) return value;
  if (Array.isArray(value)) return value.map((v) => dropNulls(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, dropNulls(v, depth + 1)]),
    );
  }
  return value;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Issues as problems: a missing key says so, and an unknown key is reported at its own path. */
function problemsOf(issues: readonly Issue[]): Problem[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'unknown key (not in the document format)' }));
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return [
      {
        path: formatPath(issue.path) || '(document)',
        message: missing ? `required, and missing (expected ${issue.expected})` : issue.message,
      },
    ];
  });
}

/** `#N` references that name no claim of this document, or the claim that holds them. */
function claimIndexProblems(input: unknown): Problem[] {
  if (!isRecord(input)) return [];
  const claims = Array.isArray(input.claims) ? input.claims : [];
  const count = claims.length;
  const problems: Problem[] = [];
  const check = (refs: unknown, path: string, self?: number) => {
    if (!Array.isArray(refs)) return;
    refs.forEach((ref, j) => {
      if (typeof ref !== 'string' || !CLAIM_INDEX.test(ref)) return;
      const n = Number(ref.slice(1));
      const rule = `#N counts from 0: #0 is the first claim`;
      if (n >= count) {
        const range = count === 0 ? 'has no claims' : `has ${count} claim(s), #0 to #${count - 1}`;
        problems.push({ path: `${path}[${j}]`, message: `no claim ${ref}: this document ${range} (${rule})` });
      } else if (n === self) {
        problems.push({ path: `${path}[${j}]`, message: `${ref} is this claim itself (${rule}, so ${ref} is claims[${n}])` });
      }
    });
  };
  claims.forEach((claim, i) => {
    if (!isRecord(claim)) return;
    check(claim.contradicts, `claims[${i}].contradicts`, i);
    check(claim.supports, `claims[${i}].supports`, i);
  });
  if (Array.isArray(input.relations)) {
    input.relations.forEach((relation, i) => {
      if (isRecord(relation)) check(relation.evidence, `relations[${i}].evidence`);
    });
  }
  return problems;
}

export type ParsedDocument =
  | { document: Document; problems: [] }
  /** With the input (nulls dropped) and the schema's issues, for checking the rest of it (partial.ts). */
  | { document: null; problems: Problem[]; input: unknown; issues: readonly Issue[] };

/** Spans (claims', and the extractor's mentions and relation sentences) that do not lie inside source.text. */
function spanProblems(input: unknown): Problem[] {
  if (!isRecord(input)) return [];
  const source = isRecord(input.source) ? input.source : {};
  const length = typeof source.text === 'string' ? source.text.length : null;
  const problems: Problem[] = [];
  const check = (span: unknown, path: string) => {
    if (!isRecord(span) || typeof span.start !== 'number' || typeof span.end !== 'number') return;
    if (length === null) problems.push({ path, message: 'a span needs source.text, the text it points into' });
    else if (span.end > length) problems.push({ path, message: `must lie inside source.text (${length} characters): ends at ${span.end}` });
  };
  const items = (key: string) => (Array.isArray(input[key]) ? (input[key] as unknown[]) : []);
  items('claims').forEach((claim, i) => {
    if (!isRecord(claim)) return;
    check(claim.span, `claims[${i}].span`);
    if (isRecord(claim.extracted)) check(claim.extracted.span, `claims[${i}].extracted.span`);
  });
  items('entities').forEach((entity, i) => {
    const mentions = isRecord(entity) && isRecord(entity.extracted) ? entity.extracted.mentions : undefined;
    if (Array.isArray(mentions)) mentions.forEach((m, j) => check(m, `entities[${i}].extracted.mentions[${j}]`));
  });
  items('relations').forEach((relation, i) => {
    if (isRecord(relation) && isRecord(relation.extracted)) check(relation.extracted.span, `relations[${i}].extracted.span`);
  });
  return problems;
}

/**
 * Validates a document's shape and its `#N` references; every problem is reported, a missing key as
 * much as a wrong value, each with its path.
 */
export function parseDocument(raw: unknown): ParsedDocument {
  const input = dropNulls(raw);
  const parsed = DocumentInput.safeParse(input, { reportInput: true });
  const issues = parsed.success ? [] : parsed.error.issues;
  const problems = [...problemsOf(issues), ...claimIndexProblems(input), ...spanProblems(input)];
  if (parsed.success && problems.length === 0) return { document: parsed.data, problems: [] };
  return { document: null, problems, input, issues };
}
