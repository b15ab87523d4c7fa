// Reads a seed Cypher file statically (no database): its entities (id, kind, name, aliases), claims (kind, text,
// speaker, about) and relations (type, from, to, evidence). Used to build the extractor's dictionary and the seed
// article's gold in scripts/eval-extract.ts.
import type { DictionaryEntry } from '../src/extract/index.js';

export interface SeedClaim {
  id: string;
  kind: string;
  text: string;
  speaker?: string;
  about: string[];
  /** Where the claim is in the seed source's text (spanStart, spanEnd). */
  span?: { start: number; end: number };
}

export interface SeedRelation {
  type: string;
  from: string;
  to: string;
  evidence: string[];
}

export interface SeedGraph {
  entities: DictionaryEntry[];
  claims: SeedClaim[];
  relations: SeedRelation[];
}

const STRING = String.raw`'((?:[^'\\]|\\.)*)'`;
const unescape = (s: string) => s.replace(/\\(.)/gu, '$1');
const strings = (list: string) => [...list.matchAll(new RegExp(STRING, 'gu'))].map((m) => unescape(m[1]!));
const KINDS = new Set(['Person', 'Institution', 'PolicyTrack', 'Event']);

/** Statements of a Cypher file: split at lines ending with a semicolon, comment lines dropped. */
function statements(cypher: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of cypher.split('\n')) {
    if (/^\s*\/\//u.test(line)) continue;
    current.push(line);
    if (/;\s*$/u.test(line)) {
      out.push(current.join('\n'));
      current = [];
    }
  }
  return out;
}

/** Parses the entities, claims and relations a seed Cypher file MERGEs. */
export function parseSeedGraph(cypher: string): SeedGraph {
  const entities: DictionaryEntry[] = [];
  const claims = new Map<string, SeedClaim>();
  const relations: SeedRelation[] = [];
  for (const st of statements(cypher)) {
    const entity = new RegExp(String.raw`MERGE \(n:(\w+):Entity \{id: ${STRING}\}\)`, 'u').exec(st);
    if (entity && KINDS.has(entity[1]!)) {
      const name = new RegExp(String.raw`n\.name = ${STRING}`, 'u').exec(st);
      const aliases = /n\.aliases = \[([^\]]*)\]/u.exec(st);
      entities.push({
        id: unescape(entity[2]!),
        kind: entity[1] as DictionaryEntry['kind'],
        name: name ? unescape(name[1]!) : unescape(entity[2]!),
        aliases: aliases ? strings(aliases[1]!) : [],
      });
      continue;
    }
    const claim = new RegExp(String.raw`MERGE \(c:Claim \{id: ${STRING}\}\)`, 'u').exec(st);
    if (claim) {
      const kind = new RegExp(String.raw`c\.kind = ${STRING}`, 'u').exec(st);
      const text = new RegExp(String.raw`c\.text = ${STRING}`, 'u').exec(st);
      const span = /c\.spanStart = (\d+), c\.spanEnd = (\d+)/u.exec(st);
      claims.set(unescape(claim[1]!), {
        id: unescape(claim[1]!),
        kind: kind ? kind[1]! : 'FACT',
        text: text ? unescape(text[1]!) : '',
        about: [],
        ...(span ? { span: { start: Number(span[1]), end: Number(span[2]) } } : {}),
      });
      continue;
    }
    const link = new RegExp(String.raw`MATCH \(c:Claim \{id: ${STRING}\}\)`, 'u').exec(st);
    const target = link && claims.get(unescape(link[1]!));
    if (target) {
      const speaker = new RegExp(String.raw`\(sp:Entity \{id: ${STRING}\}\)`, 'u').exec(st);
      if (speaker) target.speaker = unescape(speaker[1]!);
      const unwind = /UNWIND \[([^\]]*)\] AS eid/u.exec(st);
      if (unwind && /\[r:ABOUT\]/u.test(st)) target.about.push(...strings(unwind[1]!));
      continue;
    }
    const rel = new RegExp(
      String.raw`MATCH \(a:Entity \{id: ${STRING}\}\), \(b:Entity \{id: ${STRING}\}\)\s+MERGE \(a\)-\[r:(\w+)\]->\(b\)`,
      'u',
    ).exec(st);
    if (rel) {
      const evidence = /r\.evidence = \[([^\]]*)\]/u.exec(st);
      relations.push({ type: rel[3]!, from: unescape(rel[1]!), to: unescape(rel[2]!), evidence: evidence ? strings(evidence[1]!) : [] });
    }
  }
  return { entities, claims: [...claims.values()], relations };
}

const KIND_OF_INPUT: Record<string, DictionaryEntry['kind']> = {
  PERSON: 'Person',
  INSTITUTION: 'Institution',
  TRACK: 'PolicyTrack',
  EVENT: 'Event',
};
const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

interface DocumentEntityLike {
  id?: string;
  kind: string;
  name: string;
  aliases?: string[];
}

/**
 * The graph's dictionary after the seed and some ingestion documents: entities with an id are added (or their
 * aliases merged); an entity without one names an existing entity by name or alias and adds its other names.
 */
export function mergeDocumentEntities(dictionary: DictionaryEntry[], entities: readonly DocumentEntityLike[]): DictionaryEntry[] {
  const out = dictionary.map((e) => ({ ...e, aliases: [...e.aliases] }));
  const addAliases = (entry: DictionaryEntry, names: string[]) => {
    for (const n of names) if (n !== entry.name && !entry.aliases.includes(n)) entry.aliases.push(n);
  };
  for (const e of entities) {
    const names = [e.name, ...(e.aliases ?? [])];
    const kind = KIND_OF_INPUT[e.kind];
    if (!kind) continue;
    const existing = e.id
      ? out.find((d) => d.id === e.id)
      : out.find((d) => d.kind === kind && [d.name, ...d.aliases].some((n) => names.some((m) => norm(m) === norm(n))));
    if (existing) addAliases(existing, names);
    else if (e.id) out.push({ id: e.id, kind, name: e.name, aliases: (e.aliases ?? []).filter((a) => a !== e.name) });
  }
  return out;
}

/** The title and publisher of the seed's source. */
/** A Cypher string literal's value: `\n` is a line break, any other escaped character stands for itself. */
const literal = (s: string) => s.replace(/\\(.)/gu, (_m, ch: string) => (ch === 'n' ? '\n' : ch));

/** The text the seed's source keeps (`s.text`), which its claims' spans point into. */
export function parseSeedText(cypher: string): string | undefined {
  const text = new RegExp(String.raw`s\.text = ${STRING}`, 'u').exec(cypher);
  return text ? literal(text[1]!) : undefined;
}

export function parseSeedSource(cypher: string): { title: string; publisher?: string; url?: string } {
  const title = new RegExp(String.raw`s\.title = ${STRING}`, 'u').exec(cypher);
  const publisher = new RegExp(String.raw`s\.publisher = ${STRING}`, 'u').exec(cypher);
  const url = new RegExp(String.raw`s\.url = ${STRING}`, 'u').exec(cypher);
  return {
    title: title ? unescape(title[1]!) : 'Seed article',
    ...(publisher ? { publisher: unescape(publisher[1]!) } : {}),
    ...(url ? { url: unescape(url[1]!) } : {}),
  };
}
