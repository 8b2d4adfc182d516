import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

const REACT_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'react/*', '@tanstack/*', 'react-hook-form', '@radix-ui/*', 'qrcode'];

/** The layers of src/ (DESIGN.md), each with the folders above it that it must not import: imports point down only. */
const LAYERS = [
  { folder: 'client', above: ['core', 'hooks', 'screens', 'components', 'Authenticator', 'i18n', 'theme'], packages: REACT_PACKAGES },
  { folder: 'core', above: ['hooks', 'screens', 'components', 'Authenticator', 'i18n', 'theme'], packages: REACT_PACKAGES },
  { folder: 'i18n', above: ['client', 'core', 'hooks', 'screens', 'components', 'Authenticator'], packages: REACT_PACKAGES },
  { folder: 'hooks', above: ['screens', 'components', 'Authenticator'], packages: [] },
  { folder: 'components', above: ['screens', 'Authenticator'], packages: [] },
  { folder: 'screens', above: ['Authenticator'], packages: [] },
];

/** One block per layer: `no-restricted-imports` refuses a relative import that climbs into a layer above. */
export const layerRules = LAYERS.map(({ folder, above, packages }) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(${above.join('|')})/`,
            message: `src/${folder} is below ${above.join(', ')}: imports point down the layers (DESIGN.md).`,
          },
          ...(packages.length === 0 ? [] : [{ group: packages, message: `src/${folder} knows nothing of React.` }]),
        ],
      },
    ],
  },
}));

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'storybook-static/', '**/test-results/', 'playwright-report/']),
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked, reactHooks.configs.flat['recommended-latest']],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  ...layerRules,
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
]);
