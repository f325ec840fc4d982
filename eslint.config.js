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
);
