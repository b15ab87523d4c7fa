// Curation: entity create/update/merge/delete, adding, retracting and linking claims. Each write answers
// with the id of the node it wrote (Written); the resolvers read that node back with the mutation's
// selection (server/read-model.ts readBack), so no write maps a node of its own.
import { requireEntityId, requireIdOf } from '../domain/args.js';
import { ENTITY_KIND_INPUTS, EntityInput, formatPath } from '../ingest/document.js';
import { ingestDocument } from '../ingest/ingest.js';
import { settlePairs, type Pair } from '../ingest/relation-history.js';
import { deriveEntityId, nameKeys } from '../domain/names.js';
import { PREFIX_OF } from '../domain/ids.js';
import type { CLAIM_TO_CLAIM_TYPES } from '../domain/vocabulary.js';
import { existingClaimIds, lookupEntity, lookupNode } from '../domain/lookup.js';
import type { Context } from '../core/context.js';
import { AppError, badInput, notFound } from '../base/errors.js';
import type { Row } from '../db/database.js';
import type { WriteReceipt } from '../db/write-receipts.js';
import { logChanges } from '../db/change-log.js';

const actorOf = (ctx: Context) => ctx.principal.subject;

/** What a curation write answers: the id of the node it created or changed. */
export interface Written {
  id: string;
}

function parseEntity(input: unknown) {
  const parsed = EntityInput.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ path: `input.${formatPath(i.path)}`, message: i.message }));
    throw badInput(problems.map((p) => `${p.path}: ${p.message}`).join('\n'), { problems });
  }
  return parsed.data;
}

// Every write takes its call's receipt (core/write-receipt.ts): a re-run after a lost commit answers
// what the committed run did, so "already exists" and NOT_FOUND below are never about the call's own work.

export async function createEntity(ctx: Context, input: unknown, receipt: WriteReceipt): Promise<Written> {
  const entity = parseEntity(input);
  const kind = ENTITY_KIND_INPUTS[entity.kind];
  const id = entity.id ?? deriveEntityId(PREFIX_OF[kind], entity.name);
  const rows = await ctx.db.write(
    ctx.db.cypher('curation/create-entity'),
    {
      id,
      label: kind,
      actor: actorOf(ctx),
      props: {
        name: entity.name,
        aliases: entity.aliases,
        nameKeys: nameKeys(entity.name, entity.aliases),
        description: entity.description ?? null,
        date: entity.date ?? null,
        approximateDate: entity.approximateDate ?? null,
        location: entity.location ?? null,
      },
    },
    ctx.counter,
    receipt,
  );
  if (rows[0]?.created !== true) throw badInput(`${id} already exists`, { argument: 'input.id', id });
  return { id };
}

export interface EntityPatchInput {
  name?: string | null;
  aliases?: string[] | null;
  addAliases?: string[] | null;
  description?: string | null;
}

export async function updateEntity(ctx: Context, id: string, patch: EntityPatchInput, receipt: WriteReceipt): Promise<Written> {
  const current = await lookupEntity(ctx.db, requireEntityId(id, 'id'), 'id', ctx.counter);
  const probe = parseEntity({
    kind: 'PERSON',
    name: patch.name ?? current.name,
    aliases: [...(patch.aliases ?? current.aliases), ...(patch.addAliases ?? [])],
    ...(patch.description ? { description: patch.description } : {}),
  });
  const aliases = [...new Set(probe.aliases)].filter((a) => a !== probe.name);
  const rows = await ctx.db.write(
    ctx.db.cypher('curation/update-entity'),
    {
      id: current.id,
      actor: actorOf(ctx),
      patch: { name: probe.name, aliases, description: probe.description ?? null },
      nameKeys: nameKeys(probe.name, aliases),
    },
    ctx.counter,
    receipt,
  );
  if (!rows[0]) throw notFound(id);
  return { id: current.id };
}

export async function mergeEntities(ctx: Context, survivorId: string, mergedId: string, receipt: WriteReceipt): Promise<Written> {
  requireEntityId(survivorId, 'survivorId');
  requireEntityId(mergedId, 'mergedId');
  if (survivorId === mergedId) throw badInput('mergedId: must differ from survivorId', { argument: 'mergedId' });
  // A client's retry of a merge that committed: the checks below would now say "already merged".
  const replayed = await ctx.db.recorded<Row[]>(receipt, ctx.counter);
  // A receipt recorded before writes answered ids holds the survivor node (`s`) instead.
  if (replayed?.[0]) return { id: String(replayed[0].id ?? (replayed[0].s as Row | null)?.id) };
  const [survivor, merged] = await Promise.all([
    lookupEntity(ctx.db, survivorId, 'survivorId', ctx.counter),
    lookupEntity(ctx.db, mergedId, 'mergedId', ctx.counter),
  ]);
  if (survivor.id === merged.id) throw badInput(`${mergedId} was already merged into ${survivor.id}`, { argument: 'mergedId' });
  if (survivor.label !== merged.label) {
    throw badInput(`Cannot merge a ${merged.label} into a ${survivor.label}`, { argument: 'mergedId' });
  }
  const rows = await ctx.db.transaction(
    'WRITE',
    async (tx) => {
      const moved = await tx.run(ctx.db.cypher('curation/merge-entities'), {
        survivorId: survivor.id,
        mergedId: merged.id,
        actor: actorOf(ctx),
      });
      // Relation records moved onto the survivor keep their periods; a pair that now holds two records
      // of one period folds them into one (evidence united), and every moved pair is settled again.
      if (moved[0]) await settlePairs(tx, ctx.db, moved[0].pairs as unknown as Pair[], actorOf(ctx));
      return moved;
    },
    ctx.counter,
    receipt,
  );
  if (!rows[0]) throw notFound(mergedId);
  return { id: survivor.id };
}

export async function deleteEntity(ctx: Context, id: string, receipt: WriteReceipt): Promise<string> {
  const rows = await ctx.db.write(ctx.db.cypher('curation/delete-entity'), { id: requireEntityId(id, 'id') }, ctx.counter, receipt);
  if (!rows[0]) throw notFound(id);
  if (Number(rows[0].spoken) > 0) {
    throw badInput(`${id} is the speaker of ${rows[0].spoken} claim(s); merge it into another entity instead`, { argument: 'id' });
  }
  return id;
}

export async function addClaim(ctx: Context, sourceId: string, claim: unknown, receipt: WriteReceipt): Promise<Written> {
  const source = await lookupNode(ctx.db, requireIdOf(sourceId, 'sourceId', ['source']), ctx.counter);
  if (source.label !== 'Source') throw notFound(sourceId);
  const summary = await ingestDocument(
    ctx.db,
    { source: { id: source.id, title: source.title ?? source.id }, claims: [claim], options: { unresolvedEntities: 'REPORT' } },
    { dryRun: false, actor: actorOf(ctx), keepSource: true, receipt },
    ctx.counter,
  );
  const created = summary.changes.find((c) => c.kind === 'CLAIM');
  if (!created) throw new AppError('INTERNAL_SERVER_ERROR', 'Internal server error');
  return { id: created.id };
}

export async function retractClaim(ctx: Context, id: string, reason: string, receipt: WriteReceipt): Promise<Written> {
  const why = reason.trim();
  if (why.length === 0 || why.length > 2000) throw badInput('reason: must be 1 to 2000 characters', { argument: 'reason' });
  const params = { id: requireIdOf(id, 'id', ['claim']), reason: why, actor: actorOf(ctx) };
  const rows = await ctx.db.write(ctx.db.cypher('curation/retract-claim'), params, ctx.counter, receipt);
  if (!rows[0]) throw notFound(id);
  return { id: params.id };
}

/** Sets a source's or a publisher's reliability (A-F; null clears it). */
export async function setReliability(ctx: Context, id: string, reliability: string | null, receipt: WriteReceipt): Promise<Written> {
  const params = { id: requireIdOf(id, 'id', ['source', 'institution']), reliability, actor: actorOf(ctx) };
  const rows = await ctx.db.write(ctx.db.cypher('curation/set-reliability'), params, ctx.counter, receipt);
  if (!rows[0]) throw notFound(id);
  return { id: params.id };
}

export async function linkClaims(
  ctx: Context,
  fromId: string,
  toId: string,
  kind: (typeof CLAIM_TO_CLAIM_TYPES)[number],
  receipt: WriteReceipt,
  sourceId: string | null = null,
): Promise<Written> {
  requireIdOf(fromId, 'fromId', ['claim']);
  requireIdOf(toId, 'toId', ['claim']);
  if (sourceId !== null) requireIdOf(sourceId, 'sourceId', ['source']);
  if (fromId === toId) throw badInput('toId: a claim cannot be linked to itself', { argument: 'toId' });
  const found = await existingClaimIds(ctx.db, [fromId, toId], ctx.counter);
  for (const id of [fromId, toId]) if (!found.has(id)) throw notFound(id);
  // The source the link was read in: it dates the link (ClaimLink.date), so it must exist.
  if (sourceId !== null && (await lookupNode(ctx.db, sourceId, ctx.counter)).label !== 'Source') throw notFound(sourceId);
  const rows = await ctx.db.transaction(
    'WRITE',
    async (tx) => {
      const params = { fromId, toId, kind, actor: actorOf(ctx), sourceId };
      const linked = await tx.run(ctx.db.cypher('curation/link-claims'), params);
      if (linked[0]?.created === true) {
        const event = kind === 'CONTRADICTS' ? 'CONTRADICTION_ADDED' : 'SUPPORT_ADDED';
        await logChanges(tx, ctx.db, [{ kind: event, claimId: fromId, otherClaimId: toId }]);
      }
      return linked;
    },
    ctx.counter,
    receipt,
  );
  if (!rows[0]) throw notFound(fromId);
  return { id: fromId };
}
