// Mutation.ingestDocument: editors only; the document is validated and written in one transaction, and the
// answer is the ingest's own summary (nothing is read back).
import type { GraphQLResolveInfo } from 'graphql';
import { requireRole } from '../auth/roles.js';
import type { Context } from '../core/context.js';
import { receiptFor } from '../core/write-receipt.js';
import type { MutationIngestDocumentArgs } from '../generated/graphql.js';
import { DocumentInputScalar } from './document-scalar.js';
import { ingestDocument, type IngestSummary } from './ingest.js';

export const ingestResolvers = {
  DocumentInput: DocumentInputScalar,
  Mutation: {
    ingestDocument(
      _root: unknown,
      { input, dryRun }: MutationIngestDocumentArgs,
      ctx: Context,
      info: GraphQLResolveInfo,
    ): Promise<IngestSummary> {
      requireRole(ctx.principal, 'editor');
      const receipt = receiptFor(ctx, info.path.key.toString(), info.fieldName, { input });
      return ingestDocument(ctx.db, input, { dryRun: dryRun ?? false, actor: ctx.principal.subject, receipt }, ctx.counter);
    },
  },
};
