import { useEffect, useMemo, type ReactNode } from 'react';
import { AuthenticatorContext, useAuthenticatorContext, type AuthenticatorContextValue } from '../hooks/context.js';
import type { AuthenticatorOptions } from '../hooks/options.js';
import { useLanguage } from '../hooks/useLanguage.js';

export type ScopedOptions = Omit<AuthenticatorOptions, 'client'>;

/** Only the options given: an option left out keeps the Provider's. */
function given(options: ScopedOptions): ScopedOptions {
  const entries: [string, unknown][] = Object.entries(options);
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/**
 * An `<Authenticator>` inside an `<Authenticator.Provider>`: its own props (formFields, services,
 * initialState, language…) apply to what it shows, over the Provider's, as Amplify UI applies an inner
 * Authenticator's props; they stay reactive.
 */
export function AuthenticatorScope({ options, children }: { options: ScopedOptions; children: ReactNode }) {
  const outer = useAuthenticatorContext();
  const { engine } = outer;
  const own = given(options);
  const { services, passwordless, onAuthEvent, initialState, language: wantedLanguage, dictionary } = own;

  useEffect(() => {
    engine.configure('view', { services, passwordless, onAuthEvent });
    return () => {
      engine.configure('view', undefined);
    };
  }, [engine, services, passwordless, onAuthEvent]);

  useEffect(() => {
    if (initialState !== undefined) engine.setInitialRoute(initialState);
  }, [engine, initialState]);

  const language = useLanguage(wantedLanguage ?? outer.options.language, dictionary ?? outer.options.dictionary, engine);
  const ownLanguage = wantedLanguage !== undefined || dictionary !== undefined;
  const { loginMechanisms, signUpAttributes, socialProviders, hideSignUp, formFields, totpIssuer, totpAccountName } = own;
  const value = useMemo<AuthenticatorContextValue>(
    () => ({ ...outer, ...(ownLanguage ? language : {}), options: { ...outer.options, ...own } }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `own` holds exactly the values listed
    [outer, ownLanguage, language, loginMechanisms, signUpAttributes, socialProviders, hideSignUp, formFields, services, passwordless, totpIssuer, totpAccountName, initialState, wantedLanguage, dictionary, onAuthEvent],
  );
  return <AuthenticatorContext.Provider value={value}>{children}</AuthenticatorContext.Provider>;
}
