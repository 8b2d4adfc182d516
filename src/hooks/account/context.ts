import { createContext, useContext } from 'react';
import type { AuthBackendConfig, AuthClient, AuthUser } from '../../client/types.js';
import type { AccountTranslate } from '../../i18n/account/translate.js';
import type { AuthenticatorEngine } from '../engine/engine.js';
import type { AccountEvent } from '../options.js';

/** What every account-center hook needs: the client, the signed-in user, the language, and where events go. */
export interface AccountContextValue {
  client: AuthClient;
  /** The Authenticator's engine (its own, when the account center stands alone): signing out goes through it. */
  engine: AuthenticatorEngine;
  backend: AuthBackendConfig;
  user: AuthUser;
  translate: AccountTranslate;
  language: string;
  direction: 'ltr' | 'rtl';
  /** Prefix of every query and mutation key: this client's, this user's. */
  queryKey: readonly [string, string, string, string];
  emit: (event: AccountEvent) => void;
  totpIssuer: string;
  totpAccountName: string;
  /** The name the user signs in with, as they know it (not the pool's internal username). */
  accountName: string;
  formatDate: (date: Date) => string;
}

export const AccountContext = createContext<AccountContextValue | undefined>(undefined);

export function useAccount(): AccountContextValue {
  const value = useContext(AccountContext);
  if (!value) throw new Error('Account-center hooks must be used inside <AccountSettings> or one of its sections.');
  return value;
}
