// Entity relations with a power-law degree distribution: every generated entity attaches once to a
// Zipf-chosen (often seed) entity, two hubs (person:gen-0 and the seed's Witkoff) get a fixed number
// of relations, and the rest join Zipf-chosen endpoints. Types and endpoint kinds follow RELATION_RULES;
// never two relations of one type between the same pair, nor one between two seed entities.
import type { EntityKind } from '../../src/domain/vocabulary.js';
import { relationId } from '../../src/domain/names.js';
import { RELATION_RULES, RELATION_TYPES, type RelationType } from '../../src/domain/vocabulary.js';
import { claimId } from './claims.js';
import { isoDate, personId, type EntityTable } from './entities.js';
import { Rng } from './random.js';
import type { RecentClaims } from './recent-claims.js';
import { RELATION_MIX, RELATION_TYPE_WEIGHTS, type GraphShape } from './shape.js';
import { ROLES } from './words.js';

export interface RelationRow {
  id: string;
  type: RelationType;
  fromId: string;
  toId: string;
  evidence: string[];
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
  status: 'ACTIVE' | 'ENDED';
}

export const WITKOFF = 'person:witkoff';
export const GENERATED_HUB = personId(0);

type Category = 'attach' | 'hub' | 'witkoff' | 'background';
interface Option {
  type: RelationType;
  /** The side the given entity takes. */
  side: 'from' | 'to';
}

const TYPE_INDEX = new Map(RELATION_TYPES.map((type, i) => [type, i]));
const kinds = (list: readonly EntityKind[]) => list as readonly EntityKind[];

/** Every (type, side) an entity of `kind` can take, each as often as its type's weight. */
function optionsFor(kind: EntityKind): { options: Option[]; cumulative: number[] } {
  const options: Option[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const type of RELATION_TYPES) {
    for (const side of ['from', 'to'] as const) {
      if (!kinds(RELATION_RULES[type][side]).includes(kind)) continue;
      total += RELATION_TYPE_WEIGHTS[type];
      options.push({ type, side });
      cumulative.push(total);
    }
  }
  return { options, cumulative };
}

export class RelationGenerator {
  private readonly rng: Rng;
  /** Pairs already related, per type: type index × 2^42 + from index × 2^21 + to index (exact below 2^53). */
  private readonly seen = new Set<number>();
  private readonly attachQueue: string[];
  private readonly remaining: Record<Category, number>;
  private readonly optionCache = new Map<EntityKind, ReturnType<typeof optionsFor>>();

  constructor(
    private readonly table: EntityTable,
    private readonly recent: RecentClaims,
    shape: GraphShape,
    seed: number,
  ) {
    this.rng = new Rng(seed, 'relations');
    if (table.indexOf.size >= 2 ** 21) throw new Error('too many entities for the pair keys');
    if (!table.kindOf.has(WITKOFF)) throw new Error(`the seed has no ${WITKOFF}`);
    this.attachQueue = this.rng.shuffle(Object.values(table.generated).flatMap((rows) => rows.map((r) => r.id)));
    const total = Math.round(shape.claims * shape.relationsPerClaim);
    const background = total - this.attachQueue.length - shape.hubDegree - shape.witkoffDegree;
    if (background < 0) throw new Error('relationsPerClaim too low for the hubs and attachments');
    this.remaining = { attach: this.attachQueue.length, hub: shape.hubDegree, witkoff: shape.witkoffDegree, background };
  }

  /** `count` more relations (fewer only when the graph is saturated); claims 0..claims-1 exist. */
  next(count: number, claims: number): RelationRow[] {
    const rows: RelationRow[] = [];
    for (let n = 0; n < count; n++) {
      const category = this.category();
      if (!category) break;
      this.remaining[category]--;
      const endpoints = this.draw(category);
      if (endpoints) rows.push(this.relation(endpoints, claims));
    }
    return rows;
  }

  private category(): Category | undefined {
    const left = Object.values(this.remaining).reduce((a, b) => a + b, 0);
    if (left === 0) return undefined;
    return this.rng.weighted(this.remaining);
  }

  /** Endpoints for one relation of the category, retried a few times if they repeat a pair or loop. */
  private draw(category: Category): [RelationType, string, string] | undefined {
    const anchor =
      category === 'attach' ? this.attachQueue.pop() : category === 'hub' ? GENERATED_HUB : category === 'witkoff' ? WITKOFF : undefined;
    for (let attempt = 0; attempt < 30; attempt++) {
      const drawn = anchor ? this.around(anchor, category !== 'attach') : this.background();
      const [type, fromId, toId] = drawn;
      if (fromId === toId || (this.table.seedIds.has(fromId) && this.table.seedIds.has(toId))) continue;
      const key = this.pairKey(type, fromId, toId);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      return drawn;
    }
    return undefined;
  }

  private pairKey(type: RelationType, fromId: string, toId: string): number {
    return (TYPE_INDEX.get(type)! * 2 ** 21 + this.table.indexOf.get(fromId)!) * 2 ** 21 + this.table.indexOf.get(toId)!;
  }

  /** A relation of `anchor`; a hub's partners are any generated entity, an attachment's are Zipf-chosen. */
  private around(anchor: string, uniform: boolean): [RelationType, string, string] {
    const kind = this.table.kindOf.get(anchor)!;
    const options = this.optionCache.get(kind) ?? optionsFor(kind);
    this.optionCache.set(kind, options);
    const x = this.rng.next() * options.cumulative[options.cumulative.length - 1]!;
    const { type, side } = options.options[options.cumulative.findIndex((c) => c > x)]!;
    const otherKind = this.rng.pick(kinds(RELATION_RULES[type][side === 'from' ? 'to' : 'from']));
    const other = uniform ? this.anyGenerated(otherKind) : this.zipf(otherKind);
    return side === 'from' ? [type, anchor, other] : [type, other, anchor];
  }

  private background(): [RelationType, string, string] {
    const type = this.rng.weighted(RELATION_TYPE_WEIGHTS);
    const rule = RELATION_RULES[type];
    return [type, this.zipf(this.rng.pick(kinds(rule.from))), this.zipf(this.rng.pick(kinds(rule.to)))];
  }

  private zipf(kind: EntityKind): string {
    return this.table.ranked[kind][this.table.zipf[kind].sample(this.rng)]!;
  }

  private anyGenerated(kind: EntityKind): string {
    const generated = this.table.generated[kind];
    return generated.length > 0 ? generated[this.rng.int(generated.length)]!.id : this.zipf(kind);
  }

  private relation([type, fromId, toId]: [RelationType, string, string], claims: number): RelationRow {
    const rng = this.rng;
    const about = [...new Set([...this.recent.of(fromId), ...this.recent.of(toId)])];
    const wanted = rng.chance(0.6) ? 1 : rng.chance(0.75) ? 2 : 3;
    const evidence = new Set<string>();
    for (let i = 0; i < wanted * 2 && evidence.size < wanted; i++) {
      evidence.add(about.length > 0 ? rng.pick(about) : claimId(rng.int(claims)));
    }
    const ended = rng.chance(RELATION_MIX.ended);
    const start = rng.chance(RELATION_MIX.dated) ? rng.int(600) : undefined;
    const role =
      type === 'HOLDS_ROLE_IN' ? rng.pick(ROLES) : type === 'HEADS' && rng.chance(0.3) ? rng.pick(['Founder', 'Chair', 'Director']) : null;
    return {
      id: relationId(type, fromId, toId),
      type,
      fromId,
      toId,
      evidence: [...evidence],
      role,
      validFrom: start === undefined ? null : isoDate(start),
      validTo: start !== undefined && ended ? isoDate(start + rng.between(30, 120)) : null,
      status: ended ? 'ENDED' : 'ACTIVE',
    };
  }
}
