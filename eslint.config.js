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
  ...shared.map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/app', ...features.map((f) => `./src/${f}`)],
    message: 'Shared layers must not import app or feature code.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', 'bench/.out'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
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
  {
    files: ['src/map/**', 'tests/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
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
);
