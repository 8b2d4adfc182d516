import { useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AuthClient } from '../../client/types.js';
import { accountEn, type AccountDictionary } from '../../i18n/account/en.js';
import { loadAccountDictionary } from '../../i18n/account/load.js';
import { createAccountTranslator, type AccountDictionaryOverrides } from '../../i18n/account/translate.js';
import { builtInLanguage } from '../../i18n/translate.js';
import { AuthenticatorProvider } from '../AuthenticatorProvider.js';
import { AuthenticatorContext, useAuthenticatorContext } from '../context.js';
import { installLaterWords } from '../errors.js';
import { laterWords } from '../later-words.js';
import type { AccountEvent, AuthenticatorEvent } from '../options.js';
import { ProvideQueryClient } from '../query-client/ProvideQueryClient.js';
import { useAuthenticator, type UseAuthenticator } from '../useAuthenticator.js';
import { AccountContext, type AccountContextValue } from './context.js';

/** What the account center and each of its sections take besides their own props. */
export interface AccountScopeOptions {
  /** Standalone use: the client to manage the account on. Inside `<Authenticator>`, the Authenticator's is used. */
  client?: AuthClient;
  /** Standalone: a BCP 47 tag (default: the browser's). Inside `<Authenticator>`, its language applies. */
  language?: string;
  /** Overrides of any message, per language (account keys and the Authenticator's). */
  dictionary?: AccountDictionaryOverrides;
  /** Called with what changed; inside `<Authenticator>`, its `onAuthEvent` hears these too. */
  onAuthEvent?: (event: AuthenticatorEvent) => void;
  /** The issuer authenticator apps show for a new TOTP factor (default: the Authenticator's `totpIssuer`, the page title). */
  totpIssuer?: string;
  totpAccountName?: string;
}

interface AccountScopeProps extends AccountScopeOptions {
  /** Shown while the session is looked for. */
  fallback: ReactNode;
  children: ReactNode;
}

const clientIds = new WeakMap<AuthClient, string>();
let nextClientId = 0;

/** A key per client, so that two account centers on two clients never share cached answers. */
function clientId(client: AuthClient): string {
  let id = clientIds.get(client);
  if (id === undefined) {
    nextClientId += 1;
    id = String(nextClientId);
    clientIds.set(client, id);
  }
  return id;
}

/** The app's name for authenticator apps: the page's title, else its host. */
function defaultIssuer(): string {
  if (typeof document !== 'undefined' && document.title.trim() !== '') return document.title.trim();
  return typeof location === 'undefined' ? 'Gatehouse' : location.hostname;
}

/** The account dictionary of the language in use, once loaded; English (always at hand) meanwhile. */
function useAccountDictionary(language: string): { dictionary: AccountDictionary; language: string } {
  const code = builtInLanguage(language);
  const [loaded, setLoaded] = useState<Partial<Record<string, AccountDictionary>>>({ en: accountEn });
  const missing = code !== undefined && loaded[code] === undefined ? code : undefined;
  useEffect(() => {
    if (missing === undefined) return;
    let current = true;
    void loadAccountDictionary(missing).then((dictionary) => {
      if (current) setLoaded((known) => ({ ...known, [missing]: dictionary }));
    });
    return () => {
      current = false;
    };
  }, [missing]);
  const found = code === undefined ? accountEn : loaded[code];
  return found === undefined ? { dictionary: accountEn, language: 'en' } : { dictionary: found, language };
}

const pickSession = (context: UseAuthenticator) => [context.authStatus, context.user];

function AccountLayer({ dictionary: overrides, onAuthEvent, totpIssuer, totpAccountName, fallback, children, standalone }: AccountScopeProps & { standalone: boolean }) {
  // The account center carries the later words itself: its MFA labels and failures have their words even when
  // no action of the flow has loaded. Installing twice does nothing.
  installLaterWords(laterWords);
  const { engine, backend, options, translate, language: authenticatorLanguage, direction } = useAuthenticatorContext();
  const { authStatus, user } = useAuthenticator(pickSession);
  const { dictionary, language } = useAccountDictionary(authenticatorLanguage);
  const appEvents = options.onAuthEvent;
  const issuer = totpIssuer ?? options.totpIssuer;
  const accountNameOption = totpAccountName ?? options.totpAccountName;
  const value = useMemo<AccountContextValue | undefined>(() => {
    if (!user) return undefined;
    const accountName = user.signInDetails?.loginId ?? user.username;
    const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    return {
      client: engine.client,
      engine,
      backend,
      user,
      translate: createAccountTranslator(translate, language, dictionary, overrides),
      language,
      direction,
      queryKey: ['gatehouse', 'account', clientId(engine.client), user.userId],
      emit: (event: AccountEvent) => {
        appEvents?.(event);
        // Standalone, the app's onAuthEvent is the provider's own: it heard the event just above.
        if (!standalone) onAuthEvent?.(event);
      },
      totpIssuer: issuer ?? defaultIssuer(),
      totpAccountName: accountNameOption ?? accountName,
      accountName,
      formatDate: (date) => dates.format(date),
    };
  }, [user, engine, backend, translate, language, dictionary, overrides, direction, appEvents, standalone, onAuthEvent, issuer, accountNameOption]);
  if (authStatus === 'configuring') return fallback;
  // Amplify UI's account components render nothing for a signed-out user; so do these.
  if (authStatus !== 'authenticated' || value === undefined) return null;
  return (
    <ProvideQueryClient source={engine.queryClients} fallback={fallback}>
      <AccountContext.Provider value={value}>{children}</AccountContext.Provider>
    </ProvideQueryClient>
  );
}

/**
 * Where the account center gets its client and user: the surrounding `<Authenticator>` (or its Provider), or,
 * given a `client`, a provider of its own (which looks up the session and follows sign-outs). Inside an
 * account center, a section reuses the center's scope.
 */
export function AccountScope(props: AccountScopeProps) {
  const outerAccount = useContext(AccountContext);
  const outer = useContext(AuthenticatorContext);
  const { client, language, dictionary, onAuthEvent, totpIssuer, totpAccountName } = props;
  if (outerAccount && !client) return props.children;
  if (client) {
    return (
      <AuthenticatorProvider
        client={client}
        {...(language === undefined ? {} : { language })}
        {...(dictionary === undefined ? {} : { dictionary })}
        {...(onAuthEvent === undefined ? {} : { onAuthEvent })}
        {...(totpIssuer === undefined ? {} : { totpIssuer })}
        {...(totpAccountName === undefined ? {} : { totpAccountName })}
      >
        <AccountLayer {...props} standalone />
      </AuthenticatorProvider>
    );
  }
  if (!outer) throw new Error('<AccountSettings> needs a `client` prop, or an <Authenticator> or <Authenticator.Provider> around it.');
  return <AccountLayer {...props} standalone={false} />;
}
