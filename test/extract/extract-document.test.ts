// extractDocument and npm run extract over the real server and graph: a draft from article text with names
// resolved against the graph, every claim with its span, that ingests as it is; ingested claims read their
// passage back. Bad input is refused with every problem.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import { INGEST, type IngestResult } from '../support/documents.js';
import { startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
beforeEach(() => graph.reset());
afterAll(() => graph.close());

const ARTICLE = join(repoRoot(), 'test', 'fixtures', 'extraction', '06-ukraine-geneva-framework');
const TEXT = readFileSync(join(ARTICLE, 'article.txt'), 'utf8');
const GOLD = JSON.parse(readFileSync(join(ARTICLE, 'gold.json'), 'utf8')) as { source: Record<string, string> };

const EXTRACT = `query ($text: String!, $source: SourceInput!) {
  extractDocument(text: $text, source: $source) { document resolvedEntities newEntities claims relations millis }
}`;

interface Span {
  start: number;
  end: number;
}
interface DraftDocument {
  source: { title: string; text: string };
  entities: { id?: string; kind: string; name: string; extracted: { confidence: number; resolved?: boolean; mentions?: Span[] } }[];
  claims: {
    text: string;
    kind: string;
    speaker: string;
    about: string[];
    span: Span;
    extracted: { confidence: number; reason?: string };
  }[];
  relations: { type: string; from: string; to: string; evidence: string[]; extracted: { span?: Span; cue?: string } }[];
}
interface Extracted {
  extractDocument: {
    document: DraftDocument;
    resolvedEntities: number;
    newEntities: number;
    claims: number;
    relations: number;
    millis: number;
  };
}

describe('extractDocument', () => {
  it('drafts the article: graph names resolved, each claim with its span, kind and reason; it ingests as it is', async () => {
    const { extractDocument: draft } = await graph.data<Extracted>(EXTRACT, { text: TEXT, source: GOLD.source });
    const doc = draft.document;
    expect(doc.source.text).toBe(TEXT);
    expect(draft.claims).toBe(doc.claims.length);
    expect(draft.claims).toBeGreaterThan(5);
    // Names the graph holds come back as its own entities, with where the article mentions them.
    const witkoff = doc.entities.find((e) => e.id === 'person:witkoff');
    expect(witkoff?.extracted.resolved).toBe(true);
    for (const mention of witkoff!.extracted.mentions!) expect(TEXT.slice(mention.start, mention.end)).toMatch(/Witkoff/);
    expect(draft.resolvedEntities).toBeGreaterThan(3);
    for (const claim of doc.claims) {
      expect(claim.span.end).toBeLessThanOrEqual(TEXT.length);
      expect(['QUOTE', 'REPORT', 'ANALYSIS', 'FACT']).toContain(claim.kind);
      expect(claim.extracted.reason, claim.text).toBeTruthy();
      expect(claim.about.length, claim.text).toBeGreaterThan(0);
    }
    const dryRun = await graph.data<IngestResult>(INGEST, { input: doc, dryRun: true }, { token: TOKENS.editor });
    expect(dryRun.ingestDocument.changes.filter((c) => c.kind === 'CLAIM')).toHaveLength(doc.claims.length);
  });

  it('ingested claims read their passage back: Claim.sentence is the text under the span', async () => {
    const { extractDocument: draft } = await graph.data<Extracted>(EXTRACT, { text: TEXT, source: GOLD.source });
    const result = await graph.data<IngestResult>(INGEST, { input: draft.document }, { token: TOKENS.editor });
    const claimIds = result.ingestDocument.changes.filter((c) => c.kind === 'CLAIM').map((c) => c.id);
    for (const [i, id] of claimIds.entries()) {
      const { node } = await graph.data<{ node: { sentence: string; span: Span } }>(
        `query ($id: ID!) { node(id: $id) { ... on Claim { sentence span { start end } } } }`,
        { id },
      );
      expect(node.span).toEqual(draft.document.claims[i]!.span);
      expect(node.sentence).toBe(TEXT.slice(node.span.start, node.span.end));
    }
  });

  it('finds a person by surname alone when no alias spells it out, and leaves a stranger as a new person', async () => {
    await graph.data(
      'mutation { createEntity(input: {kind: PERSON, name: "Maren Oyelaran", description: "A fictional mediator, for this test."}) { id } }',
      {},
      { token: TOKENS.editor },
    );
    const text = 'Oyelaran said that the Iran talks would resume in Muscat. Her deputy, Tomas Quillfeather, said that no date was set.';
    const { extractDocument: draft } = await graph.data<Extracted>(EXTRACT, {
      text,
      source: { title: 'Surnames', publisher: 'Fixture Desk (test data)' },
    });
    const mediator = draft.document.entities.find((e) => e.id === 'person:maren-oyelaran');
    expect(mediator?.extracted.resolved).toBe(true);
    expect(draft.document.claims.find((c) => c.text.includes('Muscat'))?.speaker).toBe('person:maren-oyelaran');
    expect(draft.document.entities.find((e) => e.name === 'Tomas Quillfeather')).toMatchObject({
      kind: 'PERSON',
      extracted: { resolved: false },
    });
  });

  it('refuses bad input with every problem at once', async () => {
    const result = await graph.run(EXTRACT, { text: ' ', source: { title: 'x', url: 'ftp://example.org/a', publishedDate: 'last week' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = (result.errors?.[0]?.extensions?.problems ?? []) as { path: string }[];
    expect(problems.map((p) => p.path).sort()).toEqual(['source.publishedDate', 'source.url', 'text']);
    const long = await graph.run(EXTRACT, { text: 'a '.repeat(40_000), source: { title: 'Too long' } });
    expect(long.errors?.[0]?.message).toContain('at most 60000 characters');
  });
});

describe('npm run extract', () => {
  function runCli(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
    const { uri, password } = inject('neo4j');
    const tsx = join(repoRoot(), 'node_modules', '.bin', 'tsx');
    return new Promise((resolve) => {
      const child = execFile(
        tsx,
        ['src/extract/cli.ts', ...args],
        {
          cwd: repoRoot(),
          env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password, NODE_ENV: 'test' },
          maxBuffer: 16 * 1024 * 1024,
        },
        (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin!.end(input);
    });
  }

  it('prints the draft, and with --ingest shows the dry run and ingests only after a yes', async () => {
    const file = join(ARTICLE, 'article.txt');
    const printed = await runCli([file, '--publisher', 'Fixture Desk (test data)', '--url', GOLD.source.url!, '--date', '2025-11-25']);
    expect(printed.code, printed.stderr).toBe(0);
    const draft = JSON.parse(printed.stdout) as DraftDocument;
    expect(draft.source.title).toBe(TEXT.split('\n')[0]);
    expect(printed.stderr).toMatch(/extract: \d+ claims, \d+ relations, \d+ entities found in the graph and \d+ new, in \d+ ms/);

    const declined = await runCli([file, '--url', GOLD.source.url!, '--ingest'], 'n\n');
    expect(declined.stderr).toMatch(/Dry run:\n\d+ to create/);
    expect(declined.stderr).toContain('Not ingested.');
    const sourceId = /CREATE\s+SOURCE\s+(source:\S+)/.exec(declined.stderr)?.[1];
    expect(sourceId).toBeDefined();
    const before = await graph.run(`query ($id: ID!) { node(id: $id) { id } }`, { id: sourceId });
    expect(before.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const accepted = await runCli([file, '--url', GOLD.source.url!, '--ingest'], 'y\n');
    expect(accepted.stderr).toContain(`Ingested ${sourceId}`);
    const { node } = await graph.data<{ node: { claimCount: number; text: string } }>(
      `query ($id: ID!) { node(id: $id) { ... on Source { claimCount text } } }`,
      { id: sourceId },
    );
    expect(node.text).toBe(TEXT);
    expect(node.claimCount).toBe(draft.claims.length);
  });
});
