import type { StoryContext } from '@storybook/react-vite';
import { AccountSettings, Authenticator, type AccountSettingsProps, type AuthBackendConfig, type UserAttributeSchema } from '../../src/index.ts';
import { TOTP_SECRET } from '../../test/support/constants.ts';
import { scriptedClient, totpSetup, type Script } from '../../test/support/scripted-client.ts';
import { clientOf, toolbarLanguage, withClient } from './story.tsx';

/** A pool with everything the account center can show. */
export const FULL_BACKEND: AuthBackendConfig = {
  mfa: { enforcement: 'OPTIONAL', types: ['TOTP', 'SMS', 'EMAIL'] },
  passwordless: { firstFactors: ['WEB_AUTHN', 'PASSWORD'] },
  deviceTracking: 'userOptIn',
  userAttributes: [
    { name: 'email', dataType: 'String', required: true, mutable: true },
    { name: 'phone_number', dataType: 'String', required: false, mutable: true },
    { name: 'given_name', dataType: 'String', required: true, mutable: true },
    { name: 'nickname', dataType: 'String', required: false, mutable: true },
    { name: 'birthdate', dataType: 'String', required: false, mutable: true },
    { name: 'custom:plan', dataType: 'String', required: false, mutable: false },
    { name: 'custom:age', dataType: 'Number', required: false, mutable: true, minValue: 18, maxValue: 120 },
    { name: 'custom:newsletter', dataType: 'Boolean', required: false, mutable: true },
  ] satisfies UserAttributeSchema[],
};

/** A signed-in account with a verified email, an unverified phone, one passkey and two remembered devices. */
export function accountScript(overrides: Script = {}): Script {
  return {
    signedIn: true,
    backendConfig: FULL_BACKEND,
    fetchUserAttributes: { sub: 'u-1', email: 'ada@example.com', email_verified: 'true', phone_number: '+15555550100', phone_number_verified: 'false', given_name: 'Ada', nickname: 'countess', 'custom:plan': 'pro' },
    fetchMFAPreference: { enabled: ['TOTP'], preferred: 'TOTP' },
    listWebAuthnCredentials: { credentials: [{ credentialId: 'cred-1', friendlyCredentialName: 'Work laptop', relyingPartyId: 'localhost', authenticatorAttachment: 'platform', createdAt: new Date(Date.UTC(2026, 0, 15)) }] },
    fetchDevices: [
      { id: 'dev-here', attributes: { device_status: 'remembered', device_name: 'Chromium on Linux' }, lastAuthenticatedDate: new Date(Date.UTC(2026, 0, 20)) },
      { id: 'dev-phone', attributes: { device_status: 'remembered', device_name: 'Pixel 9' }, lastAuthenticatedDate: new Date(Date.UTC(2026, 0, 8)) },
    ],
    fetchAuthSession: { tokens: { accessToken: { payload: { device_key: 'dev-here' }, toString: () => 'access' } } },
    setUpTOTP: totpSetup(TOTP_SECRET),
    ...overrides,
  };
}

/** The story's client: a scripted account (made afresh for each render). */
export function withAccount(overrides: Script = {}) {
  return withClient(() => scriptedClient(accountScript(overrides)));
}

/** The account center inside the Authenticator, as an app shows it once signed in. */
export function renderAccountSettings(args: AccountSettingsProps, { loaded, globals }: { loaded: StoryContext['loaded']; globals: StoryContext['globals'] }) {
  return (
    // The Authenticator's language is the account center's (its own `language` prop is for standalone use).
    <Authenticator client={clientOf(loaded)} language={args.language ?? toolbarLanguage(globals) ?? 'en'}>
      <AccountSettings {...args} />
    </Authenticator>
  );
}
