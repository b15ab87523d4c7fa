// CSV injection (OWASP): names an attacker gets into the graph must not reach a spreadsheet as formulas. Every CSV
// the server (GET /export) and `npm run export` write puts a single quote before a text cell that starts with
// =, +, -, @, TAB or CR, and quotes that cell; numbers stay numbers.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import { INGEST } from '../support/documents.js';
import { startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';
import { parseCsv } from '../support/csv.js';
import { serveApp, type ServedApp } from '../support/http.js';

const HYPERLINK = '=HYPERLINK("http://attacker.example","Click me")';
/** Names that ingestion accepts (it trims and refuses control characters, so TAB and CR are stored below). */
const HOSTILE = [HYPERLINK, '+1 Formula Caller', '-2+3 Minus Desk', '@SUM(A1) Mention'];
/** Stored by another writer than ingestion: names starting with TAB and CR. */
const CONTROL = { 'person:tab-formula': '\t=1+2 Tab Person', 'person:cr-formula': '\r=1+2 CR Person' };
const FORMULA_START = /^[=+\-@\t\r]/;

let graph: TestGraph;
let api: ServedApp;

beforeAll(async () => {
  graph = await startTestGraph();
  api = await serveApp(graph.db);
  const document = {
    source: { title: 'Hostile names', publisher: 'Example Desk', url: 'https://example.org/hostile-names' },
    entities: [
      { kind: 'INSTITUTION', name: 'Example Desk' },
      ...HOSTILE.map((name) => ({ kind: 'PERSON', name })),
      { kind: 'PERSON', name: 'Tab Formula' },
      { kind: 'PERSON', name: 'CR Formula' },
    ],
    claims: [{ text: '=1+1 the desk says the caller holds a role.', kind: 'REPORT', speaker: 'Example Desk', about: [HYPERLINK] }],
    relations: [{ type: 'HOLDS_ROLE_IN', from: HYPERLINK, to: 'Example Desk', role: '=cmd|/C calc', evidence: ['#0'] }],
  };
  const ingested = await graph.run(INGEST, { input: document }, { token: TOKENS.editor });
  expect(ingested.errors ?? []).toEqual([]);
  for (const [id, name] of Object.entries(CONTROL)) await graph.db.write('MATCH (n:Entity {id: $id}) SET n.name = $name', { id, name });
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

async function exported(params: Record<string, string>): Promise<string> {
  const res = await fetch(`${api.base}/export?${new URLSearchParams({ scope: 'graph', format: 'csv', ...params })}`);
  expect(res.status).toBe(200);
  return res.text();
}

/** Every cell a spreadsheet would run as a formula; none is allowed. */
const formulas = (rows: Record<string, string>[]) => rows.flatMap((r) => Object.values(r).filter((v) => FORMULA_START.test(v)));

/** Checks the node table: each hostile name comes back behind one quote, in a quoted cell; nothing starts a formula. */
function checkNodes(text: string): void {
  const nodes = parseCsv(text);
  expect(formulas(nodes)).toEqual([]);
  const names = new Set(nodes.map((n) => n.name));
  for (const name of [...HOSTILE, ...Object.values(CONTROL)]) expect(names, JSON.stringify(name)).toContain(`'${name}`);
  expect(text).toContain(`"'=HYPERLINK(""http://attacker.example"",""Click me"")"`);
  // A name that starts with neither keeps its cell as it was.
  expect(nodes.find((n) => n.id === 'person:witkoff')?.name).toBe('Steve Witkoff');
}

describe('CSV exports neutralise formula cells (OWASP CSV injection)', () => {
  it('GET /export: node names starting with =, +, -, @, TAB or CR get a leading quote, in a quoted cell', async () => {
    checkNodes(await exported({ part: 'nodes' }));
  });

  it('GET /export: edge cells too (a role "=cmd"), while evidence_count stays a number', async () => {
    const edges = parseCsv(await exported({ part: 'edges' }));
    expect(formulas(edges)).toEqual([]);
    const role = edges.find((e) => e.type === 'HOLDS_ROLE_IN' && e.role?.includes('cmd'));
    expect(role?.role).toBe("'=cmd|/C calc");
    expect(role?.evidence_count).toBe('1');
    expect(edges.every((e) => /^\d+$/.test(e.evidence_count!))).toBe(true);
  });

  it('npm run export writes the same neutralised cells as GET /export', async () => {
    const { uri, password } = inject('neo4j');
    const folder = mkdtempSync(join(tmpdir(), 'policy-graph-csv-injection-'));
    try {
      const tsx = join(repoRoot(), 'node_modules', '.bin', 'tsx');
      await promisify(execFile)(tsx, ['src/export/cli.ts', '--scope', 'graph', '--format', 'csv', '--out', folder], {
        cwd: repoRoot(),
        env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password, NODE_ENV: 'test' },
      });
      const nodes = readFileSync(join(folder, 'nodes.csv'), 'utf8');
      checkNodes(nodes);
      expect(nodes).toBe(await exported({ part: 'nodes' }));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
