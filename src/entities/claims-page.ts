// Entity.claimsMadePage: the claims an entity said, as a Relay connection (ClaimConnection), by claim id. Each
// SAID_BY link carries `key` = `<speaker id> <claim id>` (index said_by_key), so the speaker's claims are one
// prefix of that index in id order: a page is an ordered seek from the cursor cut at size + 1, whatever the
// speaker's number of claims. totalCount is the speaker's SAID_BY degree (count store): retracted claims and
// the attribution filters are not subtracted (claimsMadeCount reads them).
import type { CypherScope, ObjectField } from '../read/types.js';
import { attributionConditions, type AttributionFilter } from '../read/attribution-snippets.js';
import { decodeCursor, pageSize } from '../read/pagination.js';
import { READ_LIMITS } from '../read/limits.js';

const attribution = (claim: string, args: AttributionFilter, c: CypherScope) => attributionConditions(claim, args, c, (key) => key);

export const claimsMadePage: ObjectField = {
  kind: 'object',
  bind(v, args, c) {
    const size = pageSize(args.first as number | null | undefined, READ_LIMITS.relationsPage);
    const after = decodeCursor(args.after as string | null | undefined);
    const [claim, r] = [c.fresh('c'), c.fresh('r')];
    const limit = c.param(size + 1);
    // One CASE: the planner keeps the index order only when no OR of the filter reaches it (relations-page.ts).
    const filter = [`${claim}.retractedAt IS NULL`, ...attribution(claim, args, c)].join(' AND ');
    const page =
      `COLLECT { MATCH (${claim}:Claim)-[${r}:SAID_BY]->() WHERE ${r}.key STARTS WITH ${v}.id + ' ' AND ${r}.key > ${c.param(after?.value ?? '')} ` +
      `AND CASE WHEN ${filter} THEN true ELSE false END WITH ${claim}, ${r} ORDER BY ${r}.key LIMIT ${limit} RETURN {n: ${claim}, s: ${r}.key} }`;
    return `{page: ${page}, size: ${c.param(size)}, after: ${c.param(after !== null)}, total: COUNT { (${v})<-[:SAID_BY]-() }}`;
  },
};
