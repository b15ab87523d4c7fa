// Claim links with their provenance (schema/claims.graphql): Claim.links, ClaimLink, and the who/when/which
// source/date fields a Contradiction shares with a ClaimLink. A link value is a map holding the relationship.
import { mapKey, type FieldMeta, type TypeMeta } from '../read/types.js';
import { linkAlternation, linkDate, linkKinds, linkSource } from '../read/link-snippets.js';

/**
 * linkedBy, linkedAt, source and date of a link held in a map as `r`, from claim `a` to claim `b`. A map built
 * with `pre: true` carries them already (`src`, `d`: contradictionTimeline places pairs by date, so it has them):
 * read there, not again, and no subquery runs deep inside that answer's nested lists, where Neo4j 5.26 failed
 * on one ("expected a map but was null").
 */
export const provenanceFields: Record<string, FieldMeta> = {
  linkedBy: { kind: 'scalar', expr: (v) => `${v}.r.createdBy` },
  linkedAt: { kind: 'scalar', expr: (v) => `toString(${v}.r.createdAt)` },
  source: { kind: 'object', bind: (v, _a, c) => `CASE WHEN ${v}.pre THEN ${v}.src ELSE ${linkSource(`${v}.r`, c)} END` },
  date: {
    kind: 'scalar',
    expr(v, _a, c) {
      // The date snippets need variables (they match from the claims), bound by one-item comprehensions.
      const [a, r, b] = [c.fresh('a'), c.fresh('r'), c.fresh('b')];
      const computed = `[${a} IN [${v}.a] | [${b} IN [${v}.b] | [${r} IN [${v}.r] | ${linkDate(r, a, b, c)}][0]][0]][0]`;
      return `CASE WHEN ${v}.pre THEN ${v}.d ELSE ${computed} END`;
    },
  },
};

/** Claim.links(kinds): both directions, unretracted other claims, by kind, direction (OUT first), other claim's id. */
export const claimLinks: FieldMeta = {
  kind: 'list',
  items(v, args, c, project) {
    const [r, o, l] = [c.fresh('r'), c.fresh('o'), c.fresh('l')];
    const types = linkAlternation(linkKinds(args.kinds as string[] | null | undefined));
    return (
      `COLLECT { MATCH (${v})-[${r}:${types}]-(${o}:Claim) WHERE ${o}.retractedAt IS NULL ` +
      `WITH ${r}, ${o}, CASE WHEN startNode(${r}) = ${v} THEN 'OUT' ELSE 'IN' END AS dir ` +
      `WITH ${r}, ${o}, dir ORDER BY type(${r}), dir DESC, ${o}.id ` +
      `WITH {kind: type(${r}), direction: dir, r: ${r}, other: ${o}, a: startNode(${r}), b: endNode(${r})} AS ${l} ` +
      `RETURN ${project(l)} }`
    );
  },
};

/** A ClaimLink is the map {kind, direction, r, other, a, b} Claim.links builds (a, b: the link's start and end). */
export const claimLinkType: TypeMeta = {
  fields: {
    kind: mapKey('kind'),
    direction: mapKey('direction'),
    claim: { kind: 'object', bind: (v) => `${v}.other` },
    ...provenanceFields,
  },
};
