// Query.extractDocument: a draft ingestion document from an article's text, for review (reader role: it writes
// nothing). The graph's names are looked up first; the rest is the offline extractor.
import { GraphQLScalarType } from 'graphql';
import { badInput } from '../base/errors.js';
import type { Context } from '../core/context.js';
import type { GraphDatabase, QueryCounter } from '../db/database.js';
import { formatPath, SourceInput as DocumentSource } from '../ingest/document.js';
import { loadConfig } from '../config.js';
import { Extractions, extractionOptionsFromConfig, IN_PROCESS, type Extractor } from './extraction.js';
import { graphDictionary } from './graph-dictionary.js';
import type { ExtractSource } from './types.js';

/** The longest text extractDocument takes: about 10,000 words, a few seconds of one core. */
export const EXTRACT_MAX_CHARACTERS = 60_000;

export const DraftDocumentScalar = new GraphQLScalarType({
  name: 'DraftDocument',
  serialize: (value) => value,
  parseValue: () => {
    throw badInput('DraftDocument is an answer only: send a draft back as DocumentInput');
  },
});

export interface DraftSummary {
  document: Record<string, unknown>;
  resolvedEntities: number;
  newEntities: number;
  claims: number;
  relations: number;
  millis: number;
}

const SOURCE_FIELDS = DocumentSource.pick({ title: true, publisher: true, url: true, publishedDate: true });

/**
 * A draft of `text`, its names resolved against the graph of `db`; bad input is BAD_USER_INPUT with every problem.
 * The extractor's work runs through `extractor` (the server's worker pool), else here.
 */
export async function draftFromText(
  db: GraphDatabase,
  input: { text: string; source: ExtractSource; analyst?: string | null },
  counter?: QueryCounter,
  extractor: Extractor = IN_PROCESS,
): Promise<DraftSummary> {
  const problems: { path: string; message: string }[] = [];
  if (input.text.trim() === '') problems.push({ path: 'text', message: 'must not be empty' });
  if (input.text.length > EXTRACT_MAX_CHARACTERS) {
    problems.push({ path: 'text', message: `at most ${EXTRACT_MAX_CHARACTERS} characters, got ${input.text.length}` });
  }
  const source = SOURCE_FIELDS.safeParse(Object.fromEntries(Object.entries(input.source).filter(([, v]) => v !== null && v !== undefined)));
  if (!source.success) problems.push(...source.error.issues.map((i) => ({ path: `source.${formatPath(i.path)}`, message: i.message })));
  if (problems.length > 0) {
    throw badInput(`Cannot extract: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, { problems });
  }
  const analyst = input.analyst ?? undefined;
  // Finding the candidate names scans the whole text (about 20 ms for 60,000 characters): the extractor's work too.
  const candidates = await extractor.candidates([input.text, input.source.publisher ?? '', analyst ?? '']);
  const dictionary = await graphDictionary(db, candidates, counter);
  const draft = await extractor.extract({ text: input.text, source: source.data!, dictionary, analyst });
  const items = (key: string) =>
    Array.isArray(draft.document[key]) ? (draft.document[key] as { extracted?: { resolved?: boolean } }[]) : [];
  const entities = items('entities');
  const resolved = entities.filter((e) => e.extracted?.resolved === true).length;
  return {
    document: draft.document,
    resolvedEntities: resolved,
    newEntities: entities.length - resolved,
    claims: items('claims').length,
    relations: items('relations').length,
    millis: Math.round(draft.timings.ms),
  };
}

let defaultExtractions: Extractions | undefined;

/**
 * Query.extractDocument over the server's extractions (start.ts makes them from the configuration); without,
 * one shared set with the default configuration, made on first use.
 */
export function extractResolvers(extractions?: Extractions) {
  const current = () => extractions ?? (defaultExtractions ??= new Extractions(extractionOptionsFromConfig(loadConfig({}))));
  return {
    DraftDocument: DraftDocumentScalar,
    Query: {
      extractDocument: (_root: unknown, args: { text: string; source: ExtractSource; analyst?: string | null }, ctx: Context) =>
        current().admit(ctx.client, (extractor) => draftFromText(ctx.db, args, ctx.counter, extractor)),
    },
  };
}
