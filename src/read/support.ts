// Support: how well the claims behind a relation (or a claim) hold up (README, "Independent corroboration").
// Shared by Relation.support and Claim.support. The bind collects one small row per claim (and one per
// contradicting claim); the Support fields count over those lists with list expressions, since Cypher allows
// no aggregation inside the list expressions a projection is built from.
import type { CypherScope, FieldMeta, ObjectField, TypeMetas } from './types.js';
import { claimDate } from './claim-date.js';

/**
 * The id of claim `ev`'s origin (README, "Independent corroboration"): its original speaker (SAID_BY, the start of
 * its attribution chain), except the outlet's own analysis in a write-up of someone's analysis (a source that
 * RELAYS them, said by its publisher), whose origin is the analyst relayed.
 */
export function claimOrigin(ev: string, c: CypherScope): string {
  const [sp, src, x] = [c.fresh('sp'), c.fresh('src'), c.fresh('x')];
  return (
    `head(COLLECT { MATCH (${ev})-[:SAID_BY]->(${sp}:Entity) MATCH (${ev})-[:APPEARS_IN]->(${src}:Source) ` +
    `RETURN CASE WHEN ${ev}.kind = 'ANALYSIS' AND EXISTS { (${src})-[:PUBLISHED_BY]->(${sp}) } ` +
    `THEN coalesce(head([(${src})-[:RELAYS]->(${x}:Entity) | ${x}.id]), ${sp}.id) ELSE ${sp}.id END })`
  );
}

/** The claims counted, as a Cypher fragment binding `ev` (one live claim per row), and which claims are in the set. */
interface ClaimSet {
  match(ev: string): string;
  contains(o: string): string;
}

/**
 * `{rows, contradicting}`: per claim its id, kind, speaker (node), source id, publisher key, date, the reliability
 * of its source (else its publisher) and whether it is a quote by one of `ends`; per live claim outside the set
 * that contradicts one of them, its id and speaker id.
 */
function supportOver(set: ClaimSet, ends: string | null, c: CypherScope): string {
  const [ev, sp, src, pub, o, os] = [c.fresh('ev'), c.fresh('sp'), c.fresh('src'), c.fresh('pub'), c.fresh('o'), c.fresh('os')];
  const publisher = `head([(${src})-[:PUBLISHED_BY]->(${pub}:Entity) | ${pub}])`;
  const onRecord = ends ? `${ev}.kind = 'QUOTE' AND ${sp} IN ${ends}` : 'false';
  const rows =
    `COLLECT { ${set.match(ev)} MATCH (${ev})-[:SAID_BY]->(${sp}:Entity) MATCH (${ev})-[:APPEARS_IN]->(${src}:Source) ` +
    `WITH ${ev}, ${sp}, ${src}, ${publisher} AS ${pub} ` +
    `RETURN {claim: ${ev}.id, kind: ${ev}.kind, speaker: ${sp}, origin: ${claimOrigin(ev, c)}, source: ${src}.id, ` +
    `publisher: coalesce(${pub}.id, ${src}.publisher, ${src}.id), ` +
    `day: ${claimDate(ev, c)}, reliability: coalesce(${src}.reliability, ${pub}.reliability), onRecord: ${onRecord}} }`;
  const contradicting =
    `COLLECT { ${set.match(ev)} MATCH (${ev})-[:CONTRADICTS]-(${o}:Claim) WHERE ${o}.retractedAt IS NULL AND NOT (${set.contains(o)}) ` +
    `MATCH (${o})-[:SAID_BY]->(${os}:Entity) RETURN DISTINCT {claim: ${o}.id, speaker: ${os}.id} }`;
  return `{rows: ${rows}, contradicting: ${contradicting}}`;
}

/** Relation `r`'s support: over its live evidence claims; on record when a quote's speaker is one of its ends. */
export const relationSupport: ObjectField = {
  kind: 'object',
  bind(r, _args, c) {
    const id = c.fresh('eid');
    const set: ClaimSet = {
      match: (ev) => `UNWIND coalesce(${r}.evidence, []) AS ${id} MATCH (${ev}:Claim {id: ${id}}) WHERE ${ev}.retractedAt IS NULL`,
      contains: (o) => `${o}.id IN coalesce(${r}.evidence, [])`,
    };
    return supportOver(set, `[startNode(${r}), endNode(${r})]`, c);
  },
};

/** Claim `v`'s support: the claim itself (when live) and the live claims that support it. */
export const claimSupport: FieldMeta = {
  kind: 'object',
  bind(v, _args, c) {
    const set: ClaimSet = {
      // From the claim, never a scan of every claim: itself, then its supporters through its relationships.
      match: (ev) => {
        const o = c.fresh('o');
        return `UNWIND [${v}] + [(${o}:Claim)-[:SUPPORTS]->(${v}) | ${o}] AS ${ev} WITH ${ev} WHERE ${ev}.retractedAt IS NULL`;
      },
      contains: (o) => `${o} = ${v} OR (${o})-[:SUPPORTS]->(${v})`,
    };
    return supportOver(set, null, c);
  },
};

/** The distinct non-null values of a list expression, in first-seen order. */
function distinct(list: string, c: CypherScope): string {
  const [acc, x] = [c.fresh('acc'), c.fresh('x')];
  return `reduce(${acc} = [], ${x} IN [${x} IN ${list} WHERE ${x} IS NOT NULL] | CASE WHEN ${x} IN ${acc} THEN ${acc} ELSE ${acc} + [${x}] END)`;
}

/** `key` of every row of support `s`. */
function column(s: string, key: string, c: CypherScope): string {
  const row = c.fresh('row');
  return `[${row} IN ${s}.rows | ${row}.${key}]`;
}

/** The smallest (`first`) or largest non-null value of a list of strings; null when none. */
function extreme(list: string, first: boolean, c: CypherScope): string {
  const [m, x] = [c.fresh('m'), c.fresh('x')];
  const better = first ? `${x} < ${m}` : `${x} > ${m}`;
  return `reduce(${m} = null, ${x} IN ${list} | CASE WHEN ${x} IS NOT NULL AND (${m} IS NULL OR ${better}) THEN ${x} ELSE ${m} END)`;
}

const origins = (s: string, c: CypherScope) => `size(${distinct(column(s, 'origin', c), c)})`;
const contradictingOrigins = (s: string, c: CypherScope) => {
  const x = c.fresh('x');
  return `size(${distinct(`[${x} IN ${s}.contradicting | ${x}.speaker]`, c)})`;
};

/**
 * Information credibility, 1 (confirmed) to 6 (cannot be judged), from independent corroboration and
 * contradiction (README, "Independent corroboration"): uncontradicted, 3+ origins 1, 2 origins 2, one 3;
 * contradicted, 4 while its origins are at least as many as the contradicting ones, else 5; no live claim 6.
 */
function credibility(s: string, c: CypherScope): string {
  const n = origins(s, c);
  return (
    `CASE WHEN size(${s}.rows) = 0 THEN 6 ` +
    `WHEN size(${s}.contradicting) > 0 THEN CASE WHEN ${contradictingOrigins(s, c)} > ${n} THEN 5 ELSE 4 END ` +
    `WHEN ${n} >= 3 THEN 1 WHEN ${n} = 2 THEN 2 ELSE 3 END`
  );
}

const reliability = (s: string, c: CypherScope) => `coalesce(${extreme(column(s, 'reliability', c), true, c)}, 'F')`;

export const supportTypes: TypeMetas = {
  Support: {
    fields: {
      claims: { kind: 'scalar', expr: (s) => `size(${s}.rows)` },
      sources: { kind: 'scalar', expr: (s, _a, c) => `size(${distinct(column(s, 'source', c), c)})` },
      publishers: { kind: 'scalar', expr: (s, _a, c) => `size(${distinct(column(s, 'publisher', c), c)})` },
      independentOrigins: { kind: 'scalar', expr: (s, _a, c) => origins(s, c) },
      speakers: {
        kind: 'list',
        items(s, _a, c, project) {
          const x = c.fresh('x');
          return `[${x} IN ${distinct(column(s, 'speaker', c), c)} | ${project(x)}]`;
        },
      },
      kinds: { kind: 'scalar', expr: (s, _a, c) => distinct(column(s, 'kind', c), c) },
      onRecord: {
        kind: 'scalar',
        expr: (s, _a, c) => {
          const row = c.fresh('row');
          return `any(${row} IN ${s}.rows WHERE ${row}.onRecord)`;
        },
      },
      firstSaid: { kind: 'scalar', expr: (s, _a, c) => extreme(column(s, 'day', c), true, c) },
      lastSaid: { kind: 'scalar', expr: (s, _a, c) => extreme(column(s, 'day', c), false, c) },
      contradictingClaims: { kind: 'scalar', expr: (s) => `size(${s}.contradicting)` },
      contradictingOrigins: { kind: 'scalar', expr: (s, _a, c) => contradictingOrigins(s, c) },
      reliability: { kind: 'scalar', expr: (s, _a, c) => reliability(s, c) },
      credibility: { kind: 'scalar', expr: (s, _a, c) => credibility(s, c) },
      grade: { kind: 'scalar', expr: (s, _a, c) => `${reliability(s, c)} + toString(${credibility(s, c)})` },
    },
  },
};
