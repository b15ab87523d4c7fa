// Generated sources (articles) and claims: kind, dated text, one speaker (Zipf over a speaker ranking),
// one source, 1-3 subjects (tracks often), sometimes who relays it, and CONTRADICTS / SUPPORTS links to
// earlier claims about the same track or subject.
import type { EntityKind } from '../../src/domain/vocabulary.js';
import { slugify } from '../../src/domain/names.js';
import { isoDate, type EntityTable } from './entities.js';
import { Rng, Zipf } from './random.js';
import type { RecentClaims } from './recent-claims.js';
import { CLAIM_KIND_WEIGHTS, CLAIM_MIX, ZIPF_EXPONENT, type GraphShape } from './shape.js';
import { CLAUSES, OBJECTS, OUTLETS, RETRACTION_REASONS, VERBS } from './words.js';

export interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  url: string;
  publishedDate: string;
  kind: 'ARTICLE';
}

export interface ClaimRow {
  id: string;
  text: string;
  kind: keyof typeof CLAIM_KIND_WEIGHTS;
  statedDate: string | null;
  approximateDate: string | null;
  /** Set on the ~0.5% of claims that are retracted. */
  retractionReason: string | null;
  speakerId: string;
  sourceId: string;
  about: string[];
  attributedTo: string[];
  contradicts: string[];
  supports: string[];
}

export const claimId = (i: number) => `claim:gen-${i}`;
const sourceId = (i: number) => `source:gen-${i}`;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Every source up front: claims need their publication days. */
export function generateSources(shape: GraphShape, seed: number): SourceRow[] {
  const rng = new Rng(seed, 'sources');
  return Array.from({ length: shape.sources }, (_, i) => {
    const publisher = rng.pick(OUTLETS);
    const title = `${capitalize(rng.pick(OBJECTS))} ${rng.pick(CLAUSES)}`;
    const publishedDate = isoDate(rng.int(730));
    const url = `https://news.example/${slugify(publisher)}/${publishedDate}/${slugify(title)}-${i}`;
    return { id: sourceId(i), title, publisher, url, publishedDate, kind: 'ARTICLE' };
  });
}

const SUBJECT_KIND_WEIGHTS = { Person: 55, Institution: 25, Event: 20 } as const;
const QUOTE_VERDICTS = ['is essential', 'is off the table', 'is within reach', 'would be premature', 'is the only way forward'];

export class ClaimGenerator {
  private readonly rng: Rng;
  private readonly speakers: Zipf;

  constructor(
    private readonly table: EntityTable,
    private readonly sources: readonly SourceRow[],
    private readonly speakerIds: readonly string[],
    private readonly recent: RecentClaims,
    shape: GraphShape,
    seed: number,
  ) {
    this.rng = new Rng(seed, 'claims');
    this.speakers = new Zipf(speakerIds.length, ZIPF_EXPONENT);
    if (sources.length === 0 || shape.claims < sources.length) throw new Error('every source needs a claim');
  }

  private entity(kind: EntityKind): string {
    return this.table.ranked[kind][this.table.zipf[kind].sample(this.rng)]!;
  }

  private subjects(): string[] {
    const rng = this.rng;
    const draw = rng.next();
    const count = draw < 0.4 ? 1 : draw < 0.8 ? 2 : 3;
    const about = new Set<string>();
    if (rng.chance(CLAIM_MIX.aboutTrack)) about.add(this.entity('PolicyTrack'));
    while (about.size < count) about.add(this.entity(rng.weighted(SUBJECT_KIND_WEIGHTS)));
    return [...about];
  }

  private text(kind: ClaimRow['kind'], speakerId: string, about: string[]): string {
    const rng = this.rng;
    const name = (id: string) => this.table.nameOf.get(id) ?? id;
    const trackId = about.find((id) => this.table.kindOf.get(id) === 'PolicyTrack');
    const subjectId = about.find((id) => id !== trackId) ?? speakerId;
    const on = trackId ? ` on ${name(trackId)}` : '';
    if (kind === 'QUOTE') return `${capitalize(rng.pick(OBJECTS))}${on} ${rng.pick(QUOTE_VERDICTS)}, ${rng.pick(CLAUSES)}.`;
    return `${name(subjectId)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}${on} ${rng.pick(CLAUSES)}.`;
  }

  /** Claim number `i`; claims are generated in order, links only point to earlier ones. */
  next(i: number): ClaimRow {
    const rng = this.rng;
    const id = claimId(i);
    const kind = rng.weighted(CLAIM_KIND_WEIGHTS);
    const byPerson = kind === 'QUOTE' || kind === 'ANALYSIS';
    const speakerId = byPerson ? this.speakerIds[this.speakers.sample(rng)]! : this.entity('Institution');
    const source = this.sources[i < this.sources.length ? i : rng.int(this.sources.length)]!;
    const about = this.subjects();
    const day = Math.max(0, Math.round((Date.parse(source.publishedDate) - Date.UTC(2024, 0, 1)) / 86_400_000) - rng.int(6));
    const stated = rng.chance(CLAIM_MIX.statedDate);
    const attributedTo = rng.chance(CLAIM_MIX.attributed) ? [this.entity(rng.chance(0.7) ? 'Institution' : 'Person')] : [];
    const trackId = about.find((a) => this.table.kindOf.get(a) === 'PolicyTrack');
    const pickFrom = (ids: readonly string[]) => (ids.length > 0 ? [rng.pick(ids)] : []);
    const contradicts = trackId && rng.chance(CLAIM_MIX.contradicts) ? pickFrom(this.recent.of(trackId)) : [];
    const supports = rng.chance(CLAIM_MIX.supports)
      ? pickFrom(this.recent.of(rng.pick(about))).filter((c) => !contradicts.includes(c))
      : [];
    const row: ClaimRow = {
      id,
      text: this.text(kind, speakerId, about),
      kind,
      statedDate: stated ? isoDate(day) : null,
      approximateDate: stated ? null : isoDate(day).slice(0, 7),
      retractionReason: rng.chance(CLAIM_MIX.retracted) ? rng.pick(RETRACTION_REASONS) : null,
      speakerId,
      sourceId: source.id,
      about,
      attributedTo: attributedTo.filter((a) => a !== speakerId),
      contradicts,
      supports,
    };
    for (const subject of about) this.recent.add(subject, id);
    this.recent.add(speakerId, id);
    return row;
  }
}
