// claims (paginated, filtered) and contradictions, compiled with their selection.
import type { Args, RootMetas } from '../read/types.js';
import { requireEntityId, requireIdOf } from '../domain/args.js';
import { pageQuery } from '../read/connection.js';
import { entityById } from '../read/cypher-snippets.js';
import { valueIfFound } from '../read/compile-root.js';
import { attributionConditions, type AttributionFilter } from '../read/attribution-snippets.js';
import { contradictionPage } from './contradiction-page.js';

const SORT_KEYS = { ID: 'id', STATED_DATE: 'statedDate' } as const;

interface ClaimFilter extends AttributionFilter {
  kinds?: string[] | null;
  speakerId?: string | null;
  aboutId?: string | null;
  sourceId?: string | null;
  text?: string | null;
  includeRetracted?: boolean | null;
}
interface ClaimOrder {
  field?: keyof typeof SORT_KEYS;
  direction?: 'ASC' | 'DESC';
}

/**
 * Filters that name a node become the anchor of the match (the first one) or an EXISTS test. An entity
 * filter takes an entity id, resolved first (an id merged away names its survivor); sourceId a source id.
 */
const LINK_FILTERS = [
  { key: 'speakerId', link: 'SAID_BY', entity: true },
  { key: 'aboutId', link: 'ABOUT', entity: true },
  { key: 'sourceId', link: 'APPEARS_IN', entity: false },
] as const;

function listClaims(args: Args, c: Parameters<(typeof claimRoots)['claims']['compile']>[1]) {
  const filter = (args.filter ?? {}) as ClaimFilter;
  const order = (args.orderBy ?? {}) as ClaimOrder;
  const where: string[] = [];
  const bound: string[] = [];
  let anchor: string | null = null;
  for (const { key, link, entity } of LINK_FILTERS) {
    const value = filter[key];
    if (!value) continue;
    const id = c.param(entity ? requireEntityId(value, `filter.${key}`) : requireIdOf(value, `filter.${key}`, ['source']));
    let end = `(:Source {id: ${id}})`;
    if (entity) {
      const e = c.fresh('e');
      bound.push(`${entityById(id, c)} AS ${e}`);
      end = `(${e})`;
    }
    const pattern = `(n)-[:${link}]->${end}`;
    if (anchor) where.push(`EXISTS { ${pattern} }`);
    else anchor = pattern.replace('(n)', '(n:Claim)');
  }
  const anchored = anchor !== null;
  // Entities the attribution filters name are resolved once, beside the link filters' ones.
  const entity = (id: string) => {
    const e = c.fresh('e');
    bound.push(`${entityById(id, c)} AS ${e}`);
    return e;
  };
  where.push(...attributionConditions('n', filter, c, (key) => `filter.${key}`, entity));
  const match = `${bound.length > 0 ? `WITH ${bound.join(', ')} ` : ''}MATCH ${anchor ?? '(n:Claim)'}`;
  if (filter.kinds?.length) where.push(`n.kind IN ${c.param(filter.kinds)}`);
  if (filter.text) where.push(`toLower(n.text) CONTAINS ${c.param(filter.text.toLowerCase())}`);
  const onlyRetractedFilter = !anchored && where.length === 0 && !filter.includeRetracted;
  if (!filter.includeRetracted) where.push('n.retractedAt IS NULL');
  const sort = SORT_KEYS[order.field ?? 'ID'];
  return pageQuery(
    {
      match,
      where,
      sort,
      nullable: sort === 'statedDate',
      desc: order.direction === 'DESC',
      first: args.first as number | null,
      after: args.after as string | null,
      count: onlyRetractedFilter ? c.named('claims/live-count') : undefined,
    },
    c,
  );
}

export const claimRoots: RootMetas = {
  claims: { compile: (args, c) => listClaims(args, c) },

  contradictionsConnection: { compile: (args, c) => contradictionPage(args, c) },

  contradictions: {
    compile(args, c) {
      const trackId = args.trackId ? requireIdOf(String(args.trackId), 'trackId', ['track']) : null;
      const retracted = args.includeRetracted === true ? '' : ' WHERE a.retractedAt IS NULL AND b.retractedAt IS NULL';
      const pairs = trackId
        ? `CALL (t) {\n${c.named('claims/contradiction-pairs-on-track')}\n}`
        : `CALL () {\n${c.named('claims/contradiction-pairs')}\n}`;
      const cypher = [
        trackId ? `WITH ${entityById(c.param(trackId), c)} AS t` : 'WITH true AS t',
        'RETURN t IS NOT NULL AS found, CASE WHEN t IS NULL THEN [] ELSE COLLECT {',
        pairs,
        `  WITH a, r, b${retracted}`,
        `  WITH a, r, b ORDER BY a.id, b.id`,
        `  WITH {a: a, b: b, r: r} AS pair RETURN ${c.project('pair')}`,
        '} END AS value',
      ].join('\n');
      return {
        cypher,
        answer: valueIfFound(String(trackId)),
      };
    },
  },
};
