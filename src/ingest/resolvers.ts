// Mutation.ingestDocument: editors only; the document is validated and written in one transaction.
import { requireRole } from '../auth/roles.js';
import { receiptFor } from '../core/write-receipt.js';
import type { Resolvers } from '../generated/graphql.js';
import { DocumentInputScalar } from './document-scalar.js';
import { ingestDocument } from './ingest.js';

export const ingestResolvers: Resolvers = {
  DocumentInput: DocumentInputScalar,
  Mutation: {
    ingestDocument: (_root, { input, dryRun }, ctx, info) => {
      requireRole(ctx.principal, 'editor');
      const receipt = receiptFor(ctx, info.path.key.toString(), info.fieldName, { input });
      return ingestDocument(ctx.db, input, { dryRun: dryRun ?? false, actor: ctx.principal.subject, receipt }, ctx.counter);
    },
  },
};
