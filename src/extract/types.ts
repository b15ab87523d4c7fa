// Types of the extractor: its input (article text, source, the graph's dictionary) and its working records.
export type EntityKind = 'Person' | 'Institution' | 'PolicyTrack' | 'Event';

/** One entity already in the graph, with the names it may be mentioned by. */
export interface DictionaryEntry {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

export interface ExtractSource {
  title: string;
  publisher?: string;
  url?: string;
  publishedDate?: string;
}

export interface ExtractInput {
  text: string;
  source: ExtractSource;
  dictionary: DictionaryEntry[];
  /** Who speaks ANALYSIS claims: an entity id or name; default the publisher, else an entity named after the source. */
  analyst?: string;
}

/** Name keys of the capitalised word runs of a text, and its capitalised single words (possible surnames). */
export interface NameCandidates {
  keys: string[];
  surnames: string[];
}

/** What the extraction worker is asked: the candidate names of texts, or a draft. */
export type ExtractorTask = { kind: 'candidates'; texts: readonly string[] } | { kind: 'extract'; input: ExtractInput };

/** The draft: an ingestion document (with source.text, claims[].span and `extracted` metadata) and the time taken. */
export interface Draft {
  document: Record<string, unknown>;
  timings: { ms: number };
}

/** Character offsets into the text (UTF-16 code units, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
  /** Lower case, accents and punctuation removed. */
  norm: string;
  capitalized: boolean;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the line (block between newlines) holding it. */
  line: number;
  /** The line starts with a list marker ("- ", "• "). */
  bullet: boolean;
  /** The sentence ends its line with a colon (it introduces a list). */
  introducesList: boolean;
}

/** An entity the draft names: one of the dictionary's (resolved) or a new one proposed from the text. */
export interface EntityRecord {
  key: string;
  id?: string;
  kind: EntityKind;
  name: string;
  resolved: boolean;
  confidence: number;
  reason: string;
  mentions: Span[];
}

export interface Mention extends Span {
  key: string;
  kind: EntityKind;
  how: 'dictionary' | 'surname' | 'nlp';
}

export type ClaimKind = 'QUOTE' | 'REPORT' | 'ANALYSIS' | 'FACT';

/** A claim found in the text, before assembly. */
export interface ClaimRecord {
  kind: ClaimKind;
  span: Span;
  /** Sentence(s) the claim sits in. */
  context: Span;
  text: string;
  speaker: string;
  confidence: number;
  reason: string;
  /** Attributed by a pronoun and a continuing verb ("he added"): the previous claim's speaker goes on speaking. */
  continues?: boolean;
}
