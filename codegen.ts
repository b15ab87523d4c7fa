// Generates resolver types from the SDL in schema/ (npm run codegen); output is committed.
import type { CodegenConfig } from '@graphql-codegen/cli';

const model = '../graph/model.js#';

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
        mappers: {
          Person: `${model}EntityModel`,
          Institution: `${model}EntityModel`,
          PolicyTrack: `${model}EntityModel`,
          Event: `${model}EntityModel`,
          Claim: `${model}ClaimModel`,
          Source: `${model}SourceModel`,
          Relation: `${model}RelationModel`,
          PersonConnection: `${model}EntityConnectionModel`,
          InstitutionConnection: `${model}EntityConnectionModel`,
          PolicyTrackConnection: `${model}EntityConnectionModel`,
          ClaimConnection: `${model}ClaimConnectionModel`,
          Contradiction: `${model}ContradictionModel`,
          SearchHit: `${model}SearchHitModel`,
          RoutedTrack: `${model}RoutedTrackModel`,
          Path: `${model}PathModel`,
          Hop: `${model}HopModel`,
          Neighborhood: `${model}NeighborhoodModel`,
          GraphChange: `${model}GraphChangeModel`,
        },
      },
    },
  },
};

export default config;
