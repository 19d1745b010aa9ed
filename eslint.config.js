import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['.output/**', '.output-*/**', 'scripts/_*', '.wxt/**', 'node_modules/**', 'tests/e2e/artifacts/**', 'tests/e2e/fixtures/**'],
  },
  js.configs.recommended,
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { defineBackground: 'readonly', defineContentScript: 'readonly', browser: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render data as text (textContent), never as HTML.' },
        { property: 'outerHTML', message: 'Render data as text (textContent), never as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render data as text, never as HTML.' },
        { selector: "CallExpression[callee.name='fetch']", message: 'The extension makes no network requests.' },
      ],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits or handles is an error a user never sees (code review F8).
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
);
