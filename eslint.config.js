import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

const REACT_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'react/*', '@tanstack/*', 'react-hook-form', '@radix-ui/*', 'qrcode'];

/** The layers of src/ (DESIGN.md), each with the folders above it that it must not import: imports point down only. */
const LAYERS = [
  { folder: 'client', above: ['core', 'hooks', 'screens', 'components', 'Authenticator', 'AccountSettings', 'i18n', 'theme'], packages: REACT_PACKAGES },
  { folder: 'core', above: ['hooks', 'screens', 'components', 'Authenticator', 'AccountSettings', 'i18n', 'theme'], packages: REACT_PACKAGES },
  { folder: 'i18n', above: ['client', 'core', 'hooks', 'screens', 'components', 'Authenticator', 'AccountSettings'], packages: REACT_PACKAGES },
  { folder: 'hooks', above: ['screens', 'components', 'Authenticator', 'AccountSettings'], packages: [] },
  { folder: 'components', above: ['screens', 'Authenticator', 'AccountSettings'], packages: [] },
  { folder: 'screens', above: ['Authenticator', 'AccountSettings'], packages: [] },
  // The two top layers never import each other: an app that renders only the Authenticator ships no account center.
  { folder: 'Authenticator', above: ['AccountSettings'], packages: [] },
  { folder: 'AccountSettings', above: ['Authenticator'], packages: [] },
];

/** How deep a file sits below its layer's folder, 1 to 4: the `../` count that climbs back to src/. */
const DEPTHS = [1, 2, 3, 4];

/**
 * One block per layer and depth: `no-restricted-imports` refuses a relative import that climbs to src/ and
 * into a layer above. Counting the `../` per depth keeps a layer's own subfolders apart from the layers
 * (src/hooks/account importing ../screens/ is src/hooks/screens, not src/screens).
 */
export const layerRules = LAYERS.flatMap(({ folder, above, packages }) =>
  DEPTHS.map((depth) => ({
    files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./){${depth}}(${above.join('|')})/`,
              message: `src/${folder} is below ${above.join(', ')}: imports point down the layers (DESIGN.md).`,
            },
            ...(packages.length === 0 ? [] : [{ group: packages, message: `src/${folder} knows nothing of React.` }]),
          ],
        },
      ],
    },
  })),
);

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
