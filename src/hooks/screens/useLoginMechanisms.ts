import type { LoginMechanism } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';

/** How users sign in: the prop, else what the backend says, else email. */
export function useLoginMechanisms(): LoginMechanism[] {
  const { options, backend } = useAuthenticatorContext();
  return options.loginMechanisms ?? backend.loginMechanisms ?? ['email'];
}
