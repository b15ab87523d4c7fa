// Types of the relation finders (relations.ts, roles.ts): what they read and the candidate relations they give.
import type { RelationType } from '../domain/vocabulary.js';
import type { TrackCue } from './about.js';
import type { ClaimRecord, EntityRecord, Mention, Sentence, Span, Token } from './types.js';

export interface RelationRecord {
  type: RelationType;
  from: string;
  to: string;
  evidence: number[];
  confidence: number;
  reason: string;
  span: Span;
  cue: string;
  role?: string;
  status?: 'ENDED';
}

export interface RelationContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  entities: Map<string, EntityRecord>;
  cues: readonly TrackCue[];
  claims: readonly ClaimRecord[];
  /** Spans inside quotation marks: a cue inside one reads its sides there. */
  quoted: readonly Span[];
  /** The track the article names most, for "the talks go through X". */
  mainTrack?: string;
}
