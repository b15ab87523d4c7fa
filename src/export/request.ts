// What an export asks for (GET /export, npm run export, the Python client): a scope, a format and the scope's
// arguments, validated into one shape before any query runs. Bad input is BAD_USER_INPUT naming the parameter.
import { badInput } from '../base/errors.js';
import { requireEntityId, requireIdOf, validity } from '../domain/args.js';
import { READ_LIMITS, within, type Bound } from '../read/limits.js';
import { evidenceFilter, type EvidenceFilter } from '../read/evidence-snippets.js';

export const SCOPES = ['graph', 'track', 'neighborhood', 'paths'] as const;
export const FORMATS = ['graphml', 'json', 'csv'] as const;
export const CSV_PARTS = ['nodes', 'edges'] as const;

export type ExportScope = (typeof SCOPES)[number];
export type ExportFormat = (typeof FORMATS)[number];
export type CsvPart = (typeof CSV_PARTS)[number];

/** The bounds of the GraphQL fields the scopes mirror (neighborhood depth, paths maxHops). */

export interface ExportRequest {
  scope: ExportScope;
  format: ExportFormat;
  /** CSV only: which of the two tables. */
  part: CsvPart | null;
  /** track: the track; neighborhood: the centre. */
  id: string | null;
  depth: number;
  from: string | null;
  to: string | null;
  maxHops: number;
  asOf: string | null;
  /** The day the request was made (ISO date): relations are listed as valid then when asOf is null. */
  today: string;
  includeRetracted: boolean;
  /** The evidence filter of the GraphQL fields (EvidenceFilter), from knownAt, undated, kinds, onRecord, minIndependent, excludeSpeakers. */
  evidence: EvidenceFilter;
}

/** Query-string or command-line values, as strings (the first one when repeated). */
export type RawParams = Record<string, string | undefined>;

/** The evidence filter's parameters; lists are comma-separated (`kinds=QUOTE,REPORT`). */
const EVIDENCE = ['knownAt', 'undated', 'kinds', 'onRecord', 'minIndependent', 'excludeSpeakers'] as const;
const KNOWN = new Set(['scope', 'format', 'part', 'id', 'depth', 'from', 'to', 'maxHops', 'asOf', 'includeRetracted', ...EVIDENCE]);
const CLAIM_KINDS = ['QUOTE', 'REPORT', 'ANALYSIS', 'FACT'] as const;
const UNDATED = ['SINCE_SAID', 'ALWAYS', 'EXCLUDE'] as const;

/** The evidence filter from its query parameters, checked as the GraphQL input is (BAD_USER_INPUT names the parameter). */
function evidenceOf(raw: RawParams): EvidenceFilter {
  const list = (value: string | undefined) => (value === undefined || value === '' ? null : value.split(','));
  const kinds = list(raw.kinds)?.map((k) => oneOf(k, CLAIM_KINDS, 'kinds'));
  const filter: EvidenceFilter = {
    knownAt: raw.knownAt || null,
    undated: raw.undated ? oneOf(raw.undated, UNDATED, 'undated') : null,
    kinds: kinds ?? null,
    onRecord: bool(raw.onRecord, 'onRecord'),
    minIndependent: raw.minIndependent ? integer(raw.minIndependent, { default: 1, min: 1, max: 100 }, 'minIndependent') : null,
    excludeSpeakers: list(raw.excludeSpeakers),
  };
  return evidenceFilter(filter);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T {
  if (value === undefined || value === '') throw badInput(`${name}: required, one of ${allowed.join(', ')}`, { argument: name });
  if (!(allowed as readonly string[]).includes(value)) {
    throw badInput(`${name}: "${value.slice(0, 40)}" is not one of ${allowed.join(', ')}`, { argument: name });
  }
  return value as T;
}

/** A query-string integer within the same bound as the GraphQL argument of that name. */
function integer(value: string | undefined, bound: Bound, name: string): number {
  if (value === undefined || value === '') return bound.default;
  if (!/^\d{1,3}$/.test(value)) {
    throw badInput(`${name}: must be an integer from ${bound.min} to ${bound.max}, got "${value.slice(0, 20)}"`, { argument: name });
  }
  return within(Number(value), bound, name);
}

function bool(value: string | undefined, name: string): boolean {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw badInput(`${name}: must be true or false`, { argument: name });
}

/** Parameters a scope does not take are refused rather than ignored: a silently ignored `id` is a wrong answer. */
const TAKES: Record<ExportScope, readonly string[]> = {
  graph: [],
  track: ['id'],
  neighborhood: ['id', 'depth'],
  paths: ['from', 'to', 'maxHops'],
};

function required(value: string | undefined, name: string, scope: string): string {
  if (value === undefined || value === '') throw badInput(`${name}: required for scope ${scope}`, { argument: name });
  return value;
}

/** An export request from its query parameters; `today` is the day it arrived (what "now" means without asOf). */
export function parseExportRequest(raw: RawParams, today: string): ExportRequest {
  const unknown = Object.keys(raw).filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) {
    throw badInput(`unknown parameter ${unknown.map((k) => `"${k.slice(0, 40)}"`).join(', ')}; known: ${[...KNOWN].join(', ')}`, {
      argument: unknown[0],
    });
  }
  const scope = oneOf(raw.scope, SCOPES, 'scope');
  const format = oneOf(raw.format, FORMATS, 'format');
  for (const name of ['id', 'depth', 'from', 'to', 'maxHops']) {
    if (raw[name] !== undefined && !TAKES[scope].includes(name)) {
      throw badInput(`${name}: scope ${scope} takes ${TAKES[scope].length ? TAKES[scope].join(', ') : 'no id'}`, { argument: name });
    }
  }
  let part: CsvPart | null = null;
  if (format === 'csv') part = oneOf(raw.part, CSV_PARTS, 'part');
  else if (raw.part !== undefined) throw badInput('part: only for format csv (nodes or edges)', { argument: 'part' });
  const request: ExportRequest = {
    scope,
    format,
    part,
    id: null,
    depth: integer(raw.depth, READ_LIMITS.depth, 'depth'),
    from: null,
    to: null,
    maxHops: integer(raw.maxHops, READ_LIMITS.maxHops, 'maxHops'),
    asOf: validity(raw.asOf === '' ? undefined : raw.asOf, today).asOf,
    today,
    includeRetracted: bool(raw.includeRetracted, 'includeRetracted'),
    evidence: evidenceOf(raw),
  };
  if (scope === 'track') request.id = requireIdOf(required(raw.id, 'id', scope), 'id', ['track']);
  if (scope === 'neighborhood') request.id = requireEntityId(required(raw.id, 'id', scope), 'id');
  if (scope === 'paths') {
    request.from = requireEntityId(required(raw.from, 'from', scope), 'from');
    request.to = requireEntityId(required(raw.to, 'to', scope), 'to');
    if (request.from === request.to) throw badInput('to: must differ from from', { argument: 'to' });
  }
  return request;
}

/** A file name for the export: `policy-graph-track-ukraine.graphml`, `policy-graph-graph-edges.csv`. */
export function exportFileName(request: ExportRequest): string {
  const anchor = [request.id, request.from, request.to].filter(Boolean).map((id) => id!.replace(/^[a-z]+:/, ''));
  const parts = ['policy-graph', request.scope, ...anchor, request.asOf ? `as-of-${request.asOf}` : null, request.part].filter(Boolean);
  const safe = parts.join('-').replace(/[^A-Za-z0-9._-]/g, '_');
  return `${safe}.${request.format}`;
}
