import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const hostModules = ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*', 'office-js', '@microsoft/office-js'];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'test-results/', 'tests/fixtures/gmail/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The core runs unchanged in the extension, the Outlook add-in and Node tests.
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: hostModules, message: 'shared/ must not import host APIs.' }] }],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'shared/ must not use extension APIs.' },
        { name: 'chrome', message: 'shared/ must not use extension APIs.' },
        { name: 'Office', message: 'shared/ must not use Office.js.' },
        { name: 'OfficeRuntime', message: 'shared/ must not use Office.js.' },
      ],
    },
  },
  {
    // Office.js is reached from one module only.
    files: ['extension/**/*.{ts,tsx}', 'outlook-addin/**/*.{ts,tsx}'],
    ignores: ['outlook-addin/office/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'Call Office.js through outlook-addin/office/ only.' },
        { name: 'OfficeRuntime', message: 'Call Office.js through outlook-addin/office/ only.' },
      ],
    },
  },
);
