// Reads over GET (for caches and simple clients): what an analyst's script sends, the CSRF header it
// needs, and the refusals (mutations, malformed URLs), each with the request id in the body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';
import { serveApp, type ServedApp } from '../support/http.js';

let graph: TestGraph;
let served: ServedApp;

beforeAll(async () => {
  graph = await startTestGraph();
  served = await serveApp(graph.db);
});
afterAll(async () => {
  await served?.close();
  await graph?.close();
});

type Body = { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };

/** GET /graphql with the given URL parameters and the CSRF-prevention header unless told otherwise. */
async function get(params: Record<string, string>, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) {
  const res = await fetch(`${served.base}/graphql?${new URLSearchParams(params).toString()}`, { headers });
  return { res, body: (await res.json()) as Body };
}

describe('GET /graphql', () => {
  it('answers a read sent as a GET with the apollo-require-preflight header', async () => {
    const { res, body } = await get({ query: '{ node(id: "person:witkoff") { id ... on Entity { name } } }' });
    expect(res.status).toBe(200);
    expect(body).toEqual({ data: { node: { id: 'person:witkoff', name: 'Steve Witkoff' } } });
  });

  it('takes variables and the operation name from the URL, and a reader token', async () => {
    const { res, body } = await get(
      {
        query: 'query Who($id: ID!) { node(id: $id) { id } } query Other { __typename }',
        variables: JSON.stringify({ id: 'person:witkoff' }),
        operationName: 'Who',
      },
      { 'x-apollo-operation-name': 'Who', authorization: `Bearer ${TOKENS.reader}` },
    );
    expect(res.status).toBe(200);
    expect(body).toEqual({ data: { node: { id: 'person:witkoff' } } });
  });

  it('accepts a non-simple content-type instead of the header', async () => {
    const { res, body } = await get({ query: '{ __typename }' }, { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a mutation sent as a GET with 405, Allow: POST and the request id', async () => {
    const { res, body } = await get(
      { query: 'mutation { deleteEntity(id: "person:witkoff") }' },
      { 'apollo-require-preflight': 'true', authorization: `Bearer ${TOKENS.admin}`, 'x-request-id': 'get-mutation' },
    );
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(body.errors!.map((e) => e.extensions)).toEqual([{ code: 'BAD_REQUEST', requestId: 'get-mutation' }]);
    expect(body.errors![0]!.message).toMatch(/GET requests only support query operations/);
    // Nothing was deleted.
    expect(await graph.data('{ node(id: "person:witkoff") { id } }')).toEqual({ node: { id: 'person:witkoff' } });
  });

  it('refuses a GET without the CSRF header, an empty query and malformed variables, each with the request id', async () => {
    const cases = [
      get({ query: '{ __typename }' }, { 'x-request-id': 'get-csrf' }),
      get({}, { 'apollo-require-preflight': 'true', 'x-request-id': 'get-empty' }),
      get({ query: '{ __typename }', variables: '{not json' }, { 'apollo-require-preflight': 'true', 'x-request-id': 'get-vars' }),
    ];
    const answers = await Promise.all(cases);
    expect(answers.map(({ res }) => res.status)).toEqual([400, 400, 400]);
    expect(answers.map(({ body }) => body.errors!.map((e) => e.extensions))).toEqual([
      [{ code: 'BAD_REQUEST', requestId: 'get-csrf' }],
      [{ code: 'BAD_REQUEST', requestId: 'get-empty' }],
      [{ code: 'BAD_REQUEST', requestId: 'get-vars' }],
    ]);
  });

  it('refuses methods other than GET, POST and OPTIONS with 405 and the request id', async () => {
    const res = await fetch(`${served.base}/graphql`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-request-id': 'put-1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(405);
    const body = (await res.json()) as Body;
    expect(body.errors!.map((e) => e.extensions)).toEqual([{ code: 'BAD_REQUEST', requestId: 'put-1' }]);
  });
});
