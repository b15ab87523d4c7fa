// Lint rules: typescript-eslint's recommended set, no `any`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.neo4j/',
      '.venv/',
      'test-output/',
      'src/generated/',
      'examples/web-client/dist/',
      'examples/web-client/src/gql/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // A hard line limit. Prettier (print width 140) does not break strings, template literals, regexes or comments, so
  // those are split or rewrapped by hand.
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts'],
    rules: { 'max-len': ['error', { code: 160, tabWidth: 2, ignoreUrls: true }] },
  },
);
