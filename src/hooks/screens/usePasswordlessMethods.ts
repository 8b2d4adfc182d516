import { useMemo } from 'react';
import type { AuthFactorType } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';

export interface PasswordlessMethods {
  /** The first factors offered, PASSWORD and PASSWORD_SRP shown once. */
  methods: AuthFactorType[];
  /** The app's preferred one, offered first. */
  preferred: AuthFactorType | undefined;
}

const EVERY_FACTOR: readonly AuthFactorType[] = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];

/** The first factors the sign-in screen offers, when the backend has passwordless sign-in (USER_AUTH). */
export function usePasswordlessMethods(): PasswordlessMethods | undefined {
  const { options, backend } = useAuthenticatorContext();
  return useMemo(() => {
    if (!backend.passwordless) return undefined;
    const settings = options.passwordless;
    const hidden = settings?.hiddenAuthMethods;
    // Amplify UI's hiddenAuthMethods: given, every factor is assumed available, and these are taken away.
    const offered = settings?.methods ?? (hidden === undefined ? backend.passwordless.firstFactors : EVERY_FACTOR);
    const methods = [...new Set(offered.map((factor): AuthFactorType => (factor === 'PASSWORD_SRP' ? 'PASSWORD' : factor)))].filter(
      (factor) => !(hidden ?? []).some((method) => method === factor),
    );
    if (methods.length === 0) throw new Error('InvalidPasswordlessSettings: All authentication methods are hidden');
    const preferred = settings?.preferredChallenge ?? settings?.preferredAuthMethod;
    const chosen = preferred === 'PASSWORD_SRP' ? 'PASSWORD' : preferred;
    return { methods, preferred: chosen !== undefined && methods.includes(chosen) ? chosen : undefined };
  }, [options.passwordless, backend.passwordless]);
}
