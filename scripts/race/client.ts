// Sends an operation's call to a server over HTTP, as the load generator will: GraphQL as a JSON POST
// to the endpoint, raw calls as a JSON POST of the parameters to <url>/<cypher name>.
import { z } from 'zod';
import type { Send, ServerCall, ServerName } from './ops/types.js';
import type { RaceServer } from './servers/server.js';

export interface HttpRequest {
  url: string;
  body: string;
}

export function httpRequest(server: RaceServer, call: ServerCall): HttpRequest {
  if (call.kind === 'raw') return { url: `${server.url}/${call.cypher}`, body: JSON.stringify(call.params) };
  const { query, variables, operationName } = call;
  return { url: server.url, body: JSON.stringify({ query, variables, operationName }) };
}

const graphqlBody = z.object({ data: z.unknown().optional(), errors: z.array(z.unknown()).optional() });
const rawBody = z.object({ answer: z.unknown().optional(), error: z.string().optional() });

/** A Send over the given servers: GraphQL `data` (errors throw), or the raw `answer`. */
export function createSend(servers: Record<ServerName, RaceServer>): Send {
  return async (name, call) => {
    const { url, body } = httpRequest(servers[name], call);
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.text();
    const what = call.kind === 'raw' ? `raw ${call.cypher}` : `${name} ${call.operationName}`;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`${what}: HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
    }
    if (call.kind === 'raw') {
      const parsed = rawBody.parse(json);
      if (!res.ok || parsed.error) throw new Error(`${what}: HTTP ${res.status}: ${parsed.error ?? text.slice(0, 300)}`);
      return parsed.answer;
    }
    const parsed = graphqlBody.parse(json);
    if (parsed.errors?.length) throw new Error(`${what}: HTTP ${res.status}, errors: ${JSON.stringify(parsed.errors).slice(0, 1500)}`);
    if (!res.ok) throw new Error(`${what}: HTTP ${res.status}`);
    return parsed.data;
  };
}
