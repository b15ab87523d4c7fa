// How the brokers answer reads (schema/brokers.graphql). Cypher projects its skeleton: the buckets, and in each
// one every person routed anywhere in the window, with the person and the tracks projected for the selection as
// any Person or PolicyTrack is. The numbers come from graphology after the query (src/brokers/answer.ts): a
// number is a `{__broker: key}` mark, and a list is of `{__brokerItem: key, value}` wrappers that the answer
// keeps (when the key was scored), orders and unwraps. Marks are keyed by bucket label, person and track ids.
import type { CypherScope, FieldMeta, TypeMetas } from '../read/types.js';
import { firstParam } from '../read/cypher-snippets.js';

/** A number computed after the query: its key is `<owner key>#<name>`. */
const scored = (name: string): FieldMeta => ({ kind: 'scalar', expr: (v) => `{__broker: ${v}.key + '#${name}'}` });

/** A list whose items the answer keeps when scored, in score order, at most `first` (when given). */
function scoredItems(list: (v: string) => string, key: (v: string, w: string) => string, bounded: boolean): FieldMeta {
  return {
    kind: 'list',
    items(v: string, args, c: CypherScope, project) {
      const w = c.fresh('w');
      const first = bounded ? `, __first: ${firstParam(c, args.first)}` : '';
      return `[${w} IN ${list(v)} | {__brokerItem: ${key(v, w)}${first}, value: ${project(w)}}]`;
    },
  };
}

export const brokerTypes: TypeMetas = {
  BrokersOverTime: {
    fields: {
      limits: { kind: 'object', bind: (v) => `${v}.limits` },
      buckets: {
        kind: 'list',
        items(v, _args, c, project) {
          const b = c.fresh('b');
          return `[${b} IN ${v}.buckets | ${project(b)}]`;
        },
      },
      undated: { kind: 'object', bind: (v) => `${v}.undated` },
    },
  },
  BrokerBucket: {
    fields: {
      nodeCount: scored('nodeCount'),
      edgeCount: scored('edgeCount'),
      truncated: scored('truncated'),
      brokers: scoredItems(
        (v) => `${v}.brokers`,
        (_v, w) => `${w}.key`,
        true,
      ),
    },
  },
  Broker: {
    fields: {
      person: { kind: 'object', bind: (v) => `${v}.person` },
      tracks: scoredItems(
        (v) => `${v}.tracks`,
        (v, w) => `${v}.key + '|' + ${w}.id`,
        false,
      ),
      betweenness: scored('betweenness'),
      evidenceCount: scored('evidenceCount'),
      roles: { kind: 'object', bind: (v) => v },
    },
  },
  BrokerageRoles: {
    fields: {
      coordinator: scored('coordinator'),
      gatekeeper: scored('gatekeeper'),
      representative: scored('representative'),
      consultant: scored('consultant'),
      liaison: scored('liaison'),
    },
  },
};
