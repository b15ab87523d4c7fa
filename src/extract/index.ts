// The extractor's public surface: an offline, rule-based draft of an ingestion document from an article.
export { extractDocument } from './extract-document.js';
export type { DictionaryEntry, Draft, ExtractInput, ExtractSource } from './types.js';
