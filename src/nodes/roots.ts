// Query.node: any entity, claim or source by id (a merged-away entity id resolves to the survivor),
// compiled with its selection; also how mutations read back what they wrote.
import type { GraphQLResolveInfo } from 'graphql';
import { compileRoot, modelOf, runRoot } from '../read/compile-root.js';
import type { CypherScope, RootMeta, RootMetas, TypeMetas } from '../read/types.js';
import { requireId } from '../domain/args.js';
import { entityById } from '../read/cypher-snippets.js';
import type { Context } from '../core/context.js';
import { notFound } from '../base/errors.js';

/** The node with `id`, looked up through the index of the kind its prefix names. */
function nodeById(id: string, c: CypherScope): string {
  const param = c.param(id);
  const n = c.fresh('n');
  if (id.startsWith('claim:')) return `head(COLLECT { MATCH (${n}:Claim {id: ${param}}) RETURN ${n} })`;
  if (id.startsWith('source:')) return `head(COLLECT { MATCH (${n}:Source {id: ${param}}) RETURN ${n} })`;
  return entityById(param, c);
}

const node: RootMeta = {
  compile(args, c) {
    const id = requireId(String(args.id), 'id');
    return {
      cypher: `WITH ${nodeById(id, c)} AS node WHERE node IS NOT NULL RETURN ${c.project('node')} AS value`,
      answer(rows) {
        if (rows.length === 0) throw notFound(id);
        return rows[0]!.value;
      },
    };
  },
};

export const nodeRoots: RootMetas = { node };

/** A mutation's answer: the node it wrote, read back with the mutation's selection (one query). */
export function readNode(ctx: Context, info: GraphQLResolveInfo, metas: TypeMetas, id: string): Promise<unknown> {
  return runRoot(ctx, compileRoot(info, modelOf(ctx, metas), node, { id }, ctx.today));
}
