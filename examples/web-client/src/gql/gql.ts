/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TracksRoutedThrough($personId: ID!, $asOf: String) {\n    tracksRoutedThrough(personId: $personId, asOf: $asOf) {\n      track { id name }\n      evidence {\n        kind\n        text\n        speaker { id name }\n        source { title publisher url }\n      }\n    }\n  }\n": typeof types.TracksRoutedThroughDocument,
    "\n  query PathBetween($from: ID!, $to: ID!, $maxHops: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      hops {\n        from { id name }\n        relation {\n          type\n          evidence { kind text speaker { name } source { title } }\n        }\n        direction\n        to { id name }\n      }\n    }\n  }\n": typeof types.PathBetweenDocument,
    "\n  subscription ClaimAdded($trackId: ID, $speakerId: ID, $since: String) {\n    claimAdded(trackId: $trackId, speakerId: $speakerId, since: $since) {\n      cursor\n      at\n      claimId\n      speakerId\n      trackIds\n      claim { id text kind speaker { id name } source { title publisher url } }\n    }\n  }\n": typeof types.ClaimAddedDocument,
};
const documents: Documents = {
    "\n  query TracksRoutedThrough($personId: ID!, $asOf: String) {\n    tracksRoutedThrough(personId: $personId, asOf: $asOf) {\n      track { id name }\n      evidence {\n        kind\n        text\n        speaker { id name }\n        source { title publisher url }\n      }\n    }\n  }\n": types.TracksRoutedThroughDocument,
    "\n  query PathBetween($from: ID!, $to: ID!, $maxHops: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      hops {\n        from { id name }\n        relation {\n          type\n          evidence { kind text speaker { name } source { title } }\n        }\n        direction\n        to { id name }\n      }\n    }\n  }\n": types.PathBetweenDocument,
    "\n  subscription ClaimAdded($trackId: ID, $speakerId: ID, $since: String) {\n    claimAdded(trackId: $trackId, speakerId: $speakerId, since: $since) {\n      cursor\n      at\n      claimId\n      speakerId\n      trackIds\n      claim { id text kind speaker { id name } source { title publisher url } }\n    }\n  }\n": types.ClaimAddedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracksRoutedThrough($personId: ID!, $asOf: String) {\n    tracksRoutedThrough(personId: $personId, asOf: $asOf) {\n      track { id name }\n      evidence {\n        kind\n        text\n        speaker { id name }\n        source { title publisher url }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TracksRoutedThroughDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathBetween($from: ID!, $to: ID!, $maxHops: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      hops {\n        from { id name }\n        relation {\n          type\n          evidence { kind text speaker { name } source { title } }\n        }\n        direction\n        to { id name }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PathBetweenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClaimAdded($trackId: ID, $speakerId: ID, $since: String) {\n    claimAdded(trackId: $trackId, speakerId: $speakerId, since: $since) {\n      cursor\n      at\n      claimId\n      speakerId\n      trackIds\n      claim { id text kind speaker { id name } source { title publisher url } }\n    }\n  }\n"): typeof import('./graphql.js').ClaimAddedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
