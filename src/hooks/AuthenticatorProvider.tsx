import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useEffect, useId, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { en, type Dictionary } from '../i18n/en.js';
import { directionOf, type LanguageCode } from '../i18n/languages.js';
import { loadDictionary } from '../i18n/load.js';
import { builtInLanguage, createTranslator } from '../i18n/translate.js';
import { AuthenticatorContext, type AuthenticatorContextValue } from './context.js';
import { AuthenticatorController } from './controller.js';
import type { AuthenticatorOptions } from './options.js';

export interface AuthenticatorProviderProps extends AuthenticatorOptions {
  children?: ReactNode;
}

const noSubscription = () => () => undefined;

/** The browser's language after hydration; 'en' on the server, so that both render the same markup first. */
function useBrowserLanguage(): string {
  return useSyncExternalStore(
    noSubscription,
    () => (typeof navigator === 'undefined' ? 'en' : navigator.language),
    () => 'en',
  );
}

/** English, plus the language in use once its dictionary has arrived (English shows meanwhile). */
function useDictionaries(code: LanguageCode | undefined): Partial<Record<LanguageCode, Dictionary>> {
  const [dictionaries, setDictionaries] = useState<Partial<Record<LanguageCode, Dictionary>>>({ en });
  const missing = code !== undefined && code !== 'en' && dictionaries[code] === undefined ? code : undefined;
  useEffect(() => {
    if (missing === undefined) return;
    let current = true;
    void loadDictionary(missing).then((loaded) => {
      if (current) setDictionaries((known) => ({ ...known, [missing]: loaded }));
    });
    return () => {
      current = false;
    };
  }, [missing]);
  return dictionaries;
}

function createQueryClient(): QueryClient {
  // Auth calls are not idempotent: a retried confirmSignIn would spend a code twice.
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/**
 * Holds the Authenticator's state for everything inside it: the client, a TanStack Query client (the app's
 * own when it has a QueryClientProvider already), the flow, and the language.
 */
export function AuthenticatorProvider({ children, ...options }: AuthenticatorProviderProps) {
  const appQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => (appQueryClient ? undefined : createQueryClient()));
  const queryClient = appQueryClient ?? ownQueryClient ?? createQueryClient();
  const id = useId();
  const { client, initialState = 'signIn', services, passwordless, onAuthEvent, language, dictionary } = options;
  const controller = useMemo(() => new AuthenticatorController(client, queryClient, initialState, id), [client, queryClient, initialState, id]);

  useEffect(() => {
    controller.configure({ services, passwordless, onAuthEvent });
  }, [controller, services, passwordless, onAuthEvent]);

  useEffect(() => controller.start(), [controller]);

  const browserLanguage = useBrowserLanguage();
  const activeLanguage = language ?? browserLanguage;
  const code = builtInLanguage(activeLanguage);
  const dictionaries = useDictionaries(code);
  // Until its dictionary arrives the text is English, and so are lang and dir.
  const shownLanguage = code !== undefined && dictionaries[code] === undefined ? 'en' : activeLanguage;
  const translate = useMemo(() => createTranslator(shownLanguage, dictionaries, dictionary), [shownLanguage, dictionaries, dictionary]);
  const backend = useMemo(() => client.getBackendConfig(), [client]);
  const { loginMechanisms, signUpAttributes, socialProviders, hideSignUp, formFields, totpIssuer, totpAccountName } = options;
  // `options` is a fresh object each render: the context changes only when one of its values does.
  const value = useMemo<AuthenticatorContextValue>(
    () => ({
      controller,
      options,
      backend,
      translate,
      language: shownLanguage,
      direction: directionOf(shownLanguage),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `options` holds exactly the values listed
    [controller, client, initialState, loginMechanisms, signUpAttributes, socialProviders, hideSignUp, formFields, services, passwordless, totpIssuer, totpAccountName, language, dictionary, onAuthEvent, backend, translate, shownLanguage],
  );

  const provided = <AuthenticatorContext.Provider value={value}>{children}</AuthenticatorContext.Provider>;
  return ownQueryClient ? <QueryClientProvider client={ownQueryClient}>{provided}</QueryClientProvider> : provided;
}
