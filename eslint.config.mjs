// ESLint flat config, in the spirit of microsoft/teams.ts's shared config: typescript-eslint with
// type information, consistent type imports, no floating promises, ordered imports; and the
// project's layering (docs/architecture.md, "Layers") as rules, so that a wrong import fails `npm run lint`.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const SDKS = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai'];
const sdkMessage = 'Only src/bot/ and src/messaging/ speak to the Bot Framework SDKs.';

const TABLES = ['@azure/data-tables', '@azure/storage-blob', '@azure/core-rest-pipeline'];
const tablesMessage = 'Only src/storage/ speaks to Azure Storage (table/ to the tables, blob/ to the downloads).';

/** What each folder of src/ may not import: one entry per file, so no rule overrides another. */
const LAYERS = [
  {
    files: ['src/domain/**/*.ts'],
    patterns: [
      { group: ['../*', '!../domain', '!../domain/*'], message: 'domain/ imports nothing of ours but domain/.' },
      { group: [...SDKS, '@azure/*', 'restify', 'pino'], message: 'domain/ is pure.' },
    ],
  },
  {
    files: ['src/services/**/*.ts'],
    patterns: [
      {
        group: ['../bot', '../bot/*', '../cards', '../cards/*'],
        message: 'Services return codes and values; bot/ and cards/ render them.',
      },
      { group: [...SDKS, ...TABLES, 'restify'], message: 'Services reach the outside only through interfaces.' },
    ],
  },
  { files: ['src/storage/**/*.ts'], patterns: [{ group: SDKS, message: sdkMessage }] },
  {
    files: ['src/cards/**/*.ts', 'src/documents/**/*.ts'],
    patterns: [
      {
        group: ['../services', '../services/*', '../bot', '../bot/*', '../storage', '../storage/*'],
        message: 'cards/ and documents/ render values of domain/: they import no services, bot or storage.',
      },
      { group: [...SDKS, ...TABLES, 'restify'], message: 'cards/ and documents/ are pure rendering.' },
    ],
  },
  { files: ['src/bot/**/*.ts'], patterns: [{ group: TABLES, message: tablesMessage }] },
  {
    files: ['src/http/**/*.ts'],
    patterns: [
      {
        group: ['../bot', '../bot/*', '../services', '../services/*', '../storage', '../storage/*'],
        message: 'http/ is the HTTP boundary: it calls what it is given (the bot, the jobs), it imports none of them.',
      },
      { group: [...SDKS, ...TABLES], message: 'http/ speaks HTTP (restify), no SDK.' },
    ],
  },
  {
    files: ['src/messaging/**/*.ts'],
    patterns: [
      {
        group: ['../*', '!../messaging', '!../messaging/*', '!../domain', '!../domain/*', '!../config', '!../config/*'],
        message: 'messaging/ sends what it is given: it imports only domain/ and config/ of ours.',
      },
      { group: TABLES, message: tablesMessage },
    ],
  },
  {
    files: ['src/tab/**/*.ts'],
    patterns: [
      {
        group: ['../bot', '../bot/*', '../cards', '../cards/*', '../storage', '../storage/*', '../web', '../web/*'],
        message: "tab/ is the tab's HTTP side: it calls the services, as the bot does, and renders no cards.",
      },
      { group: [...SDKS, ...TABLES], message: 'tab/ speaks HTTP (restify) and checks tokens (jose), no SDK.' },
    ],
  },
  {
    files: ['src/web/**/*.ts'],
    patterns: [
      {
        group: ['../*', '!../domain', '!../domain/*'],
        message: "web/ is browser code: of ours it may import only domain/ (for the API's types).",
      },
      { group: [...SDKS, ...TABLES, 'restify', 'pino', 'jose', 'node:*'], message: 'web/ runs in the browser.' },
    ],
  },
  {
    files: ['src/**/*.ts'],
    ignores: [
      'src/tab/**',
      'src/web/**',
      'src/domain/**',
      'src/services/**',
      'src/storage/**',
      'src/bot/**',
      'src/messaging/**',
      'src/http/**',
      'src/cards/**',
      'src/documents/**',
    ],
    patterns: [
      { group: SDKS, message: sdkMessage },
      { group: TABLES, message: tablesMessage },
    ],
  },
].map(({ files, ignores, patterns }) => ({
  files,
  ...(ignores && { ignores }),
  rules: { 'no-restricted-imports': ['error', { patterns }] },
}));

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', 'bench-results/', '.data/', 'appPackage/build/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/order': [
        'error',
        { groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'], alphabetize: { order: 'asc' } },
      ],
      'import-x/no-duplicates': 'error',
    },
  },
  // The layering (docs/architecture.md, "Layers").
  ...LAYERS,
  {
    // Tests read JSON they made themselves (cards, manifests, templates) and stand in for SDK
    // interfaces whose methods are async by contract.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { module: 'readonly', require: 'readonly', process: 'readonly' } },
  },
);
