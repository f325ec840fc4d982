import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // SQL lives in repos (and the db layer's migrations): services only call repos.
    files: ['electron/backend/services/**/*.ts', 'electron/backend/*.ts', 'electron/host/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name=/^(prepare|exec|pragma)$/][callee.object.name='db']", message: 'SQL belongs in electron/backend/repos.' },
        { selector: "CallExpression[callee.property.name=/^(prepare|exec|pragma)$/][callee.object.property.name='db']", message: 'SQL belongs in electron/backend/repos.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/electron/**', 'node:*', 'better-sqlite3', 'date-holidays'], message: 'The renderer talks to the backend only through src/api.' }] }],
    },
  },
  {
    // Renderer layers: a feature never imports another feature (what two features share lives in
    // components/ or lib/; screens/ and App.tsx compose features), and the shared layers import no
    // feature at all. A later no-restricted-imports replaces the one above, so its patterns repeat here.
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'node:*', 'better-sqlite3', 'date-holidays'], message: 'The renderer talks to the backend only through src/api.' },
            { regex: '^\\.\\./[^./][^/]*/', message: 'Features do not import each other: move what both need to src/components or src/lib, or compose them in src/screens.' },
            { regex: '(^|/)(features|screens)/', message: 'Features do not import each other or the screens: move what both need to src/components or src/lib, or compose them in src/screens.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/{components,lib,stores,api}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'node:*', 'better-sqlite3', 'date-holidays'], message: 'The renderer talks to the backend only through src/api.' },
            { regex: '(^|/)(features|screens)/', message: 'Shared renderer code (components, lib, stores, api) imports no feature or screen.' },
          ],
        },
      ],
    },
  },
);
