import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX from 'eslint-plugin-import-x';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';

/** Feature folders may use the shared layers, never each other; only src/map touches the map libraries. */
const features = ['map', 'panel', 'filters', 'list', 'embed'];
const shared = ['data', 'state', 'i18n', 'components', 'config'];
const zones = [
  ...features.flatMap((feature) =>
    features
      .filter((other) => other !== feature)
      .map((other) => ({
        target: `./src/${feature}`,
        from: `./src/${other}`,
        message: 'Feature folders do not import each other.',
      })),
  ),
  ...features.map((feature) => ({
    target: `./src/${feature}`,
    from: './src/app',
    message: 'Features are composed by src/app; they never import it.',
  })),
  ...shared.map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/app', './src/cli', ...features.map((f) => `./src/${f}`)],
    message: 'Shared layers must not import app, feature or command-line code.',
  })),
  {
    target: './src/data',
    from: ['./src/state', './src/i18n', './src/components', './src/config'],
    message: 'src/data is the bottom layer: the schema and domain logic import no other layer.',
  },
  {
    target: './src/cli',
    from: './src',
    // src/i18n for the prerendered page, written in the app's own words and date formats.
    except: ['./cli', './data', './config', './i18n'],
    message: 'Command-line tools use only src/data, src/config and src/i18n (and their own folder).',
  },
];

/** Code that runs in the reader's browser, and code that runs in Node (build, tests, benchmarks). */
const browserFiles = ['src/**/*.{ts,tsx}'];
const nodeFiles = ['src/cli/**', 'bench/**', 'tests/**', '*.config.{js,ts}', 'vite.config.ts'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public/basemap',
      'test-results',
      'playwright-report',
      'bench/.out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX, '@tanstack/query': pluginQuery },
    settings: {
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['maplibre-gl', 'maplibre-gl/*', 'react-map-gl', 'react-map-gl/*'],
              message: 'Only src/map/ may import the map libraries.',
            },
          ],
        },
      ],
    },
  },
  { files: browserFiles, ignores: ['src/cli/**'], languageOptions: { globals: globals.browser } },
  { files: nodeFiles, languageOptions: { globals: globals.node } },
  // The benchmark's in-page probe and reference pages run in the browser; bench/measure reads page objects in evaluate().
  {
    files: ['bench/measure/**', 'bench/reference/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  // jsdom tests use browser globals too.
  { files: ['tests/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['src/map/**', 'tests/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The e2e `test` fails on any Content-Security-Policy violation; a spec must not bypass it.
    files: ['tests/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: "Import test and expect from './support/test'.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/state/use-url-state.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'location', message: 'Only src/state/use-url-state.ts reads the URL.' },
        { name: 'history', message: 'Only src/state/use-url-state.ts writes the URL.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'location', message: 'Only src/state/use-url-state.ts reads the URL.' },
        { object: 'window', property: 'history', message: 'Only src/state/use-url-state.ts writes the URL.' },
      ],
    },
  },
  {
    files: ['tests/**/*.test.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Shipped as they are to other people's pages: plain browser scripts, no modules, no Node.
  {
    files: ['public/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
    // ES5 has no optional catch binding, so an unused `catch (error)` is the only way to write it.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
);
