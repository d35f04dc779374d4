// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layering from './eslint-rules/code-layering.js';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      '.tools/**',
      '.cache/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'node_modules/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { layering },
    rules: {
      'layering/code-layering': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Domain code gets its clock passed in: no ambient time or randomness in shared/.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'shared/ receives the clock as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'shared/ receives the clock as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'shared/ receives ids and randomness as arguments.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'server/**/*.ts',
      'scripts/**/*.{js,mjs}',
      'test/**/*.{ts,tsx,mjs}',
      '*.config.{js,ts}',
      'eslint-rules/**/*.js',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Benchmarks and e2e tests hand functions to the page, which run with browser globals.
    files: ['test/bench/**/*.mjs', 'test/e2e/**/*.ts', 'test/e2e-electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Playwright fixtures declare their (absent) dependencies with an empty pattern.
    files: ['test/e2e/fixtures/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
