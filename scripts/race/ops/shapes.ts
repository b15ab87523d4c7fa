// Canonical answer shapes shared by the operations (zod: parsing also checks each server's shape and
// drops fields the canonical answer does not have), and the GraphQL selections that produce them.
import { z } from 'zod';

export const entityRef = z.object({ id: z.string(), name: z.string() });
export const idRef = z.object({ id: z.string() });

/** A claim as evidence: what it says, who says so and where. */
export const claimView = z.object({
  id: z.string(),
  kind: z.string(),
  text: z.string(),
  speaker: entityRef,
  source: z.object({ title: z.string() }),
});
export type ClaimView = z.infer<typeof claimView>;

/** GraphQL selection of a claimView (this server and the peer spell it the same way). */
export const CLAIM_VIEW = 'id kind text speaker { id name } source { title }';

/** Neo4j's Lucene scores as floats: equal to 6 decimals across servers. */
export const roundScore = (score: number) => Math.round(score * 1e6) / 1e6;

/** Parses `value` or throws naming the operation and server, with zod's paths. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${where}: unexpected answer shape: ${problems.join('; ')}`);
  }
  return result.data;
}

/** The first element of a one-element list answer (the peer answers `people(where: {id})` with a list). */
export function only<T>(items: T[], where: string): T {
  const [item] = items;
  if (items.length !== 1 || item === undefined) throw new Error(`${where}: expected one item, got ${items.length}`);
  return item;
}

/** Stable key for sorting canonical items with no defined order. */
export const keyOf = (value: unknown) => JSON.stringify(value);

export function sortedBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
