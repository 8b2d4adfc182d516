import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The repo's own config (plain JS, so imported by path): its layer rules are what `npm test` lints with.
const configPath: string = new URL('../../../eslint.config.js', import.meta.url).href;
const { layerRules } = (await import(configPath)) as { layerRules: Linter.Config[] };

// The layer rules alone, on a plain parser: the test is about which imports they refuse, not about types.
const eslint = new ESLint({
  cwd: new URL('../../..', import.meta.url).pathname,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...layerRules],
});

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('the layers of src/ (imports point down only)', () => {
  it.each([
    ['src/core/x.ts', "import { useAuthenticator } from '../hooks/useAuthenticator.js';"],
    ['src/client/local/service/x.ts', "import { routeForSignInStep } from '../../../core/next-step.js';"],
    ['src/hooks/engine/actions/x.ts', "import { SignIn } from '../../../screens/SignIn.js';"],
    ['src/screens/shared/x.tsx', "import { SCREENS } from '../../Authenticator/registry.js';"],
    ['src/components/x.tsx', "import { SignIn } from '../screens/SignIn.js';"],
    ['src/i18n/x.ts', "import type { AuthError } from '../client/errors.js';"],
    ['src/core/x.ts', "import { useState } from 'react';"],
    ['src/client/x.ts', "import { QueryClient } from '@tanstack/react-query';"],
    ['src/hooks/account/x.ts', "import { Profile } from '../../AccountSettings/sections/Profile.js';"],
    ['src/screens/shared/x.tsx', "import { AccountSettings } from '../../AccountSettings/AccountSettings.js';"],
    ['src/Authenticator/x.tsx', "import { AccountSettings } from '../AccountSettings/AccountSettings.js';"],
    ['src/AccountSettings/x.tsx', "import { Authenticator } from '../Authenticator/Authenticator.js';"],
  ])('refuses an upward import in %s', async (file, code) => {
    expect(await refusals(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/hooks/engine/actions/x.ts', "import { routeForSignInStep } from '../../../core/next-step.js';"],
    ['src/screens/x.tsx', "import { useSignIn } from '../hooks/screens/useSignIn.js';"],
    ['src/Authenticator/x.tsx', "import { SignIn } from '../screens/SignIn.js';"],
    ['src/core/x.ts', "import type { AuthError } from '../client/errors.js';"],
    ['src/client/local/service/x.ts', "import { AuthError } from '../../errors.js';"],
    ['src/hooks/x.ts', "import { useState } from 'react';"],
    ['src/AccountSettings/sections/x.tsx', "import { PasswordChecklist } from '../../screens/shared/PasswordChecklist.js';"],
    ['src/AccountSettings/x.tsx', "import { useProfile } from '../hooks/account/useProfile.js';"],
    // src/hooks/screens, a folder of the hooks layer, not src/screens:
    ['src/hooks/account/x.ts', "import type { ScreenState } from '../screens/screen-state.js';"],
  ])('allows a downward or sideways import in %s', async (file, code) => {
    expect(await refusals(file, code)).toStrictEqual([]);
  });
});
