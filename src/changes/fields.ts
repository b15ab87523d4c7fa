// How GraphChange (schema/changes.graphql) reads: a change is the map one row of changes/on-track gives.
import { mapKey, type TypeMetas } from '../compile/types.js';

export const changeTypes: TypeMetas = {
  GraphChange: {
    fields: {
      action: mapKey('action'),
      kind: mapKey('kind'),
      id: mapKey('id'),
      at: mapKey('at'),
      by: mapKey('by'),
      node: { kind: 'object', bind: (v) => `${v}.node` },
      relation: { kind: 'object', bind: (v) => `${v}.rel` },
    },
  },
};
