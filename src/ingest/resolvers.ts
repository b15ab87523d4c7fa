// Mutation.ingestDocument: editors only; the document is validated and written in one transaction.
import { requireRole } from '../auth/roles.js';
import type { Resolvers } from '../generated/graphql.js';
import { ingestDocument } from './ingest.js';

export const ingestResolvers: Resolvers = {
  Mutation: {
    ingestDocument: (_root, { input, dryRun }, ctx) => {
      requireRole(ctx.principal, 'editor');
      return ingestDocument(ctx.db, input, { dryRun: dryRun ?? false, actor: ctx.principal.subject }, ctx.counter);
    },
  },
};
