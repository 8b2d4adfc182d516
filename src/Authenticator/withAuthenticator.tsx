import type { ComponentType } from 'react';
import type { AuthUser } from '../client/types.js';
import type { UseAuthenticator } from '../hooks/useAuthenticator.js';
import { Authenticator, type AuthenticatorProps, type SignedInRenderProps } from './Authenticator.js';

/** Amplify UI's `SignOut`: `onClick={signOut}` works, as does `signOut({ global: true })`. */
export type SignOut = UseAuthenticator['signOut'];

/** What a component wrapped by `withAuthenticator` receives, typed as Amplify UI types it. */
export interface WithAuthenticatorProps {
  signOut?: SignOut;
  user?: AuthUser;
}

export type WithAuthenticatorOptions = Omit<AuthenticatorProps, 'children'>;

/**
 * Wraps a component so that it renders only once signed in, receiving its own props plus `user` and
 * `signOut`. As in Amplify UI the options are optional and the variation is `modal` unless they say otherwise;
 * the client comes from them, or from an `<Authenticator.Provider>` around it.
 */
// The component may take `user` as defined: it is, whenever the component renders (a superset of Amplify UI's typing).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- Amplify UI's default: a component with no props of its own
export function withAuthenticator<Props = {}>(Component: ComponentType<Props & SignedInRenderProps>, options: WithAuthenticatorOptions = {}) {
  const { variation = 'modal' } = options;
  function WithAuthenticator(props: Props) {
    return (
      <Authenticator {...options} variation={variation}>
        {(session) => <Component {...props} {...session} />}
      </Authenticator>
    );
  }
  WithAuthenticator.displayName = `withAuthenticator(${Component.displayName ?? Component.name})`;
  return WithAuthenticator;
}
