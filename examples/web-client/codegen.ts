// Typed documents for the web client from the printed schema (npm run web-client:codegen, run from the
// repository root); the output in src/gql/ is committed.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/web-client/src/**/*.ts', '!examples/web-client/src/gql/**'],
  ignoreNoDocuments: false,
  // Imports with .js extensions, so tsc's output runs in the browser as ES modules.
  importExtension: '.js',
  generates: {
    'examples/web-client/src/gql/': {
      preset: 'client',
      config: {
        // Documents as plain strings: the browser needs no GraphQL library to send them.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { ID: 'string', DocumentInput: 'unknown' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
