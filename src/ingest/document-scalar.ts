// The DocumentInput scalar (schema/ingest.graphql): a document arrives as plain JSON and parseDocument checks
// it, so that every problem, a missing key too, gets its path. Only JSON nested far deeper than any document
// is refused here, before anything (a fingerprint, a log line) walks it.
import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';
import { badInput } from '../base/errors.js';

/** A document is 4 levels deep (document.claims[i].about[j]); 16 leaves room for any wrong shape worth reporting. */
const MAX_DEPTH = 16;

/** Whether no value inside `value` is nested deeper than `max`, found without recursion. */
function nestedWithin(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return false;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return true;
}

function checked(value: unknown): unknown {
  if (!nestedWithin(value, MAX_DEPTH)) {
    throw badInput(`nested deeper than ${MAX_DEPTH} levels; a document is 4 levels deep (schema/document.schema.json)`);
  }
  return value;
}

export const DocumentInputScalar = new GraphQLScalarType({
  name: 'DocumentInput',
  serialize: (value) => value,
  parseValue: checked,
  parseLiteral: (ast, variables) => checked(valueFromASTUntyped(ast, variables)),
});
