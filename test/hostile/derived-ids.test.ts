// Ids the write path derives from hostile names (an entity listed without an id): the entity must be
// created under an id the API accepts back, or the name refused. Two known defects are counted here and
// held by their own `it.fails`, so the suite says when they are fixed. (Lone surrogates: ingest.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWellFormedId } from '../../src/graph/vocabulary.js';
import { nameKey } from '../../src/ingest/normalize.js';
import { INGEST, type IngestResult } from '../support/documents.js';
import { TOKENS } from '../support/graph.js';
import { codesOf, HOSTILE_STRINGS, problemsWith, send, startHostileServer, utf8RoundTrip, type HostileServer } from './corpus.js';

const editor = { authorization: `Bearer ${TOKENS.editor}` };
const url = (tag: string, n: number) => `https://example.org/hostile/${tag}/${n}`;
let server: HostileServer;
const tally = { requests: 0, accepted: 0, internal: 0, unusableId: 0, droppedName: 0, surrogate: 0 };

beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(async () => {
  console.log(
    `[hostile derived ids] ${tally.requests} requests (${HOSTILE_STRINGS.length} strings as names without an id), ${tally.accepted} accepted, ` +
      `${tally.internal} internal errors, known defects: ${tally.unusableId} unusable ids, ${tally.droppedName} dropped names, ${tally.surrogate} U+FFFD`,
  );
  await server.close();
});

async function ingest(document: Record<string, unknown>) {
  const answer = await send(server.base, { query: INGEST, variables: { input: document } }, editor);
  tally.requests += 1;
  if (codesOf(answer).includes('INTERNAL_SERVER_ERROR')) tally.internal += 1;
  const result = (answer.body?.data as IngestResult | null | undefined)?.ingestDocument;
  if (result) tally.accepted += 1;
  return { answer, result };
}

async function namesOf(id: string): Promise<string[]> {
  const back = await send(server.base, { query: 'query($id: ID!) { node(id: $id) { ... on Entity { name aliases } } }', variables: { id } });
  const node = (back.body?.data as { node: { name: string; aliases: string[] } | null } | undefined)?.node;
  return node ? [node.name, ...node.aliases] : [];
}

describe('ids derived from hostile names', () => {
  it('creates an entity named by any hostile string under a usable id, or refuses the name (known defects counted)', async () => {
    const failures: string[] = [];
    // One at a time: two documents deriving the same id at once race (both report CREATE).
    for (const [n, s] of HOSTILE_STRINGS.entries()) {
      const { answer, result } = await ingest({ source: { title: `Corpus derived note ${n}`, url: url('derived', n) }, entities: [{ kind: 'PERSON', name: s.value }] });
      failures.push(...problemsWith(answer).map((p) => `${s.name}: ${p}`));
      const change = result?.changes.find((c) => c.kind === 'ENTITY');
      if (!change) continue;
      // KNOWN DEFECT: a slug of non-Latin letters ("person:реrson-witkoff") is not an id the API accepts.
      if (!isWellFormedId(change.id)) {
        tally.unusableId += 1;
        continue;
      }
      const names = await namesOf(change.id);
      const want = s.value.trim();
      if (names.includes(want) || (nameKey(want) !== '' && names.map(nameKey).includes(nameKey(want)))) continue;
      // KNOWN DEFECT: a later name without letters or digits maps to the existing "<kind>:unnamed",
      // is reported as CREATE and is stored nowhere.
      if (change.action === 'CREATE' && nameKey(want) === '' && change.id.endsWith(':unnamed')) tally.droppedName += 1;
      else if (names.includes(utf8RoundTrip(want))) tally.surrogate += 1; // KNOWN DEFECT: see ingest.test.ts
      else failures.push(`${s.name}: ${change.id} stored as ${JSON.stringify(names).slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
  });

  it.fails('KNOWN DEFECT: an entity created from a Cyrillic name can be read back by the id the summary reports', async () => {
    const { result } = await ingest({ source: { title: 'Cyrillic name', url: url('cyrillic', 1) }, entities: [{ kind: 'PERSON', name: 'Андрій Сибіга' }] });
    const id = result!.changes.find((c) => c.kind === 'ENTITY')!.id;
    const back = await send(server.base, { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id } });
    expect(codesOf(back)).toEqual([]);
  });

  it.fails('KNOWN DEFECT: a source created from a Cyrillic title (no id, no URL) can be read back by the id the summary reports', async () => {
    const { result } = await ingest({ source: { title: 'Заява міністерства' } });
    const back = await send(server.base, { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: result!.sourceId } });
    expect(codesOf(back)).toEqual([]);
  });

  it.fails('KNOWN DEFECT: a second entity whose name has no letters or digits keeps its name instead of vanishing behind a reported CREATE', async () => {
    await ingest({ source: { title: 'Symbol name 1', url: url('symbols', 1) }, entities: [{ kind: 'PERSON', name: '\u2605' }] });
    const { result } = await ingest({ source: { title: 'Symbol name 2', url: url('symbols', 2) }, entities: [{ kind: 'PERSON', name: '\u2606\u2606' }] });
    const id = result!.changes.find((c) => c.kind === 'ENTITY')!.id;
    expect(await namesOf(id)).toContain('\u2606\u2606');
  });
});
