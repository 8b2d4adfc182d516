import { useMemo } from 'react';
import type { AuthFactorType } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';

export interface PasswordlessMethods {
  /** The first factors offered, PASSWORD and PASSWORD_SRP shown once. */
  methods: AuthFactorType[];
  /** The app's preferred one, offered first. */
  preferred: AuthFactorType | undefined;
}

/** The first factors the sign-in screen offers, when the backend has passwordless sign-in (USER_AUTH). */
export function usePasswordlessMethods(): PasswordlessMethods | undefined {
  const { options, backend } = useAuthenticatorContext();
  return useMemo(() => {
    if (!backend.passwordless) return undefined;
    const offered = options.passwordless?.methods ?? backend.passwordless.firstFactors;
    const methods = [...new Set(offered.map((factor): AuthFactorType => (factor === 'PASSWORD_SRP' ? 'PASSWORD' : factor)))];
    const preferred = options.passwordless?.preferredChallenge;
    return { methods, preferred: preferred === 'PASSWORD_SRP' ? 'PASSWORD' : preferred };
  }, [options.passwordless, backend.passwordless]);
}
