import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layers, enforced per folder with no-restricted-imports (like VS Code's layering rule).
 * Each folder lists what it may import; everything else in the project is refused.
 *
 *   shared/           zod and itself: no Node builtins, no electron, no better-sqlite3, no React/DOM,
 *                     nothing from electron/ or renderer/, and no Node or browser globals
 *   renderer/         shared/ and its own packages: nothing from electron/
 *   electron/db       shared
 *   electron/backend  db, shared
 *   electron/host     backend (index, router), shared
 *   electron/ipc      backend (index), shared
 *   electron/main     ipc, shared, electron, host (static files, CSP, data folder): no backend, no db
 *   electron/preload  electron, nothing else
 */

/** A relative import path (seen from anywhere inside an electron/ folder) into one of these sibling folders. */
const up = '^(\\.\\.?/)+';
const folder = (...names) => `${up}(${names.join('|')})(/|$)`;
/** A relative import into `name` other than the listed modules. */
const folderExcept = (name, ...allowed) => `${up}${name}/(?!(${allowed.join('|')})$)`;
/** Node's builtins by their bare names (`fs`, `path`, …); `node:*` is refused by a pattern. */
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('node:') && !m.startsWith('_'));
/** Web-platform globals that Node and every browser both have: shared/ may use them. */
const universal = new Set(['TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'structuredClone']);
const onlyEsGlobals = (...sets) => [...new Set(sets.flatMap((s) => Object.keys(s)))].filter((name) => !(name in globals.builtin) && !universal.has(name));

/** One no-restricted-imports rule from patterns that each carry their own message. */
const restrict = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
const rendererMessage = 'The renderer talks to the backend only through src/api.';
const rendererBase = ['(^|/)electron(/|$)', '^node:', '^better-sqlite3$', '^date-holidays(/|$)'].map((regex) => ({ regex, message: rendererMessage }));

const layer = (files, message, { regex = [], paths = [] }) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: paths.map((name) => ({ name, message })),
        patterns: regex.map((r) => ({ regex: r, message })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // shared/ runs on both sides, so it gets neither Node's globals nor the browser's.
    ignores: ['shared/**'],
    languageOptions: { globals: { ...globals.node } },
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
  restrict(['renderer/**/*.{ts,tsx}'], rendererBase),
  layer(['shared/**/*.ts'], 'shared/ is pure logic for both sides: no Node, Electron, SQLite, React or DOM, and nothing from electron/ or renderer/.', {
    paths: nodeBuiltins,
    regex: ['(^|/)(electron|renderer)(/|$)', '^node:', '^better-sqlite3$', '^date-holidays(/|$)', '^react(-dom)?(/|$)'],
  }),
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...onlyEsGlobals(globals.node, globals.browser).map((name) => ({ name, message: 'shared/ runs on both sides: no Node or browser globals.' })),
      ],
    },
  },
  layer(['electron/db/**/*.ts'], 'electron/db may import shared/ only.', {
    regex: [folder('backend', 'host', 'ipc', 'main', 'preload', 'renderer'), '^electron(/|$)'],
  }),
  layer(['electron/backend/**/*.ts'], 'electron/backend may import electron/db and shared/ only.', {
    regex: [folder('host', 'ipc', 'main', 'preload', 'renderer'), '^electron(/|$)'],
  }),
  {
    // Services own their tables: repos are built in backend/wiring.ts and handed to their one
    // service; elsewhere in services/ only their record types may be named.
    files: ['electron/backend/services/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)repos/', allowTypeImports: true, message: 'A service is given its repos by backend/wiring.ts; import only their types.' }] },
      ],
    },
  },
  layer(['electron/host/**/*.ts'], 'electron/host may import the backend (index, router) and shared/ only.', {
    regex: [folder('db', 'ipc', 'main', 'preload', 'renderer'), folderExcept('backend', 'index', 'router'), '^electron(/|$)'],
  }),
  layer(['electron/ipc/**/*.ts'], 'electron/ipc may import the backend (index) and shared/ only, never main.', {
    regex: [folder('db', 'host', 'main', 'preload', 'renderer'), folderExcept('backend', 'index'), '^electron(/|$)'],
  }),
  layer(['electron/main/**/*.ts'], 'electron/main may import electron/ipc, shared/, electron and the host pieces the app:// protocol and data folder need, not the backend.', {
    regex: [folder('backend', 'db', 'preload', 'renderer'), folderExcept('host', 'static-files', 'csp', 'data-dir')],
  }),
  layer(['electron/preload/**/*.ts'], 'The preload imports nothing but electron.', {
    regex: ['^(?!electron$)'],
  }),
  // Renderer layers: a feature never imports another feature (what two features share lives in
  // components/ or lib/; screens/ and App.tsx compose features), and the shared layers import no
  // feature at all. A later no-restricted-imports replaces an earlier one, so each block repeats
  // the renderer's base rule.
  restrict(['renderer/src/features/**/*.{ts,tsx}'], [
    ...rendererBase,
    { regex: '^\\.\\./[^./][^/]*/', message: 'Features do not import each other: move what both need to src/components or src/lib, or compose them in src/screens.' },
    { regex: '(^|/)(features|screens)/', message: 'Features do not import each other or the screens: move what both need to src/components or src/lib, or compose them in src/screens.' },
  ]),
  restrict(['renderer/src/{components,lib,stores,api}/**/*.{ts,tsx}'], [
    ...rendererBase,
    { regex: '(^|/)(features|screens)/', message: 'Shared renderer code (components, lib, stores, api) imports no feature or screen.' },
  ]),
);
