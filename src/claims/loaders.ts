// Batched loads of claim links (speaker, source, subjects, other claims).
import DataLoader from 'dataloader';
import type { GraphDatabase, QueryCounter, Row } from '../db/database.js';
import { onePer } from '../graph/batch.js';
import type { ClaimLinks } from '../graph/model.js';
import { notFound } from '../server/errors.js';

const ids = (v: Row[string] | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);
const idOrNull = (v: Row[string] | undefined): string | null => (typeof v === 'string' ? v : null);

export function createClaimLinksLoader(db: GraphDatabase, counter: QueryCounter) {
  return new DataLoader<string, ClaimLinks & { id: string }>(async (keys) => {
    const rows = await db.read(db.cypher('claims/links'), { ids: keys }, counter);
    const links = rows.map((row) => ({
      id: String(row.id),
      speakerId: idOrNull(row.speakerId),
      sourceId: idOrNull(row.sourceId),
      attributedToIds: ids(row.attributedToIds),
      aboutIds: ids(row.aboutIds),
      contradictsIds: ids(row.contradictsIds),
      supportsIds: ids(row.supportsIds),
      supportedByIds: ids(row.supportedByIds),
    }));
    return onePer(keys, links, (l) => l.id, notFound);
  });
}
