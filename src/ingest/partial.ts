// What of a document with shape problems can still be checked against the graph, so that one answer lists
// every problem: its well-formed parts, with the values that have problems left out, and the way back from
// a path of that partial document to the path in the document as sent.
import { z } from 'zod';
import { nameKey } from '../domain/names.js';
import {
  ClaimInput,
  CLAIM_INDEX,
  DocumentInput,
  EntityInput,
  RelationInput,
  SourceInput,
  type Document,
  type Issue,
  type Problem,
} from './document.js';

export interface PartialDocument {
  document: Document;
  /** The sent document's path for a path of `document` (its claims[1] may be the sent claims[3]). */
  pathOf(path: string): string;
  /** Whether a problem only repeats one already reported: a reference to an entity or claim left out. */
  echoes(problem: Problem): boolean;
}

// A relation whose evidence has problems (already reported) is still checked for its ends and period.
const RelationToCheck = RelationInput.extend({ evidence: z.array(z.string()).default([]) });

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * An element without the values its issues name (a list item, else the whole key), parsed again;
 * undefined when what is left is not valid (a required value was wrong).
 */
function salvage<S extends z.ZodType>(schema: S, value: unknown, issues: readonly Issue[]): z.output<S> | undefined {
  if (!isRecord(value)) return undefined;
  const copy: Record<string, unknown> = { ...value };
  const dropItems = new Map<string, Set<number>>();
  for (const issue of issues) {
    const [key, index] = issue.path;
    if (key === undefined) {
      if (issue.code !== 'unrecognized_keys') return undefined;
      for (const k of issue.keys) delete copy[k];
    } else if (typeof index === 'number' && Array.isArray(value[key as string])) {
      dropItems.set(String(key), (dropItems.get(String(key)) ?? new Set()).add(index));
    } else {
      delete copy[String(key)];
    }
  }
  for (const [key, indexes] of dropItems) {
    if (Array.isArray(copy[key])) copy[key] = (copy[key] as unknown[]).filter((_, i) => !indexes.has(i));
  }
  const parsed = schema.safeParse(copy);
  return parsed.success ? (parsed.data as z.output<S>) : undefined;
}

/** Issues under `key` (and `index`), with paths relative to it. */
function issuesUnder(issues: readonly Issue[], key: string, index?: number): Issue[] {
  return issues
    .filter((i) => i.path[0] === key && (index === undefined || i.path[1] === index))
    .map((i) => ({ ...i, path: i.path.slice(index === undefined ? 1 : 2) }));
}

interface Kept<T> {
  items: T[];
  /** The sent index of each kept item. */
  index: number[];
  dropped: unknown[];
}

function keep<S extends z.ZodType>(input: Record<string, unknown>, key: string, schema: S, issues: readonly Issue[]): Kept<z.output<S>> {
  const kept: Kept<z.output<S>> = { items: [], index: [], dropped: [] };
  const list = Array.isArray(input[key]) ? (input[key] as unknown[]) : [];
  list.forEach((value, i) => {
    const item = salvage(schema, value, issuesUnder(issues, key, i));
    if (item === undefined) {
      kept.dropped.push(value);
    } else {
      kept.items.push(item);
      kept.index.push(i);
    }
  });
  return kept;
}

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];

/**
 * The part of a document with shape problems that can be checked against the graph, or null when nothing
 * can be: the input is not an object, a list is past its limit (an oversized document is not read further),
 * or no entity, claim or relation is left.
 */
export function partialDocument(input: unknown, issues: readonly Issue[]): PartialDocument | null {
  if (!isRecord(input) || issues.some((i) => i.code === 'too_big' && i.path.length === 1)) return null;
  const entities = keep(input, 'entities', EntityInput, issues);
  const claims = keep(input, 'claims', ClaimInput, issues);
  const relations = keep(input, 'relations', RelationToCheck, issues);

  // `#N` counts in the sent document: renumber for the kept claims; a reference to a claim left out, to
  // no claim, or to its own claim goes (its problem is already reported).
  const renumber = (refs: string[], self?: number) =>
    refs.flatMap((ref) => {
      if (!CLAIM_INDEX.test(ref)) return [ref];
      const sent = Number(ref.slice(1));
      const at = claims.index.indexOf(sent);
      return at < 0 || sent === self ? [] : [`#${at}`];
    });
  const keptClaims = claims.items.map((c, j) => ({
    ...c,
    contradicts: renumber(c.contradicts, claims.index[j]),
    supports: renumber(c.supports, claims.index[j]),
  }));
  const keptRelations = relations.items.map((r) => ({ ...r, evidence: renumber(r.evidence) }));
  if (entities.items.length + keptClaims.length + keptRelations.length === 0) return null;

  const source =
    salvage(SourceInput, input.source, issuesUnder(issues, 'source')) ?? SourceInput.parse({ title: '(a source with problems)' });
  const options = salvage(DocumentInput.shape.options, input.options, issuesUnder(issues, 'options')) ?? {
    unresolvedEntities: 'CREATE' as const,
  };
  const document: Document = { source, entities: entities.items, claims: keptClaims, relations: keptRelations, options };

  const sentIndex: Record<string, number[]> = { entities: entities.index, claims: claims.index, relations: relations.index };
  const droppedNames = new Set(
    entities.dropped.flatMap((e) => (isRecord(e) ? [...strings(e.name), ...strings(e.aliases)].map(nameKey).filter((k) => k !== '') : [])),
  );
  const droppedIds = new Set([...entities.dropped, ...claims.dropped].flatMap((e) => (isRecord(e) ? strings(e.id) : [])));
  return {
    document,
    pathOf: (path) =>
      path.replace(
        /^(entities|claims|relations)\[(\d+)\]/,
        (_whole, key: string, j: string) => `${key}[${sentIndex[key]?.[Number(j)] ?? j}]`,
      ),
    echoes(problem) {
      const ref = /^unknown (entity|claim) "(.*)"$/s.exec(problem.message)?.[2];
      return ref !== undefined && (droppedIds.has(ref) || droppedNames.has(nameKey(ref)));
    },
  };
}
