// The three export formats, written one node or edge at a time (nothing is held but the current item):
// GraphML for Gephi and networkx.read_graphml, networkx's node-link JSON, and CSV tables of nodes and edges.
// In GraphML and CSV, list values (aliases, evidence columns) are JSON array text; an evidence claim's attribution
// chain is one string there ("U.S. media > Resurgam founder (RELAYED_BY) > Espreso Global (PUBLISHED_BY)").
import type { ExportRequest } from './request.js';

export interface ExportNode {
  id: string;
  kind: string | null;
  name: string | null;
  aliases: string[];
  description: string | null;
}

export interface Evidence {
  claimId: string;
  kind: string | null;
  text: string | null;
  speakerId: string | null;
  speakerName: string | null;
  sourceId: string | null;
  sourceTitle: string | null;
  date: string | null;
  /** Claim.attribution: the speaker (position 0), who relayed or reported it, the publisher. */
  attribution: AttributionStep[];
}

export interface AttributionStep {
  position: number;
  role: string;
  entityId: string | null;
  name: string | null;
}

/** A chain as one string: names outward from the speaker, each link after it with its role. */
export function chainText(chain: readonly AttributionStep[]): string {
  return chain.map((l) => (l.role === 'SPEAKER' ? `${l.name ?? l.entityId}` : `${l.name ?? l.entityId} (${l.role})`)).join(' > ');
}

export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
  status: string | null;
  evidence: Evidence[];
}

/** Turns items into text; `node` calls all come before `edge` calls. */
export interface ExportWriter {
  readonly contentType: string;
  start(): string;
  node(node: ExportNode): string;
  edge(edge: ExportEdge): string;
  end(): string;
}

type Flat = Record<string, string | number | null>;

const NODE_COLUMNS = ['id', 'kind', 'name', 'aliases', 'description'] as const;
const EDGE_COLUMNS = [
  'id',
  'type',
  'source',
  'target',
  'role',
  'validFrom',
  'validTo',
  'status',
  'evidence_count',
  'evidence_claim_ids',
  'evidence_kinds',
  'evidence_texts',
  'evidence_speakers',
  'evidence_speaker_names',
  'evidence_sources',
  'evidence_source_titles',
  'evidence_dates',
  'evidence_attributions',
] as const;

function flatNode(n: ExportNode): Flat {
  return { id: n.id, kind: n.kind, name: n.name, aliases: JSON.stringify(n.aliases), description: n.description };
}

function flatEdge(e: ExportEdge): Flat {
  const column = (pick: (ev: Evidence) => string | null) => JSON.stringify(e.evidence.map(pick));
  return {
    id: e.id,
    type: e.type,
    source: e.source,
    target: e.target,
    role: e.role,
    validFrom: e.validFrom,
    validTo: e.validTo,
    status: e.status,
    evidence_count: e.evidence.length,
    evidence_claim_ids: column((ev) => ev.claimId),
    evidence_kinds: column((ev) => ev.kind),
    evidence_texts: column((ev) => ev.text),
    evidence_speakers: column((ev) => ev.speakerId),
    evidence_speaker_names: column((ev) => ev.speakerName),
    evidence_sources: column((ev) => ev.sourceId),
    evidence_source_titles: column((ev) => ev.sourceTitle),
    evidence_dates: column((ev) => ev.date),
    evidence_attributions: column((ev) => chainText(ev.attribution)),
  };
}

// XML 1.0 allows tab, newline and carriage return among the control characters, nothing below them.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlText(value: string): string {
  return value.replace(XML_INVALID, '').replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

function graphmlData(prefix: 'n' | 'e', flat: Flat, skip: readonly string[]): string {
  return Object.entries(flat)
    .filter(([key, value]) => value !== null && !skip.includes(key))
    .map(([key, value]) => `<data key="${prefix}_${key}">${xmlText(String(value))}</data>`)
    .join('');
}

function graphml(request: ExportRequest): ExportWriter {
  // Edge ids, sources and targets are the edge element's own attributes; everything else is a declared key.
  const edgeKeys = EDGE_COLUMNS.filter((k) => !['id', 'source', 'target'].includes(k));
  const keys = [
    ...NODE_COLUMNS.filter((k) => k !== 'id').map((k) => `<key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...edgeKeys.map((k) => `<key id="e_${k}" for="edge" attr.name="${k}" attr.type="${k === 'evidence_count' ? 'int' : 'string'}"/>`),
  ];
  const graphKeys = ['scope', 'anchor', 'asOf', 'includeRetracted'].map(
    (k) => `<key id="g_${k}" for="graph" attr.name="${k}" attr.type="string"/>`,
  );
  const description = describe(request);
  const graphData = Object.entries(description)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `<data key="g_${k}">${xmlText(String(v))}</data>`)
    .join('');
  return {
    contentType: 'application/graphml+xml; charset=utf-8',
    start: () =>
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
          'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        ...keys,
        ...graphKeys,
        `<graph id="policy-graph" edgedefault="directed">${graphData}`,
        '',
      ].join('\n'),
    node: (n) => `<node id="${xmlText(n.id)}">${graphmlData('n', flatNode(n), ['id'])}</node>\n`,
    edge: (e) =>
      `<edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">` +
      `${graphmlData('e', flatEdge(e), ['id', 'source', 'target'])}</edge>\n`,
    end: () => '</graph>\n</graphml>\n',
  };
}

/** What the export holds, in the JSON's `graph` and GraphML's graph data. */
function describe(request: ExportRequest): { scope: string; anchor: string | null; asOf: string | null; includeRetracted: boolean } {
  const anchor = request.id ?? (request.from ? `${request.from} -> ${request.to}` : null);
  return { scope: request.scope, anchor, asOf: request.asOf, includeRetracted: request.includeRetracted };
}

/** The fields in a fixed order (Cypher maps have none), so that exports of the same graph are identical. */
function orderedNode(n: ExportNode): ExportNode {
  return { id: n.id, kind: n.kind, name: n.name, aliases: n.aliases, description: n.description ?? null };
}

function orderedEdge(e: ExportEdge): { key: string } & ExportEdge {
  const evidence = e.evidence.map((ev) => ({
    claimId: ev.claimId,
    kind: ev.kind,
    text: ev.text,
    speakerId: ev.speakerId ?? null,
    speakerName: ev.speakerName ?? null,
    sourceId: ev.sourceId ?? null,
    sourceTitle: ev.sourceTitle ?? null,
    date: ev.date ?? null,
    attribution: (ev.attribution ?? []).map((l) => ({
      position: Number(l.position),
      role: l.role,
      entityId: l.entityId ?? null,
      name: l.name ?? null,
    })),
  }));
  const { id, type, source, target, role, validFrom, validTo, status } = e;
  return {
    key: id,
    id,
    type,
    source,
    target,
    role: role ?? null,
    validFrom: validFrom ?? null,
    validTo: validTo ?? null,
    status,
    evidence,
  };
}

/** networkx's node-link shape: `networkx.node_link_graph(data, edges="links")` reads it as a MultiDiGraph. */
function nodeLink(request: ExportRequest): ExportWriter {
  let nodes = 0;
  let edges = -1;
  return {
    contentType: 'application/json; charset=utf-8',
    start: () => `{"directed":true,"multigraph":true,"graph":${JSON.stringify(describe(request))},\n"nodes":[`,
    node: (n) => `${nodes++ === 0 ? '\n' : ',\n'}${JSON.stringify(orderedNode(n))}`,
    edge(e) {
      const opening = edges === -1 ? '],\n"links":[\n' : ',\n';
      edges = Math.max(edges, 0) + 1;
      return `${opening}${JSON.stringify(orderedEdge(e))}`;
    },
    end: () => (edges === -1 ? '],\n"links":[]}\n' : '\n]}\n'),
  };
}

/**
 * A text cell a spreadsheet would run as a formula (OWASP "CSV injection"): it starts with =, +, -, @, TAB or CR,
 * after any single quotes (so that a text that itself starts with a quote and a formula character keeps its
 * quote when a reader strips one: the prefix can always be taken off again).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break; absent values are empty. A text that a
 * spreadsheet would read as a formula gets a leading single quote and is quoted (OWASP); numbers are left as
 * numbers (a negative count stays -1, not text).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'string' && FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(columns: readonly string[], flat: Flat): string {
  return `${columns.map((c) => csvField(flat[c] ?? null)).join(',')}\n`;
}

function csv(request: ExportRequest): ExportWriter {
  const columns = request.part === 'edges' ? EDGE_COLUMNS : NODE_COLUMNS;
  return {
    contentType: 'text/csv; charset=utf-8',
    start: () => `${columns.join(',')}\n`,
    node: (n) => (request.part === 'nodes' ? csvRow(columns, flatNode(n)) : ''),
    edge: (e) => (request.part === 'edges' ? csvRow(columns, flatEdge(e)) : ''),
    end: () => '',
  };
}

export function exportWriter(request: ExportRequest): ExportWriter {
  if (request.format === 'graphml') return graphml(request);
  if (request.format === 'json') return nodeLink(request);
  return csv(request);
}
