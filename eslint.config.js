import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Lint guards the architecture: domain ← storage ← bpmn ← features ← app, nothing imports upward.
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
// Relative imports into a higher layer of src/ (a package path such as diagram-js/lib/features is fine).
const layer = (folders, message) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message });
const noStorageOutside = { group: ['dexie', 'dexie/*'], message: 'Dexie lives in src/storage only.' };

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'test-results', 'playwright-report', 'bench/tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-globals': ['error', { name: 'localStorage', message: 'All data goes to IndexedDB through src/storage.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name='only']", message: 'No .only in tests.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is never HTML.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'User text is never HTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { files: ['src/domain/**'], rules: restrict([noStorageOutside, { group: ['react', 'react-dom', 'bpmn-js', 'bpmn-js/*'], message: 'src/domain is pure TypeScript.' }, layer(['storage', 'bpmn', 'features', 'app'], 'src/domain is pure TypeScript.')]) },
  { files: ['src/storage/**'], rules: restrict([{ group: ['react'], message: 'storage has no UI.' }, layer(['bpmn', 'features', 'app'], 'storage sits below bpmn, features and app.')]) },
  { files: ['src/bpmn/**'], rules: restrict([noStorageOutside, layer(['storage', 'features', 'app'], 'The canvas knows nothing about storage.')]) },
  { files: ['src/features/**'], ignores: ['src/features/**/*.test.{ts,tsx}'], rules: restrict([noStorageOutside, layer(['app'], 'features do not import the app shell.')]) },
  // A feature's tests may read the app's real translations: the words a feature shows are under test.
  { files: ['src/features/**/*.test.{ts,tsx}'], rules: restrict([noStorageOutside]) },
  { files: ['src/app/**'], rules: restrict([noStorageOutside]) },
);
