import type { ComponentType } from 'react';
import { Authenticator, type AuthenticatorProps, type SignedInRenderProps } from './Authenticator.js';

/** Wraps a component so that it renders only once signed in, receiving `user` and `signOut`. */
export function withAuthenticator<Props extends object>(Component: ComponentType<Props & SignedInRenderProps>, options: Omit<AuthenticatorProps, 'children'>) {
  function WithAuthenticator(props: Props) {
    return <Authenticator {...options}>{(session) => <Component {...props} {...session} />}</Authenticator>;
  }
  WithAuthenticator.displayName = `withAuthenticator(${Component.displayName ?? Component.name})`;
  return WithAuthenticator;
}
