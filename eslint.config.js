import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import paths, however written (relative, "@/", "~/"), that reach into one room. */
const room = (name) => [`**/${name}`, `**/${name}/**`, `@/${name}/**`, `~/${name}/**`];

/** Browser-bound modules that pure code must not reach. */
const browserBound = [
  'wxt/**',
  'wxt',
  'dexie',
  '#imports',
  '**/kb/db',
  '**/messaging',
  '**/kb/seed',
];

const libStaysBelow = {
  group: [...room('components'), ...room('entrypoints'), ...room('content')],
  message: 'lib/ must not import components/, content/ or entrypoints/.',
};

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'test-results/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // zod comes through lib/zod.ts, which sets it up for pages that forbid eval.
  {
    ignores: ['lib/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: 'Import z from lib/zod.ts, which configures it.' }] },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // What ships (tests build fixtures as they like); the build also takes React's raw-HTML path
  // out (scripts/build/strip-dynamic-code.ts).
  {
    files: ['lib/**', 'content/**', 'components/**', 'entrypoints/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'RegLens renders no raw HTML: the built extension refuses it.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(inner|outer)HTML$/]',
          message: 'Build the elements, or set textContent: the add-on linters refuse innerHTML.',
        },
      ],
    },
  },
  // The rooms (see README, Architecture): lib never reaches up into the UI or the shells.
  {
    files: ['lib/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [libStaysBelow],
        },
      ],
    },
  },
  // Pure rooms run under Vitest without a browser: no extension APIs, no database.
  {
    files: ['lib/match/**', 'lib/page/**', 'lib/sourcing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            libStaysBelow,
            {
              group: browserBound,
              message:
                'lib/match, lib/page and lib/sourcing are pure: no browser APIs, no database.',
            },
          ],
        },
      ],
    },
  },
  // Components are pure UI: props in, events out; they may use lib types only.
  {
    files: ['components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...room('entrypoints'), ...room('content')],
              message: 'components/ must not import content/ or entrypoints/.',
            },
            {
              group: browserBound,
              allowTypeImports: true,
              message:
                'components/ are pure UI: types from lib only, no browser APIs, database or messages.',
            },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  // The page room runs in every article page: no database, no Dexie, no schemas there.
  {
    files: ['content/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: room('entrypoints'), message: 'content/ must not import entrypoints/.' },
            {
              group: ['dexie', '**/kb/db', '**/kb/seed', '**/kb/queries', '**/background/**'],
              allowTypeImports: true,
              message:
                'content/ runs in pages: the knowledge base lives in the background and is reached through messages (lib/send.ts).',
            },
            {
              // The annotator runs in every article page: 34 kB without zod, 126 kB with it.
              group: [
                '**/settings',
                '**/settings-store',
                '**/messaging',
                '**/kb/schema',
                '**/kb/types',
                '**/zod',
                'zod',
              ],
              allowTypeImports: true,
              message:
                'content/ runs in pages: no schemas there. Levels come from lib/levels.ts and lib/level-client.ts; requests are checked in the background.',
            },
          ],
        },
      ],
    },
  },
);
