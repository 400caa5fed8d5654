// Lint rules that guard this project's real risks: floating promises (lost writes), and Node
// built-ins or I/O libraries in workflow code (non-determinism).
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const { builtinModules } = require('node:module');

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.tools/**', '.data/**', 'coverage/**', '*.config.js', 'test/reporters/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A deprecated SDK or library API is a migration waiting to break: named where it is used.
      '@typescript-eslint/no-deprecated': 'error',
    },
  },
  {
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'axios', 'fastify', 'pino', 'zod'].map((name) => ({
            name,
            message: 'Workflow code must be deterministic: do I/O and anything that varies in an activity.',
          })),
          patterns: [{ group: ['../activities/*', '../integrations/*', '../config/*'], allowTypeImports: true, message: 'Workflows may import only types from activities, integrations and config.' }],
        },
      ],
    },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['axios', 'fastify', 'node:http', 'node:https', 'http', 'https'].map((name) => ({ name, message: 'The domain does no I/O of its own.' })),
          patterns: [
            { group: ['@temporalio/*'], message: 'The domain knows nothing of Temporal: it runs in an activity and in `npm run plan`.' },
            { group: ['../integrations/*', '../../integrations/*', '../intake/*', '../../intake/*', '../services/*', '../../services/*'], message: 'The domain knows no outside system: it sees a RecordDirectory.' },
          ],
        },
      ],
    },
  },
  // The surfaces (intake/: HTTP; client/: command lines) reach Temporal through services/, never
  // through each other; services/ serves them and the worker, and knows neither surface.
  {
    files: ['intake/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/client/*'], message: 'intake/ depends on services/, never on client/.' }] }],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/intake/*'], message: 'client/ depends on services/, never on intake/.' }] }],
    },
  },
  {
    files: ['services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/intake/*', '**/client/*', '**/bin/*', '**/worker/*'], message: 'services/ serves the surfaces and the worker; it imports none of them (errors live with the service, the surfaces map them).' }] },
      ],
    },
  },
);
