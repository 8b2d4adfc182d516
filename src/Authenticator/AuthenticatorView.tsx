import { Suspense, lazy, useEffect, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { AuthUser } from '../client/types.js';
import { useAuthenticatorContext } from '../hooks/context.js';
import { useAuthenticator, type UseAuthenticator } from '../hooks/useAuthenticator.js';
import type { AuthenticatorComponents } from './overrides.js';
import { useEngagement } from './engagement.js';
import { Router } from './Router.js';
import { SignedIn } from './SignedIn.js';

export interface SignedInRenderProps {
  user: AuthUser;
  signOut: UseAuthenticator['signOut'];
}

/** `data-*` attributes, put on the root element as given. */
export type DataAttributes = { [Name in `data-${string}`]?: string | number | boolean | undefined };

export interface AuthenticatorViewProps extends DataAttributes {
  components?: AuthenticatorComponents;
  /** `modal` shows the screens in a dialog over the page. */
  variation?: 'default' | 'modal';
  /** Added to the root element (class `gatehouse`). */
  className?: string;
  id?: string;
  style?: CSSProperties;
  /** What to show once signed in: elements, or a function of the user and signOut. */
  children?: ReactNode | ((props: SignedInRenderProps) => ReactNode);
}

const pickStatus = (context: UseAuthenticator) => [context.authStatus, context.user, context.routeDetails, context.isPending];

// Radix's dialog is fetched only by apps that use the modal variation.
const ModalFrame = lazy(() => import('./ModalFrame.js').then((m) => ({ default: m.ModalFrame })));

/** The root element's attributes: the app's, then the state an app's CSS can key on. */
function rootAttributes(props: AuthenticatorViewProps, state: Pick<UseAuthenticator, 'authStatus' | 'routeDetails' | 'isPending'>, variation: string) {
  const data = Object.fromEntries(Object.entries(props).filter(([name]) => name.startsWith('data-')));
  return {
    ...data,
    ...(props.id === undefined ? {} : { id: props.id }),
    ...(props.style === undefined ? {} : { style: props.style }),
    className: ['gatehouse', props.className].filter(Boolean).join(' '),
    'data-auth-status': state.authStatus,
    'data-route': state.routeDetails.name,
    'data-variation': variation,
    ...(state.isPending ? { 'data-pending': '' } : {}),
  };
}

/** What the Authenticator renders: the screens in a card (or a dialog), then the app once signed in. */
export function AuthenticatorView({ rootRef, ...props }: AuthenticatorViewProps & { rootRef: Ref<HTMLDivElement> | undefined }) {
  const { components, variation = 'default', children } = props;
  const { engine, direction, language } = useAuthenticatorContext();
  const state = useAuthenticator(pickStatus);
  const { authStatus, user, signOut } = state;
  const intent = useEngagement(engine, state.routeDetails.name);
  // A Provider with no view is Amplify UI's `setup` route.
  useEffect(() => engine.viewMounted(), [engine]);
  const attributes = { ...rootAttributes(props, state, variation), dir: direction, lang: language };

  if (authStatus === 'authenticated' && user) {
    if (typeof children === 'function') return children({ user, signOut });
    return (
      children ?? (
        <div ref={rootRef} {...attributes}>
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
  const { Header, Footer } = components ?? {};
  const body = (
    <>
      {Header && <Header />}
      <div className="gh-card" {...intent}>
        <Router components={components} />
      </div>
      {Footer && <Footer />}
    </>
  );
  if (variation === 'modal') {
    return (
      <Suspense fallback={null}>
        <ModalFrame rootRef={rootRef} attributes={attributes} appClassName={props.className}>
          {body}
        </ModalFrame>
      </Suspense>
    );
  }
  return (
    <div ref={rootRef} {...attributes}>
      {body}
    </div>
  );
}
