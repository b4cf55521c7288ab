// @ts-check
import eslint from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'proto/gen/**', 'node_modules/**', 'guest/**', 'eslint.config.js', 'scripts/**/*.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Handlers are async by contract (fastify routes, validators) even when a body does not await.
      '@typescript-eslint/require-await': 'off',
      'no-console': 'error',
      // Stray blank runs crept into a few files (left where code was moved out): one blank line at most.
      'no-multiple-empty-lines': ['error', { max: 1, maxBOF: 0, maxEOF: 0 }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='it'][property.name='only']", message: 'no .only in tests' },
        { selector: "MemberExpression[object.name='describe'][property.name='only']", message: 'no .only in tests' }]
    }
  },
  {
    files: ['node/cli/**/*.ts', 'scripts/**/*.ts', 'testnet/**/cli-*.ts'],
    rules: { 'no-console': 'off' }
  }
)
