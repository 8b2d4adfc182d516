import { createContext, useContext } from 'react';
import type { AuthBackendConfig } from '../client/types.js';
import type { Translate } from '../i18n/translate.js';
import type { AuthenticatorEngine } from './engine/engine.js';
import type { AuthenticatorOptions } from './options.js';

/** What every screen hook needs: the engine, the resolved options, and the language. */
export interface AuthenticatorContextValue {
  engine: AuthenticatorEngine;
  options: AuthenticatorOptions;
  backend: AuthBackendConfig;
  translate: Translate;
  language: string;
  direction: 'ltr' | 'rtl';
}

export const AuthenticatorContext = createContext<AuthenticatorContextValue | undefined>(undefined);

export function useAuthenticatorContext(): AuthenticatorContextValue {
  const value = useContext(AuthenticatorContext);
  if (!value) throw new Error('Gatehouse hooks must be used inside <Authenticator> or <Authenticator.Provider>.');
  return value;
}

export function useTranslate(): Translate {
  return useAuthenticatorContext().translate;
}
