import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The engine must run in Node and the browser: no extension APIs in lib/ outside lib/extension/.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/extension/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['wxt', 'wxt/*', 'webextension-polyfill'], message: 'lib/ is the engine: pure TypeScript, no extension APIs (glue lives in lib/extension/).' }] }],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'window', 'document'],
    },
  },
);
