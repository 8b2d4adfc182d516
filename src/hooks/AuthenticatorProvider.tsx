import { QueryClientContext } from '@tanstack/react-query';
import { useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { AuthenticatorContext, type AuthenticatorContextValue } from './context.js';
import { createAuthenticatorEngine } from './engine/engine.js';
import type { AuthenticatorOptions } from './options.js';
import { appQueryClient, ownQueryClient } from './query-client/source.js';
import { useLanguage } from './useLanguage.js';

export interface AuthenticatorProviderProps extends AuthenticatorOptions {
  children?: ReactNode;
}

/**
 * Holds the Authenticator's state for everything inside it: the client, a TanStack Query client (the app's
 * own when it has a QueryClientProvider already, else one made on first use), the flow, and the language.
 */
export function AuthenticatorProvider({ children, ...options }: AuthenticatorProviderProps) {
  const appClient = useContext(QueryClientContext);
  const [own] = useState(ownQueryClient);
  const queryClients = useMemo(() => (appClient ? appQueryClient(appClient) : own), [appClient, own]);
  const id = useId();
  const { client, initialState = 'signIn', services, passwordless, onAuthEvent, language: wanted, dictionary } = options;
  const engine = useMemo(() => createAuthenticatorEngine(client, queryClients, initialState, id), [client, queryClients, initialState, id]);

  useEffect(() => {
    engine.configure('provider', { services, passwordless, onAuthEvent });
  }, [engine, services, passwordless, onAuthEvent]);

  useEffect(() => engine.start(), [engine]);

  const { translate, language, direction } = useLanguage(wanted, dictionary, engine);
  const backend = useMemo(() => client.getBackendConfig(), [client]);
  const { loginMechanisms, signUpAttributes, socialProviders, hideSignUp, formFields, totpIssuer, totpAccountName } = options;
  // `options` is a fresh object each render: the context changes only when one of its values does.
  const value = useMemo<AuthenticatorContextValue>(
    () => ({ engine, options, backend, translate, language, direction }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `options` holds exactly the values listed
    [engine, client, initialState, loginMechanisms, signUpAttributes, socialProviders, hideSignUp, formFields, services, passwordless, totpIssuer, totpAccountName, wanted, dictionary, onAuthEvent, backend, translate, language, direction],
  );

  return <AuthenticatorContext.Provider value={value}>{children}</AuthenticatorContext.Provider>;
}
