// The raced operations, in report order.
import { claimsPage } from './claims-page.js';
import { contradictions } from './contradictions.js';
import { entityHub, entityTypical } from './entity.js';
import { neighborhood } from './neighborhood.js';
import { shortestPaths } from './paths.js';
import { people } from './people.js';
import { routedThrough } from './routed.js';
import { search } from './search.js';
import type { RaceOperation } from './types.js';

export const OPERATIONS: readonly RaceOperation[] = [
  entityTypical,
  entityHub,
  routedThrough,
  shortestPaths,
  search,
  contradictions,
  people,
  neighborhood,
  claimsPage,
];
