// Generates resolver types from the SDL in schema/ (npm run codegen); output is committed.
import type { CodegenConfig } from '@graphql-codegen/cli';

// Every object type of the compiled read model resolves from the map its root field's query built (keys are
// response keys), so that is the parent type its generated resolvers get. The write path's answers
// (IngestResult, ExtractionDraft) and the subscription events are plain objects of the SDL's shape.
const compiled = '../read/types.js#CompiledValue';
const READ_TYPES = [
  'PageInfo',
  'GraphChange',
  'TimelineItem',
  'TimelineConnection',
  'TimelineEdge',
  'Claim',
  'Span',
  'Source',
  'Contradiction',
  'ClaimConnection',
  'ClaimEdge',
  'Retraction',
  'Person',
  'Institution',
  'PolicyTrack',
  'Event',
  'Relation',
  'PersonConnection',
  'PersonEdge',
  'InstitutionConnection',
  'InstitutionEdge',
  'PolicyTrackConnection',
  'PolicyTrackEdge',
  'SearchHit',
  'RoutedTrack',
  'Hop',
  'Path',
  'Neighborhood',
];

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../core/context.js#Context',
        scalars: { ID: 'string', DocumentInput: 'unknown' },
        mappers: Object.fromEntries(READ_TYPES.map((type) => [type, compiled])),
      },
    },
  },
};

export default config;
