import { afterEach, beforeEach, vi } from 'vitest';
import type { LocalPoolConfig } from '../../src/local.js';
import { createSoftAuthenticator, type SoftAuthenticator } from './soft-authenticator.js';

/** jsdom's page origin (Vitest's default URL), which the soft authenticator puts in its client data. */
export const ORIGIN = 'http://localhost:3000';

/**
 * jsdom has no WebAuthn, and the Authenticator offers the passkey prompt only where PublicKeyCredential
 * exists: define it for each test of the calling file, and remove it after.
 */
export function withPublicKeyCredential(): void {
  beforeEach(() => {
    vi.stubGlobal(
      'PublicKeyCredential',
      class PublicKeyCredential {
        readonly type = 'public-key';
      },
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}

/** A pool whose passkeys live in a software authenticator, or (undefined) in navigator.credentials, which jsdom lacks. */
export function passkeyConfig(credentials: SoftAuthenticator | undefined): LocalPoolConfig {
  return {
    passwordless: { firstFactors: ['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN', 'PASSWORD'] },
    webAuthn: { ...(credentials === undefined ? {} : { credentials }), relyingPartyId: 'localhost', origins: [ORIGIN] },
  };
}

export function softAuthenticator(): SoftAuthenticator {
  return createSoftAuthenticator({ origin: ORIGIN });
}
