// Hostile strings in every field of an ingested document, over the real HTTP server with an editor key.
// An editor's document is either refused (BAD_USER_INPUT, nothing written) or accepted; then the hostile
// text is stored verbatim as data, only the nodes the summary names changed, and the graph still answers.
// Each string goes into every field of a kind at once; the refusal's problem paths say which fields
// refused it, and the document is sent again without those until it is accepted or nothing hostile is left.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isWellFormedId } from '../../src/domain/ids.js';
import { nameKey } from '../../src/domain/names.js';
import { INGEST, type IngestResult } from '../support/documents.js';
import { TOKENS } from '../support/graph.js';
import { dumpDiff, graphChecksum, graphDump, type GraphDump } from '../support/checksum.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/base/paths.js';
import {
  addMergedIds,
  codesOf,
  ENTITY_ID_KINDS,
  HOSTILE_STRINGS,
  inPool,
  KINDED_IDS,
  problemsWith,
  send,
  startHostileServer,
  type HostileServer,
  type HostileString,
  type IdKind,
} from './corpus.js';
import { namesKinds } from './id-arguments.js';

// The sweeps send a few thousand documents; on a busy two-core machine they need more than the default 30 s.
vi.setConfig({ testTimeout: 120_000 });

type Change = IngestResult['ingestDocument']['changes'][number];
type Doc = Record<string, unknown>;

interface FieldKind {
  name: string;
  /** Field name -> its path in the document as problem paths report it (`|` between alternatives). */
  fields: Record<string, string>;
  build(n: string, s: string, hostile: ReadonlySet<string>): Doc;
}

const url = (tag: string, n: number | string) => `https://example.org/hostile/${tag}/${n}`;

const TEXT: FieldKind = {
  name: 'stored text',
  fields: {
    'source.title': 'source.title',
    'source.publisher': 'source.publisher',
    'source.url (path)': 'source.url',
    'source.approximateDate': 'source.approximateDate',
    'entity.description': 'entities[0].description',
    // An alias that matches two existing entities is reported at the entity's name.
    'entity.aliases': 'entities[1].aliases|entities[1].name',
    'event.location': 'entities[1].location',
    'event.approximateDate': 'entities[1].approximateDate',
    'claim.text': 'claims[0].text',
    'claim.approximateDate': 'claims[0].approximateDate',
    'relation.role': 'relations[0].role',
  },
  build(n, s, hostile) {
    const h = (field: string, safe: string) => (hostile.has(field) ? s : safe);
    // References by name: an event whose hostile alias matches an earlier event's is that event.
    const [person, event] = [`Corpus person ${n}`, `Corpus event ${n}`];
    return {
      source: {
        title: h('source.title', `Corpus note ${n}`),
        publisher: h('source.publisher', 'Corpus Desk'),
        url: hostile.has('source.url (path)') ? `${url('text', n)}/${s}` : url('text', n),
        approximateDate: h('source.approximateDate', 'autumn 2025'),
      },
      entities: [
        { kind: 'PERSON', id: `person:htext-${n}`, name: person, description: h('entity.description', 'A made-up delegate.') },
        {
          kind: 'EVENT',
          id: `event:htext-${n}`,
          name: event,
          aliases: hostile.has('entity.aliases') ? [s] : [],
          location: h('event.location', 'Geneva'),
          approximateDate: h('event.approximateDate', 'late 2025'),
        },
      ],
      claims: [
        {
          text: h('claim.text', `Corpus note ${n}: the delegate attended.`),
          kind: 'FACT',
          speaker: person,
          about: [event],
          approximateDate: h('claim.approximateDate', 'November 2025'),
        },
      ],
      relations: [{ type: 'PARTICIPATED_IN', from: person, to: event, evidence: ['#0'], role: h('relation.role', 'delegate') }],
    };
  },
};

// Read through the person (explicit id): a source id derived from a hostile URL may not be a usable id.
const TEXT_BACK = `query Back($person: ID!, $event: ID!) {
  person: node(id: $person) { ... on Person {
    description
    relations(direction: OUT, types: [PARTICIPATED_IN]) { role }
    claimsMade { text approximateDate source { title publisher url approximateDate } }
  } }
  event: node(id: $event) { ... on Event { aliases location approximateDate } }
}`;

interface TextBack {
  person: {
    description: string;
    relations: { role: string }[];
    claimsMade: { text: string; approximateDate: string; source: Record<string, string> }[];
  };
  event: { aliases: string[]; location: string; approximateDate: string };
}

/** What each text field of an accepted document became, as read back through node(id). */
function textStored({ person, event }: TextBack): Record<string, string[]> {
  const claims = person.claimsMade;
  const source = (key: string) => claims.map((c) => c.source[key]!);
  return {
    'source.title': source('title'),
    'source.publisher': source('publisher'),
    'source.url (path)': source('url'),
    'source.approximateDate': source('approximateDate'),
    'entity.description': [person.description],
    'entity.aliases': event.aliases,
    'event.location': [event.location],
    'event.approximateDate': [event.approximateDate],
    'claim.text': claims.map((c) => c.text),
    'claim.approximateDate': claims.map((c) => c.approximateDate),
    'relation.role': person.relations.map((r) => r.role),
  };
}

const NAMES: FieldKind = {
  name: 'entity names and references',
  fields: {
    'entity.name': 'entities[0].name',
    'claim.speaker': 'claims[0].speaker',
    'claim.about': 'claims[0].about',
    'claim.attributedTo': 'claims[0].attributedTo',
    'relation.from': 'relations[0].from',
    'relation.to': 'relations[1].to',
  },
  build(n, s, hostile) {
    const [person, peer] = [`person:hname-${n}`, `person:hname-${n}-peer`];
    const ref = (field: string) => (hostile.has(field) ? s : person);
    return {
      source: { title: `Corpus name note ${n}`, url: url('name', n) },
      entities: [
        { kind: 'PERSON', id: person, name: hostile.has('entity.name') ? s : `Corpus named person ${n}` },
        { kind: 'PERSON', id: peer, name: `Corpus peer ${n}` },
      ],
      claims: [
        {
          text: `Corpus note ${n} on a hostile name.`,
          kind: 'REPORT',
          speaker: ref('claim.speaker'),
          attributedTo: [ref('claim.attributedTo')],
          about: [ref('claim.about'), peer],
        },
      ],
      relations: [
        { type: 'BACKS', from: ref('relation.from'), to: peer, evidence: ['#0'] },
        { type: 'RIVALS', from: peer, to: ref('relation.to'), evidence: ['#0'] },
      ],
    };
  },
};

const IDS: FieldKind = {
  name: 'ids, dates and vocabularies',
  fields: {
    'source.id': 'source.id',
    'source.url': 'source.url',
    'source.publishedDate': 'source.publishedDate',
    'source.kind': 'source.kind',
    'entity.id': 'entities[0].id',
    'event.date': 'entities[1].date',
    'claim.id': 'claims[0].id',
    'claim.statedDate': 'claims[0].statedDate',
    'claim.contradicts': 'claims[0].contradicts',
    'claim.supports': 'claims[0].supports',
    'relation.evidence': 'relations[0].evidence',
    'relation.validFrom': 'relations[0].validFrom',
    'relation.validTo': 'relations[0].validTo',
    'relation.status': 'relations[0].status',
  },
  build(n, s, hostile) {
    const h = (field: string, safe: string) => (hostile.has(field) ? s : safe);
    const list = (field: string, safe: string[]) => (hostile.has(field) ? [s] : safe);
    const [person, event] = [`Corpus id person ${n}`, `event:hid-${n}`];
    return {
      source: {
        id: h('source.id', `source:hid-${n}`),
        title: `Corpus id note ${n}`,
        url: h('source.url', url('id', n)),
        publishedDate: h('source.publishedDate', '2025-09'),
        kind: h('source.kind', 'ARTICLE'),
      },
      entities: [
        { kind: 'PERSON', id: h('entity.id', `person:hid-${n}`), name: person },
        { kind: 'EVENT', id: event, name: `Corpus id event ${n}`, date: h('event.date', '2025-09-01') },
      ],
      claims: [
        {
          id: h('claim.id', `claim:hid-${n}`),
          text: `Corpus id note ${n}.`,
          kind: 'FACT',
          speaker: person,
          about: [event],
          statedDate: h('claim.statedDate', '2025-09-01'),
          contradicts: list('claim.contradicts', []),
          supports: list('claim.supports', []),
        },
      ],
      relations: [
        {
          type: 'PARTICIPATED_IN',
          from: person,
          to: event,
          evidence: list('relation.evidence', ['#0']),
          validFrom: h('relation.validFrom', '2025'),
          validTo: h('relation.validTo', '2026'),
          status: h('relation.status', 'ACTIVE'),
        },
      ],
    };
  },
};

const NAME_BACK = `query Back($claim: ID!, $entity: ID!, $peer: ID!) {
  claim: node(id: $claim) { ... on Claim { speaker { id } about { id } attributedTo { id } } }
  entity: node(id: $entity) { ... on Person { name aliases } }
  peer: node(id: $peer) { ... on Person { relations(types: [BACKS, RIVALS]) { type from { id } to { id } } } }
}`;

const editor = { authorization: `Bearer ${TOKENS.editor}` };
let server: HostileServer;
const tally = { requests: 0, accepted: 0, refused: 0, internal: 0, fieldsCovered: new Map<string, number>() };

beforeAll(async () => {
  server = await startHostileServer();
  await addMergedIds(server.base);
});
afterAll(async () => {
  const fields = [...tally.fieldsCovered.values()];
  console.log(
    `[hostile ingest] ${tally.requests} requests (${HOSTILE_STRINGS.length} strings x ${fields.length} fields, each field sent every string ` +
      `${Math.min(...fields) === HOSTILE_STRINGS.length ? 'yes' : 'NO'}), ${tally.accepted} accepted, ${tally.refused} refused, ` +
      `${tally.internal} internal errors`,
  );
  await server.close();
});

async function ingest(document: Doc) {
  const answer = await send(server.base, { query: INGEST, variables: { input: document } }, editor);
  tally.requests += 1;
  if (codesOf(answer).includes('INTERNAL_SERVER_ERROR')) tally.internal += 1;
  const problems = (answer.body?.errors?.[0]?.extensions?.problems ?? []) as { path: string }[];
  const result = (answer.body?.data as IngestResult | null | undefined)?.ingestDocument;
  return { answer, result, paths: problems.map((p) => p.path) };
}

const reports = (paths: string[], path: string) => paths.some((p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`));

/** The documented normal form: text is trimmed; a URL is trimmed and loses tabs and newlines (as URL parsers do). */
function expectedValue(field: string, s: string, document: Doc): string {
  if (field !== 'source.url (path)') return s.trim();
  return String((document.source as { url: string }).url)
    .trim()
    .replace(/[\t\n\r]/g, '');
}

interface Delivery {
  changes: Change[];
  accepted: Set<string>;
  refused: Set<string>;
}

/**
 * Sends `s` in every field of the kind, then again without the fields the refusal named, until accepted
 * or nothing hostile is left. A body over the size limit (413) is split into one document per field.
 */
async function deliver(kind: FieldKind, n: string, s: HostileString, failures: string[], only?: string): Promise<Delivery> {
  const out: Delivery = { changes: [], accepted: new Set(), refused: new Set() };
  const hostile = new Set(only ? [only] : Object.keys(kind.fields));
  if (!only) for (const f of hostile) tally.fieldsCovered.set(f, (tally.fieldsCovered.get(f) ?? 0) + 1);
  for (let round = 0; round < 4 && hostile.size > 0; round++) {
    const document = kind.build(n, s.value, hostile);
    const { answer, result, paths } = await ingest(document);
    const where = `${kind.name} <- ${s.name} (${only ?? 'all fields'}, round ${round})`;
    failures.push(...problemsWith(answer).map((p) => `${where}: ${p}`));
    if (result) {
      tally.accepted += 1;
      await checkStored(kind, s, hostile, result, document, failures);
      return { ...out, changes: result.changes, accepted: hostile };
    }
    tally.refused += 1;
    if (answer.status === 413 && !only) {
      for (const [i, f] of [...hostile].entries()) {
        const part = await deliver(kind, `${n}-${i}`, s, failures, f);
        out.changes.push(...part.changes);
        for (const a of part.accepted) out.accepted.add(a);
        for (const r of part.refused) out.refused.add(r);
      }
      return out;
    }
    const refused = [...hostile].filter((f) => kind.fields[f]!.split('|').some((path) => reports(paths, path)));
    if (codesOf(answer).join() !== 'BAD_USER_INPUT' || refused.length === 0) {
      failures.push(
        `${where}: ${codesOf(answer).join() || answer.status} for ${paths.join(', ') || 'no path'}, which names no hostile field`,
      );
      return out;
    }
    for (const f of refused) {
      hostile.delete(f);
      out.refused.add(f);
    }
  }
  return out;
}

async function checkStored(
  kind: FieldKind,
  s: HostileString,
  hostile: Set<string>,
  result: IngestResult['ingestDocument'],
  document: Doc,
  failures: string[],
) {
  // Names and aliases are deduplicated by name key: an equivalent one already stored counts as stored.
  const compare = (field: string, stored: string[], equivalent = false) => {
    const want = expectedValue(field, s.value, document);
    if (stored.includes(want) || (equivalent && nameKey(want) !== '' && stored.map(nameKey).includes(nameKey(want)))) return;
    failures.push(`${kind.name} <- ${s.name}: ${field} stored as ${JSON.stringify(stored).slice(0, 120)}`);
  };
  const ids = (k: string) => result.changes.filter((c) => c.kind === k).map((c) => c.id);
  if (!isWellFormedId(result.sourceId)) failures.push(`${kind.name} <- ${s.name}: unusable source id ${result.sourceId}`);
  if (kind === TEXT) {
    const [person, event] = ids('ENTITY');
    const back = await send(server.base, { query: TEXT_BACK, variables: { person, event } });
    const stored = textStored(back.body?.data as TextBack);
    // An event matched by its alias keeps the location and date it already had (first write wins).
    const matched = result.changes.find((c) => c.id === event)?.detail?.startsWith('matched');
    for (const field of hostile) {
      if (!(matched && field.startsWith('event.'))) compare(field, stored[field] ?? [], field === 'entity.aliases');
    }
    return;
  }
  const peer = ids('ENTITY').find((id) => id.endsWith('-peer'))!;
  const entity = ids('ENTITY').find((id) => id !== peer)!;
  const back = await send(server.base, { query: NAME_BACK, variables: { claim: ids('CLAIM')[0], entity, peer } });
  const {
    claim,
    entity: e,
    peer: p,
  } = back.body?.data as {
    claim: Record<string, { id: string }[] | { id: string }>;
    entity: { name: string; aliases: string[] };
    peer: { relations: { type: string; from: { id: string }; to: { id: string } }[] };
  };
  // A reference that is a well-formed id once trimmed ("person:witkoff\n") is an id, not a name.
  const want = s.value.trim();
  const target = isWellFormedId(want) ? want : entity;
  const resolvedTo = (refs: { id: string }[] | { id: string }) => [refs].flat().some((r) => r.id === target);
  const hasRelation = (type: string, side: 'from' | 'to') => p.relations.some((r) => r.type === type && r[side].id === target);
  const checks: Record<string, boolean> = {
    'claim.speaker': resolvedTo(claim.speaker!),
    'claim.about': resolvedTo(claim.about!),
    'claim.attributedTo': resolvedTo(claim.attributedTo!),
    'relation.from': hasRelation('BACKS', 'from'),
    'relation.to': hasRelation('RIVALS', 'to'),
  };
  for (const field of hostile) {
    if (field === 'entity.name') compare(field, [e.name, ...e.aliases], true);
    else if (!checks[field]) failures.push(`${kind.name} <- ${s.name}: ${field} did not resolve to ${target}`);
  }
}

/** Only what accepted summaries name may differ: their nodes, and relationships they created or started. */
function unexpectedChanges(before: GraphDump, after: GraphDump, changes: Change[]): string[] {
  const written = new Set(changes.filter((c) => c.action !== 'UNCHANGED').map((c) => c.id));
  const diff = dumpDiff(before, after);
  const out = [
    ...diff.nodes.removed.map((k) => `node ${k} removed`),
    ...diff.relationships.removed.map((k) => `relationship ${k} removed`),
  ];
  out.push(
    ...[...diff.nodes.added, ...diff.nodes.changed].filter((k) => !written.has(k)).map((k) => `node ${k} changed outside any summary`),
  );
  for (const key of [...diff.relationships.added, ...diff.relationships.changed]) {
    const [from, , , id] = key.split('|');
    if (!written.has(from!) && !written.has(id!)) out.push(`relationship ${key} changed outside any summary`);
  }
  const created = changes.filter((c) => c.action === 'CREATE' && c.kind !== 'RELATION').length;
  if (after.nodeCount !== before.nodeCount + created)
    out.push(`${after.nodeCount} nodes, expected ${before.nodeCount} + ${created} created`);
  return out;
}

// Writes run two at a time: on 2 cores, more concurrent writers made these small ingests slower, not faster.
const WRITE_CONCURRENCY = 2;

async function phase(kind: FieldKind, keyOf?: (s: HostileString) => string) {
  const failures: string[] = [];
  const before = await graphDump(server.graph.db);
  const deliveries = await inPool(HOSTILE_STRINGS, WRITE_CONCURRENCY, (s, n) => deliver(kind, String(n), s, failures), keyOf);
  failures.push(
    ...unexpectedChanges(
      before,
      await graphDump(server.graph.db),
      deliveries.flatMap((d) => d.changes),
    ),
  );
  return failures;
}

describe('hostile strings in ingested documents (editor)', () => {
  // The well-formed rest of a refused document is still resolved against the graph (a read), so that one
  // answer lists every problem; the hostile values themselves are left out of it, and nothing is written.
  it('refuses a hostile id, date or vocabulary value in every such field, reporting each path, before any write', async () => {
    const checksum = await graphChecksum(server.graph.db);
    const transactions = server.writeTransactions();
    const failures: string[] = [];
    await inPool(HOSTILE_STRINGS, 8, async (s, n) => {
      const { accepted, refused } = await deliver(IDS, String(n), s, failures);
      if (accepted.size > 0 || refused.size !== Object.keys(IDS.fields).length)
        failures.push(`${s.name}: accepted in ${[...accepted].join(', ')}`);
    });
    expect(failures).toEqual([]);
    expect(server.writeTransactions() - transactions).toBe(0);
    expect(await graphChecksum(server.graph.db)).toBe(checksum);
  });

  it('stores hostile titles, descriptions, aliases, claim text and roles verbatim, or refuses them, changing only the document’s nodes', async () => {
    expect(await phase(TEXT, (s) => nameKey(s.value) || s.name)).toEqual([]);
  });

  it('resolves references to an entity with a hostile name to that entity, or refuses them, changing only the document’s nodes', async () => {
    expect(await phase(NAMES, (s) => nameKey(s.value) || s.name)).toEqual([]);
  });

  it('still answers afterwards: Witkoff still routes three tracks and search still ranks', async () => {
    const routed = await send(server.base, { query: '{ tracksRoutedThrough(personId: "person:witkoff") { track { id } } }' });
    expect((routed.body?.data as { tracksRoutedThrough: unknown[] }).tracksRoutedThrough).toHaveLength(3);
    const search = await send(server.base, { query: '{ search(query: "Witkoff", first: 3) { node { id } } }' });
    expect(problemsWith(search)).toEqual([]);
    expect((search.body?.data as { search: unknown[] }).search.length).toBeGreaterThan(0);
  });

  it('a claim text with a lone surrogate is refused or stored verbatim, not silently changed to U+FFFD', async () => {
    const text = 'Unpaired \ud800 surrogate';
    const { result } = await ingest({
      source: { title: 'Surrogate', url: url('surrogate', 1) },
      entities: [{ kind: 'PERSON', id: 'person:surrogate-speaker', name: 'Surrogate Speaker' }],
      claims: [{ text, kind: 'FACT', speaker: 'person:surrogate-speaker', about: ['person:surrogate-speaker'] }],
    });
    if (!result) return;
    const claimId = result.changes.find((c) => c.kind === 'CLAIM')!.id;
    const back = await send(server.base, {
      query: 'query($id: ID!) { node(id: $id) { ... on Claim { text } } }',
      variables: { id: claimId },
    });
    expect((back.body?.data as { node: { text: string } }).node.text).toBe(text);
  });
});

// --- Well-formed ids of every kind in every field of a document that takes an id or a reference. ---

/** Fields (JSON paths, `[]` for a list item) and the kinds of id each takes; the JSON schema says which fields take ids. */
const DOCUMENT_ID_FIELDS: Record<string, readonly IdKind[]> = {
  'source.id': ['source'],
  'entities[].id': ['person'], // the probe document's entity is a PERSON
  'claims[].id': ['claim'],
  'claims[].speaker': ENTITY_ID_KINDS,
  'claims[].attributedTo[]': ENTITY_ID_KINDS,
  'claims[].attribution[].entity': ENTITY_ID_KINDS,
  'source.relays[]': ENTITY_ID_KINDS,
  'claims[].about[]': ENTITY_ID_KINDS,
  'claims[].contradicts[]': ['claim'],
  'claims[].supports[]': ['claim'],
  'relations[].from': ENTITY_ID_KINDS,
  'relations[].to': ENTITY_ID_KINDS,
  'relations[].evidence[]': ['claim'],
};

interface JsonSchema {
  type?: string;
  pattern?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

/** Leaf fields of schema/document.schema.json whose pattern has a kind prefix or whose description says they take an id. */
function idFieldsOfJsonSchema(): string[] {
  const root = JSON.parse(readFileSync(join(repoRoot(), 'schema', 'document.schema.json'), 'utf8')) as JsonSchema;
  const out: string[] = [];
  const walk = (s: JsonSchema, path: string) => {
    if (s.properties) for (const [k, v] of Object.entries(s.properties)) walk(v, path ? `${path}.${k}` : k);
    else if (s.items) walk(s.items, `${path}[]`);
    else if (/(claim|source|person)[:|]/.test(s.pattern ?? '') || /^An? (entity|claim): its id/.test(s.description ?? '')) out.push(path);
  };
  walk(root, '');
  return out.sort();
}

function probeDocument(path: string, id: string): Doc {
  const document: Doc = {
    source: { id: 'source:id-kind-probe', title: 'Id kind probe', relays: ['person:witkoff'] },
    entities: [{ kind: 'PERSON', id: 'person:id-kind-probe', name: 'Id Kind Probe' }],
    claims: [
      {
        id: 'claim:id-kind-probe',
        text: 'Id kind probe.',
        kind: 'FACT',
        speaker: 'person:witkoff',
        attributedTo: ['person:witkoff'],
        about: ['track:ukraine'],
        contradicts: [],
        supports: [],
      },
    ],
    relations: [{ type: 'INFLUENCES', from: 'person:witkoff', to: 'person:vance', evidence: ['#0'] }],
  };
  // A claim gives its chain as attribution or as attributedTo, never both.
  if (path.startsWith('claims[].attribution[]')) {
    const claim = (document.claims as Record<string, unknown>[])[0]!;
    delete claim.attributedTo;
    claim.attribution = [{ entity: 'person:witkoff', role: 'RELAYED_BY' }];
  }
  const keys = path.replace(/\[\]/g, '.0').split('.');
  let at = document as Record<string, unknown>;
  keys.slice(0, -1).forEach((k) => (at = at[k] as Record<string, unknown>));
  at[keys.at(-1)!] = id;
  return document;
}

describe('well-formed ids of every kind in every id field of a document (dry runs)', () => {
  it('knows every field of the document format that takes an id', () => {
    expect(idFieldsOfJsonSchema()).toEqual(Object.keys(DOCUMENT_ID_FIELDS).sort());
  });

  it(
    'refuses an id of a kind the field does not take with a problem at that path naming the kinds it takes; ' +
      'any other id is data or BAD_USER_INPUT',
    async () => {
      const failures: string[] = [];
      const cases = Object.entries(DOCUMENT_ID_FIELDS).flatMap(([field, kinds]) => KINDED_IDS.map((probe) => ({ field, kinds, probe })));
      await inPool(cases, 8, async ({ field, kinds, probe }) => {
        const answer = await send(
          server.base,
          { query: INGEST, variables: { input: probeDocument(field, probe.id), dryRun: true } },
          editor,
        );
        const where = `${field} <- ${probe.name} ${probe.id}`;
        const codes = codesOf(answer);
        failures.push(...problemsWith(answer).map((p) => `${where}: ${p}`));
        if (kinds.includes(probe.kind)) {
          if (codes.length > 0 && codes.join() !== 'BAD_USER_INPUT') failures.push(`${where}: ${codes.join()}`);
          return;
        }
        const path = field.replace(/\[\]/g, '[0]');
        const problems = (answer.body?.errors?.[0]?.extensions?.problems ?? []) as { path: string; message: string }[];
        const here = problems.filter((p) => p.path === path);
        if (codes.join() !== 'BAD_USER_INPUT') failures.push(`${where}: ${codes.join() || 'accepted'}, expected BAD_USER_INPUT`);
        else if (here.length === 0) failures.push(`${where}: no problem at ${path} (${answer.text.slice(0, 200)})`);
        else if (!here.some((p) => namesKinds(p.message, kinds)))
          failures.push(`${where}: "${here[0]!.message}" does not say which kind it takes`);
      });
      expect(failures).toEqual([]);
    },
  );
});
