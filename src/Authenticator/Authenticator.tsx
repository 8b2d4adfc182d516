import { Suspense, lazy, useContext, type ReactNode } from 'react';
import type { AuthClient, AuthUser } from '../client/types.js';
import { AuthenticatorContext, useAuthenticatorContext } from '../hooks/context.js';
import { AuthenticatorProvider } from '../hooks/AuthenticatorProvider.js';
import type { AuthenticatorOptions } from '../hooks/options.js';
import { useAuthenticator, type UseAuthenticator } from '../hooks/useAuthenticator.js';
import type { AuthenticatorComponents } from './overrides.js';
import { Router } from './Router.js';
import { SignedIn } from './SignedIn.js';

export interface SignedInRenderProps {
  user: AuthUser;
  signOut: UseAuthenticator['signOut'];
}

export interface AuthenticatorViewProps {
  components?: AuthenticatorComponents;
  /** `modal` shows the screens in a dialog over the page. */
  variation?: 'default' | 'modal';
  className?: string;
  /** What to show once signed in: elements, or a function of the user and signOut. */
  children?: ReactNode | ((props: SignedInRenderProps) => ReactNode);
}

export interface AuthenticatorProps extends Omit<AuthenticatorOptions, 'client'>, AuthenticatorViewProps {
  /** Required unless an `<Authenticator.Provider>` above already has one. */
  client?: AuthClient;
}

const pickStatus = (context: UseAuthenticator) => [context.authStatus, context.user];

// Radix's dialog is fetched only by apps that use the modal variation.
const ModalFrame = lazy(() => import('./ModalFrame.js').then((m) => ({ default: m.ModalFrame })));

function AuthenticatorView({ components, variation = 'default', className, children }: AuthenticatorViewProps) {
  const { direction, language } = useAuthenticatorContext();
  const { authStatus, user, signOut } = useAuthenticator(pickStatus);
  const classes = ['gatehouse', className].filter(Boolean).join(' ');
  if (authStatus === 'authenticated' && user) {
    if (typeof children === 'function') return children({ user, signOut });
    return (
      children ?? (
        <div className={classes} dir={direction} lang={language} data-auth-status={authStatus}>
          <SignedIn
            user={user}
            signOut={() => {
              signOut();
            }}
          />
        </div>
      )
    );
  }
  const Header = components?.Header;
  const Footer = components?.Footer;
  const body = (
    <>
      {Header && <Header />}
      <div className="gh-card">
        <Router components={components} />
      </div>
      {Footer && <Footer />}
    </>
  );
  if (variation === 'modal') {
    return (
      <Suspense fallback={null}>
        <ModalFrame className={classes}>{body}</ModalFrame>
      </Suspense>
    );
  }
  return (
    <div className={classes} dir={direction} lang={language} data-auth-status={authStatus}>
      {body}
    </div>
  );
}

/**
 * The whole sign-in experience: one screen per step the backend asks for, then the app. Props are
 * Amplify UI's, and they stay reactive after mount.
 */
export function Authenticator({ components, variation, className, children, ...options }: AuthenticatorProps) {
  const outer = useContext(AuthenticatorContext);
  const view = (
    <AuthenticatorView {...(components === undefined ? {} : { components })} {...(variation === undefined ? {} : { variation })} {...(className === undefined ? {} : { className })}>
      {children}
    </AuthenticatorView>
  );
  const { client } = options;
  if (client) return <AuthenticatorProvider {...options} client={client}>{view}</AuthenticatorProvider>;
  if (!outer) throw new Error('<Authenticator> needs a `client` prop, or an <Authenticator.Provider client={…}> around it.');
  return view;
}

Authenticator.Provider = AuthenticatorProvider;
