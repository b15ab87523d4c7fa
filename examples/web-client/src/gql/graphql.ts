/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ClaimKind =
  /** An analyst's reading of events. */
  | 'ANALYSIS'
  /** A statement of fact by the source itself. */
  | 'FACT'
  /** On-the-record words of the speaker. */
  | 'QUOTE'
  /** What media or others report, not on the record. */
  | 'REPORT';

export type HopDirection =
  /** The relation points against the path. */
  | 'BACKWARD'
  /** The relation points along the path (from this hop's start to its end). */
  | 'FORWARD';

/** The fixed vocabulary of relations between entities. Direction is from -> to. */
export type RelationType =
  /** Person -> Event. */
  | 'ABSENT_FROM'
  /** Person -> Person: supports the other. */
  | 'BACKS'
  /** Person -> Institution or Person: relies on it. */
  | 'DEPENDS_ON'
  /** Person -> Institution or Person. */
  | 'HAS_TIES_TO'
  /** Person -> Institution. */
  | 'HEADS'
  /** Person -> Institution, with a role. */
  | 'HOLDS_ROLE_IN'
  /** Person or Institution -> Person. */
  | 'INFLUENCES'
  /** Person or Institution -> PolicyTrack. */
  | 'INVOLVED_IN'
  /** Person or Institution -> PolicyTrack. */
  | 'MEDIATES'
  /** Person or Institution -> Event. */
  | 'PARTICIPATED_IN'
  /** Event -> PolicyTrack. */
  | 'PART_OF'
  /** Person -> Person: acts as the other's point man. */
  | 'POINT_MAN_FOR'
  /** Person -> Person. */
  | 'RIVALS'
  /** PolicyTrack -> Person: the track is handled through that person. */
  | 'ROUTED_THROUGH'
  /** Person or Institution -> Person. */
  | 'UNDERMINES';

export type TracksRoutedThroughQueryVariables = Exact<{
  personId: string;
  asOf?: string | null | undefined;
}>;


export type TracksRoutedThroughQuery = { tracksRoutedThrough: Array<{ track: { id: string, name: string }, evidence: Array<{ kind: ClaimKind, text: string, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , source: { title: string, publisher: string | null, url: string | null } }> }> };

export type PathBetweenQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
}>;


export type PathBetweenQuery = { paths: Array<{ length: number, hops: Array<{ direction: HopDirection, from:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , relation: { type: RelationType, evidence: Array<{ kind: ClaimKind, text: string, speaker:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , source: { title: string } }> }, to:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> }> };

export type ClaimAddedSubscriptionVariables = Exact<{
  trackId?: string | null | undefined;
  speakerId?: string | null | undefined;
  since?: string | null | undefined;
}>;


export type ClaimAddedSubscription = { claimAdded: { cursor: string, at: string, claimId: string, speakerId: string | null, trackIds: Array<string>, claim: { id: string, text: string, kind: ClaimKind, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , source: { title: string, publisher: string | null, url: string | null } } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const TracksRoutedThroughDocument = new TypedDocumentString(`
    query TracksRoutedThrough($personId: ID!, $asOf: String) {
  tracksRoutedThrough(personId: $personId, asOf: $asOf) {
    track {
      id
      name
    }
    evidence {
      kind
      text
      speaker {
        id
        name
      }
      source {
        title
        publisher
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TracksRoutedThroughQuery, TracksRoutedThroughQueryVariables>;
export const PathBetweenDocument = new TypedDocumentString(`
    query PathBetween($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops) {
    length
    hops {
      from {
        id
        name
      }
      relation {
        type
        evidence {
          kind
          text
          speaker {
            name
          }
          source {
            title
          }
        }
      }
      direction
      to {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PathBetweenQuery, PathBetweenQueryVariables>;
export const ClaimAddedDocument = new TypedDocumentString(`
    subscription ClaimAdded($trackId: ID, $speakerId: ID, $since: String) {
  claimAdded(trackId: $trackId, speakerId: $speakerId, since: $since) {
    cursor
    at
    claimId
    speakerId
    trackIds
    claim {
      id
      text
      kind
      speaker {
        id
        name
      }
      source {
        title
        publisher
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimAddedSubscription, ClaimAddedSubscriptionVariables>;