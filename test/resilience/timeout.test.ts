// Every transaction has a timeout: a request that runs past it gets TIMEOUT and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST } from '../support/documents.js';
import { codes, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ txTimeoutMs: 100 });
});
afterAll(() => graph.close());

/** A document big enough that writing it takes far longer than 100 ms. */
const bigDocument = {
  source: { title: 'Timeout fixture', url: 'https://example.org/timeout' },
  entities: Array.from({ length: 400 }, (_, i) => ({ kind: 'PERSON', name: `Timeout person ${i}`, aliases: [`TP ${i}`] })),
  claims: Array.from({ length: 800 }, (_, i) => ({
    text: `Timeout claim ${i}.`,
    kind: 'FACT',
    speaker: `Timeout person ${i % 400}`,
    about: [`Timeout person ${(i + 1) % 400}`, 'track:ukraine'],
  })),
  relations: Array.from({ length: 800 }, (_, i) => ({
    type: 'BACKS',
    from: `Timeout person ${i % 400}`,
    to: `Timeout person ${(i * 7 + 1) % 400}`,
    evidence: [`#${i}`],
  })),
};

describe('transaction timeout', () => {
  it('answers TIMEOUT for a write that runs too long and leaves the database as it was', async () => {
    const before = await graph.db.readPlain('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS rels', {});
    const result = await graph.run(INGEST, { input: bigDocument }, { token: TOKENS.editor });
    expect(codes(result)).toEqual(['TIMEOUT']);
    expect(await graph.db.readPlain('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS rels', {})).toEqual(before);
  });
});
