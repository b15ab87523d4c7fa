// Sends a variant of an operation's text once and reports whether this server accepted it (a QUERY_TOO_COMPLEX
// refusal, with the limit it names, is a finding, not an error).
import { z } from 'zod';
import type { GraphqlCall } from './ops/types.js';

export interface ProbeResult {
  op: string;
  label: string;
  operationName: string;
  outcome: string;
}

const answer = z.object({
  errors: z.array(z.object({ message: z.string(), extensions: z.record(z.string(), z.unknown()).optional() })).optional(),
});

export async function probe(op: string, label: string, url: string, call: GraphqlCall): Promise<ProbeResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: call.query, variables: call.variables, operationName: call.operationName }),
  });
  const { errors } = answer.parse(await res.json());
  const first = errors?.[0];
  const outcome = first
    ? `refused (HTTP ${res.status}): ${String(first.extensions?.code ?? 'error')}: ${first.message}`
    : `accepted (HTTP ${res.status})`;
  return { op, label, operationName: call.operationName, outcome };
}
