// Turns a resolved document and what the graph already holds into a list of changes.
import type { DocumentClaim, DocumentRelation, Problem } from './document.js';
import { deriveClaimId } from '../domain/names.js';
import type { RelationStatement } from '../domain/periods.js';
import type { EntityResolver } from './resolve.js';
import { RELATION_RULES } from '../domain/vocabulary.js';

export type Action = 'CREATE' | 'UPDATE' | 'UNCHANGED';

/** One link of an attribution chain after the speaker: position 1 is nearest the speaker. */
export interface ChainLink {
  id: string;
  role: 'RELAYED_BY' | 'REPORTED_BY';
}

export interface PlannedClaim {
  id: string;
  text: string;
  kind: string;
  speakerId: string;
  sourceId: string;
  about: string[];
  /** The chain after the speaker, in order (from `attribution`, or `attributedTo` as RELAYED_BY links); empty keeps what is stored. */
  attribution: ChainLink[];
  statedDate: string | null;
  approximateDate: string | null;
  /** Where the claim is in its source's text (offsets, end excluded); null when the document gives none. */
  spanStart: number | null;
  spanEnd: number | null;
  contradictRefs: string[];
  supportRefs: string[];
  contradicts: string[];
  supports: string[];
}

/** A relation statement with resolved ends; its record (and id) is found when its pair is read. */
export interface PlannedRelation extends RelationStatement {
  type: DocumentRelation['type'];
  evidenceRefs: string[];
}

export interface ExistingClaim {
  id: string;
  text: string;
  kind: string;
  statedDate: string | null;
  approximateDate: string | null;
  spanStart: number | null;
  spanEnd: number | null;
  speakerId: string | null;
  sourceId: string | null;
  about: string[];
  /** The stored chain in position order (links stored without a position: by id, RELAYED_BY). */
  attribution: { id: string; role: string | null; position: number | null }[];
  contradicts: string[];
  supports: string[];
}

/**
 * Claims with resolved speaker, subjects and ids; claim links still hold raw references. One planned
 * claim per input claim, even when its speaker is unknown (a problem is recorded), so `#N` and paths
 * stay aligned with the input.
 */
export function planClaims(claims: DocumentClaim[], sourceId: string, resolver: EntityResolver): PlannedClaim[] {
  return claims.map((claim, i) => {
    const path = `claims[${i}]`;
    const speakerId = resolver.resolve(claim.speaker, `${path}.speaker`);
    const about = claim.about.map((ref, j) => resolver.resolve(ref, `${path}.about[${j}]`));
    const attribution = chainOf(claim, path, resolver);
    const speaker = speakerId ?? `unresolved:${claim.speaker}`;
    return {
      id: claim.id ?? deriveClaimId(sourceId, speaker, claim.text),
      text: claim.text,
      kind: claim.kind,
      speakerId: speaker,
      sourceId,
      about: defined(about),
      attribution,
      statedDate: claim.statedDate ?? null,
      approximateDate: claim.approximateDate ?? null,
      spanStart: claim.span?.start ?? null,
      spanEnd: claim.span?.end ?? null,
      contradictRefs: claim.contradicts,
      supportRefs: claim.supports,
      contradicts: [],
      supports: [],
    };
  });
}

export function planRelations(relations: DocumentRelation[], resolver: EntityResolver, problems: Problem[]): PlannedRelation[] {
  return relations.flatMap((relation, i) => {
    const path = `relations[${i}]`;
    const fromId = resolver.resolve(relation.from, `${path}.from`);
    const toId = resolver.resolve(relation.to, `${path}.to`);
    if (!fromId || !toId) return [];
    const rule = RELATION_RULES[relation.type];
    const fromKind = resolver.kindOf(fromId);
    const toKind = resolver.kindOf(toId);
    if (fromKind && !(rule.from as readonly string[]).includes(fromKind)) {
      problems.push({ path: `${path}.from`, message: `${relation.type} must start at a ${rule.from.join(' or ')}, not ${fromId}` });
    }
    if (toKind && !(rule.to as readonly string[]).includes(toKind)) {
      problems.push({ path: `${path}.to`, message: `${relation.type} must end at a ${rule.to.join(' or ')}, not ${toId}` });
    }
    if (relation.validFrom && relation.validTo && relation.validTo < relation.validFrom) {
      problems.push({ path: `${path}.validTo`, message: 'must not be before validFrom' });
    }
    return [
      {
        type: relation.type,
        fromId,
        toId,
        evidenceRefs: relation.evidence,
        evidence: [],
        role: relation.role ?? null,
        validFrom: relation.validFrom ?? null,
        validTo: relation.validTo ?? null,
        // An end date says the period ended; status ENDED alone says so without a date.
        ended: relation.status === 'ENDED',
      },
    ];
  });
}

/** A claim's attribution chain with resolved entities; an entity twice in it is a problem (a link is one relationship). */
function chainOf(claim: DocumentClaim, path: string, resolver: EntityResolver): ChainLink[] {
  const given = claim.attribution
    ? claim.attribution.map((link, j) => ({ ref: link.entity, role: link.role, path: `${path}.attribution[${j}].entity` }))
    : claim.attributedTo.map((ref, j) => ({ ref, role: 'RELAYED_BY' as const, path: `${path}.attributedTo[${j}]` }));
  const chain: ChainLink[] = [];
  for (const link of given) {
    const id = resolver.resolve(link.ref, link.path);
    if (id === undefined) continue;
    if (chain.some((l) => l.id === id))
      resolver.problems.push({ path: link.path, message: `${id} is already in this claim's attribution chain` });
    else chain.push({ id, role: link.role });
  }
  return chain;
}

/** Resolves `#N` and claim ids against this document's claims and the graph's. */
export function claimRefResolver(claims: PlannedClaim[], existing: Set<string>, problems: Problem[]) {
  const ids = new Set(claims.map((c) => c.id));
  return (ref: string, path: string): string | undefined => {
    if (ref.startsWith('#')) {
      const claim = claims[Number(ref.slice(1))];
      if (!claim) problems.push({ path, message: `no claim ${ref} in this document` });
      return claim?.id;
    }
    if (ids.has(ref) || existing.has(ref)) return ref;
    problems.push({ path, message: `unknown claim "${ref}"` });
    return undefined;
  };
}

export function claimAction(planned: PlannedClaim, existing: ExistingClaim | undefined, problems: Problem[], path: string): Action {
  if (!existing) return 'CREATE';
  if (existing.speakerId && existing.speakerId !== planned.speakerId) {
    problems.push({ path: `${path}.speaker`, message: `${planned.id} exists with speaker ${existing.speakerId}` });
  }
  const same =
    existing.text === planned.text &&
    existing.kind === planned.kind &&
    existing.sourceId === planned.sourceId &&
    (planned.statedDate === null || planned.statedDate === existing.statedDate) &&
    (planned.approximateDate === null || planned.approximateDate === existing.approximateDate) &&
    (planned.spanStart === null || (planned.spanStart === num(existing.spanStart) && planned.spanEnd === num(existing.spanEnd))) &&
    subset(planned.about, existing.about) &&
    sameChain(planned.attribution, existing.attribution) &&
    subset(planned.contradicts, existing.contradicts) &&
    subset(planned.supports, existing.supports);
  return same ? 'UNCHANGED' : 'UPDATE';
}

/** A document's chain leaves the stored one as it is when empty, and replaces it otherwise (positions are the chain's order). */
function sameChain(planned: readonly ChainLink[], stored: ExistingClaim['attribution']): boolean {
  if (planned.length === 0) return true;
  if (planned.length !== stored.length) return false;
  return planned.every((link, i) => link.id === stored[i]!.id && link.role === stored[i]!.role && num(stored[i]!.position) === i + 1);
}

/** Integers from Neo4j may come back as driver Integers or numbers. */
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const subset = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));
const defined = <T>(items: (T | undefined)[]): T[] => items.filter((x): x is T => x !== undefined);
