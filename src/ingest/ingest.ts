// Ingests one document in one write transaction: validate, resolve, plan, then write only what changed.
// The transaction function reads before it writes, so a driver retry re-plans from the current graph.
import type { GraphDatabase, QueryCounter, Row, TxRunner } from '../db/database.js';
import type { WriteReceipt } from '../db/write-receipts.js';
import { logChanges } from '../db/change-log.js';
import { AppError, badInput, driverError } from '../base/errors.js';
import { ENTITY_KIND_INPUTS, parseDocument, type Document, type Problem } from './document.js';
import { deriveEntityId, nameKey, nameKeys, slugify } from '../domain/names.js';
import { PREFIX_OF } from '../domain/ids.js';
import { ENTITY_KINDS } from '../domain/vocabulary.js';
import { claimAction, claimRefResolver, planClaims, planRelations, type Action, type ExistingClaim } from './plan.js';
import { lockPairs, pairsOf, planPairs, readClaimDates, readPairs, writePlan, type PairsPlan } from './relation-history.js';
import { approximateStart } from '../domain/iso-date.js';
import { partialDocument } from './partial.js';
import { claimEvents, relationEvents } from './change-events.js';
import { EntityResolver, type GraphEntity } from './resolve.js';

export type ChangeKind = 'SOURCE' | 'ENTITY' | 'CLAIM' | 'RELATION';

export interface Change {
  action: Action;
  kind: ChangeKind;
  id: string;
  detail: string | null;
}

export interface IngestSummary {
  dryRun: boolean;
  sourceId: string;
  created: number;
  updated: number;
  unchanged: number;
  changes: Change[];
}

export interface IngestOptions {
  dryRun: boolean;
  actor: string;
  /** The source must already exist and is left as it is (adding a claim to it). */
  keepSource?: boolean;
  /** Makes a re-run of a committed ingest answer its first summary, not "unchanged" (db/write-receipts.ts). */
  receipt?: WriteReceipt;
}

/** Validates and ingests a document; BAD_USER_INPUT lists every problem and nothing is written. */
export async function ingestDocument(
  db: GraphDatabase,
  input: unknown,
  options: IngestOptions,
  counter?: QueryCounter,
): Promise<IngestSummary> {
  const parsed = parseDocument(input);
  if (!parsed.document) {
    throw invalid([...parsed.problems, ...(await problemsInGraph(db, parsed.input, parsed.issues, options, counter))]);
  }
  const document = parsed.document;
  // Only an ingest that created or updated something leaves a receipt (its relation locks change nothing).
  const wrote = (summary: IngestSummary) => summary.created + summary.updated > 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(
        options.dryRun ? 'READ' : 'WRITE',
        (tx) => ingestIn(tx, db, document, options, attempt >= MAX_ATTEMPTS),
        counter,
        options.receipt,
        wrote,
      );
    } catch (error) {
      // Two ingests creating the same relationship at once can trip its uniqueness constraint, and two
      // creating the same node meet in its MERGE: the loser re-plans against the winner's commit (the
      // driver retries only transient errors), so that only the winner reports what it created.
      if (attempt >= MAX_ATTEMPTS || !(isConstraintRace(error) || isCreatedElsewhere(error))) throw error;
    }
  }
}

const MAX_ATTEMPTS = 4;

function isConstraintRace(error: unknown): boolean {
  return driverError(error)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

/** A node this transaction planned to create was committed by a concurrent one while it waited on the MERGE. */
class CreatedElsewhere extends Error {}

function isCreatedElsewhere(error: unknown): boolean {
  return error instanceof CreatedElsewhere || (error instanceof AppError && error.originalError instanceof CreatedElsewhere);
}

/**
 * Checks that every node of `kind` planned as CREATE was created by this transaction (the write's `created`
 * ids); else this run's plan is stale and its counts would claim another ingest's work, so it is re-run. The
 * last attempt does not fail for it: it reports those nodes as updated, what its write did to them.
 */
function createdHere(changes: Change[], kind: ChangeKind, created: readonly string[] | undefined, lastAttempt: boolean): void {
  const ours = new Set(created ?? []);
  const stale = changes.filter((c) => c.kind === kind && c.action === 'CREATE' && !ours.has(c.id));
  if (stale.length === 0) return;
  if (!lastAttempt) throw new CreatedElsewhere(`${stale.length} ${kind.toLowerCase()}(s) created by a concurrent write`);
  for (const change of stale) Object.assign(change, { action: 'UPDATE', detail: 'created by a concurrent write' });
}

async function ingestIn(
  tx: TxRunner,
  db: GraphDatabase,
  document: Document,
  options: IngestOptions,
  lastAttempt = true,
): Promise<IngestSummary> {
  const problems: Problem[] = [];
  const resolver = new EntityResolver(document, await findCandidates(tx, db, document));
  const sourceId = document.source.id ?? `source:${slugify(document.source.url ?? document.source.title)}`;
  const claims = planClaims(document.claims, sourceId, resolver);
  const relations = planRelations(document.relations, resolver, problems);

  const referenced = [...claims.map((c) => c.id), ...document.claims.flatMap((c) => [...c.contradicts, ...c.supports])];
  const relationRefs = document.relations.flatMap((r) => r.evidence);
  const [state] = await tx.run(db.cypher('ingest/existing'), {
    sourceId,
    claimIds: [...new Set([...referenced, ...relationRefs].filter((r) => r.startsWith('claim:')))],
  });
  const existingClaims = new Map(((state?.claims ?? []) as unknown as ExistingClaim[]).map((c) => [c.id, c]));

  const claimRef = claimRefResolver(claims, new Set(existingClaims.keys()), problems);
  claims.forEach((claim, i) => {
    claim.contradicts = defined(claim.contradictRefs.map((r, j) => claimRef(r, `claims[${i}].contradicts[${j}]`)));
    claim.supports = defined(claim.supportRefs.map((r, j) => claimRef(r, `claims[${i}].supports[${j}]`)));
  });
  relations.forEach((relation, i) => {
    relation.evidence = defined(relation.evidenceRefs.map((r, j) => claimRef(r, `relations[${i}].evidence[${j}]`)));
  });

  const changes: Change[] = [];
  const existingSource = state?.s as Row | null | undefined;
  const sourceProps = sourceProperties(document);
  const links = sourceLinks(document, resolver, problems);
  const storedRelays = (state?.relays ?? []) as string[];
  const sourceSame =
    existingSource &&
    Object.entries(sourceProps).every(([k, v]) => (existingSource[k] ?? null) === v) &&
    (links.publishedBy === null || links.publishedBy === state?.publishedBy) &&
    links.relays.every((id) => storedRelays.includes(id));
  if (options.keepSource) {
    if (!existingSource) problems.push({ path: 'source.id', message: `unknown source "${sourceId}"` });
  } else {
    changes.push({ action: !existingSource ? 'CREATE' : sourceSame ? 'UNCHANGED' : 'UPDATE', kind: 'SOURCE', id: sourceId, detail: null });
  }
  for (const e of resolver.entities) {
    changes.push({ action: e.action, kind: 'ENTITY', id: e.id, detail: e.matchedBy ? `matched by ${e.matchedBy.toLowerCase()}` : null });
  }
  claims.forEach((c, i) => {
    changes.push({ action: claimAction(c, existingClaims.get(c.id), problems, `claims[${i}]`), kind: 'CLAIM', id: c.id, detail: null });
  });
  problems.push(...resolver.problems);
  if (problems.length > 0) throw invalid(problems);

  if (!options.dryRun) {
    const writes = (kind: ChangeKind) => new Set(changes.filter((c) => c.kind === kind && c.action !== 'UNCHANGED').map((c) => c.id));
    const actor = options.actor;
    const entityIds = writes('ENTITY');
    const entities = resolver.entities.filter((e) => entityIds.has(e.id)).map((e) => ({ ...e, label: e.kind }));
    if (entities.length > 0) {
      const [written] = await tx.run(db.cypher('ingest/write-entities'), { actor, entities });
      createdHere(changes, 'ENTITY', written?.created as string[] | undefined, lastAttempt);
    }
    // After the entities: the source may link to one this document creates (its publisher, whom it relays).
    if (writes('SOURCE').size > 0) {
      const [written] = await tx.run(db.cypher('ingest/write-source'), { actor, source: { id: sourceId, props: sourceProps, ...links } });
      createdHere(changes, 'SOURCE', written?.created === true ? [sourceId] : [], lastAttempt);
    }
    const claimIds = writes('CLAIM');
    const claimRows = claims.filter((c) => claimIds.has(c.id));
    if (claimRows.length > 0) {
      const [written] = await tx.run(db.cypher('ingest/write-claims'), { actor, claims: claimRows });
      createdHere(changes, 'CLAIM', written?.created as string[] | undefined, lastAttempt);
    }
  }
  // Relations last: their ends and evidence now exist. A writer locks each pair before reading it.
  const pairs = pairsOf(relations);
  if (!options.dryRun) await lockPairs(tx, db, pairs);
  const records = await readPairs(tx, db, pairs);
  // A dry run has not written the document's claims: their dates come from the document (Claim.date's rule).
  const documentDates = options.dryRun
    ? new Map(
        claims.map(
          (c) =>
            [
              c.id,
              c.statedDate ??
                approximateStart(c.approximateDate) ??
                document.source.publishedDate ??
                approximateStart(document.source.approximateDate),
            ] as const,
        ),
      )
    : new Map<string, string | null>();
  const plan = planPairs(records, relations, await readClaimDates(tx, db, records, relations, documentDates));
  changes.push(...relationChanges(plan));
  if (!options.dryRun) {
    await writePlan(tx, db, plan, options.actor);
    // Last, so that the change log's lock is held only while this transaction commits.
    const actions = new Map(changes.filter((c) => c.kind === 'CLAIM').map((c) => [c.id, c.action]));
    await logChanges(tx, db, [...claimEvents(claims, actions, existingClaims), ...relationEvents(plan)]);
  }
  const count = (action: Action) => changes.filter((c) => c.action === action).length;
  return { dryRun: options.dryRun, sourceId, created: count('CREATE'), updated: count('UPDATE'), unchanged: count('UNCHANGED'), changes };
}

async function findCandidates(tx: TxRunner, db: GraphDatabase, document: Document): Promise<GraphEntity[]> {
  const refs = [
    ...document.entities.flatMap((e) => [e.id, deriveEntityId(PREFIX_OF[ENTITY_KIND_INPUTS[e.kind]], e.name), e.name, ...e.aliases]),
    ...document.claims.flatMap((c) => [c.speaker, ...c.about, ...c.attributedTo, ...(c.attribution ?? []).map((l) => l.entity)]),
    ...[document.source.publishedBy, ...document.source.relays],
    ...document.relations.flatMap((r) => [r.from, r.to]),
  ].filter((r): r is string => typeof r === 'string');
  const rows = await tx.run(db.cypher('ingest/candidates'), { ids: refs, keys: [...new Set(refs.map(nameKey))], kinds: ENTITY_KINDS });
  return rows.map((row) => {
    const entity = row.entity as unknown as Omit<GraphEntity, 'keys' | 'mergedId'> & { keys: string[] | null };
    // An entity stored before name keys existed gets them from its names (setup/name-keys.ts fills them in).
    const keys = entity.keys ?? nameKeys(entity.name, entity.aliases);
    return { ...entity, keys, mergedId: typeof row.mergedId === 'string' ? row.mergedId : null };
  });
}

/** One change per relation statement (the record it went to), then the records its pair settled anew. */
function relationChanges(plan: PairsPlan): Change[] {
  const written = new Set(plan.writes);
  const action = (r: PairsPlan['writes'][number]): Action => (r.stored === null ? 'CREATE' : written.has(r) ? 'UPDATE' : 'UNCHANGED');
  const changes: Change[] = plan.touched.map((r) => ({ action: action(r), kind: 'RELATION', id: r.id, detail: null }));
  for (const r of plan.writes.filter((w) => !plan.touched.includes(w))) {
    const into = r.settled?.absorbedInto;
    changes.push({ action: action(r), kind: 'RELATION', id: r.id, detail: into ? `a period of ${into}` : 'period settled again' });
  }
  for (const r of plan.deletes)
    changes.push({ action: 'UPDATE', kind: 'RELATION', id: r.id, detail: 'folded into a record with the same period' });
  return changes;
}

/** The source's publisher entity (an institution, as PUBLISHED_BY requires) and whose analysis it relays, resolved. */
function sourceLinks(document: Document, resolver: EntityResolver, problems: Problem[]) {
  const ref = document.source.publishedBy;
  let publishedBy = ref === undefined ? null : (resolver.resolve(ref, 'source.publishedBy') ?? null);
  const kind = publishedBy === null ? undefined : resolver.kindOf(publishedBy);
  if (publishedBy !== null && kind !== undefined && kind !== 'Institution') {
    problems.push({ path: 'source.publishedBy', message: `a publisher is an institution, not ${publishedBy}` });
    publishedBy = null;
  }
  const relays = defined(document.source.relays.map((r, i) => resolver.resolve(r, `source.relays[${i}]`)));
  return { publishedBy, relays: [...new Set(relays)] };
}

/** The source's properties; its text only when the document carries it (a later document without it keeps it). */
function sourceProperties(document: Document): Record<string, string | null> {
  const s = document.source;
  return {
    title: s.title,
    publisher: s.publisher ?? null,
    url: s.url ?? null,
    publishedDate: s.publishedDate ?? null,
    approximateDate: s.approximateDate ?? null,
    kind: s.kind,
    ...(s.text === undefined ? {} : { text: s.text }),
  };
}

/**
 * Shape problems do not hide the others: what is well formed in the document is resolved against the
 * graph as a dry run (a read transaction) and its problems come back with the paths of the sent document.
 */
async function problemsInGraph(
  db: GraphDatabase,
  input: unknown,
  issues: Parameters<typeof partialDocument>[1],
  options: IngestOptions,
  counter?: QueryCounter,
): Promise<Problem[]> {
  const partial = partialDocument(input, issues);
  if (!partial) return [];
  try {
    await db.transaction('READ', (tx) => ingestIn(tx, db, partial.document, { ...options, dryRun: true }), counter);
    return [];
  } catch (error) {
    const problems = error instanceof AppError ? (error.extensions.problems as Problem[] | undefined) : undefined;
    if (!problems) throw error;
    return problems.filter((p) => !partial.echoes(p)).map((p) => ({ ...p, path: partial.pathOf(p.path) }));
  }
}

function invalid(problems: Problem[]) {
  const lines = problems.map((p) => `${p.path}: ${p.message}`);
  return badInput(`The document has ${problems.length} problem(s):\n${lines.join('\n')}`, { problems });
}

const defined = <T>(items: (T | undefined)[]): T[] => items.filter((x): x is T => x !== undefined);
