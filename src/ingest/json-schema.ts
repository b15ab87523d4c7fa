// The ingestion document format as JSON Schema, derived from the zod schema (never written twice).
import { z } from 'zod';
import { DocumentInput } from './document.js';

export function documentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DocumentInput, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://policy-graph.local/schema/document.schema.json',
    title: 'Policy graph ingestion document',
    description:
      'One article: its source, the entities it names, its claims (with speaker, attribution and subjects) ' +
      'and the relations it states with the claims that evidence them. ' +
      'A claim is referred to (contradicts, supports, evidence) by its id, claim:... (one chosen in its `id`, or the one ingestDocument returned), ' +
      'or within its document as #N, the claim at index N of `claims`, counting from 0: #0 is the first claim; #N past the last claim, ' +
      'a claim referring to itself and a leading zero are refused.',
  };
}
