import { Hub } from 'aws-amplify/utils';
import type { AuthEvent, AuthEventListener, AuthUser } from '../types.js';

interface HubPayload {
  event: string;
  data?: unknown;
}

function errorOf(data: unknown): Error {
  const error = (data as { error?: unknown } | undefined)?.error;
  return error instanceof Error ? error : new Error(String(error));
}

/** Amplify's Hub `auth` payload as a contract event; undefined for the events the contract does not carry. */
export function toAuthEvent(payload: HubPayload): AuthEvent | undefined {
  switch (payload.event) {
    case 'signedIn':
      return { event: 'signedIn', data: payload.data as AuthUser };
    case 'signedOut':
    case 'tokenRefresh':
    case 'signInWithRedirect':
      return { event: payload.event };
    case 'tokenRefresh_failure':
    case 'signInWithRedirect_failure':
      return { event: payload.event, data: { error: errorOf(payload.data) } };
    default:
      return undefined;
  }
}

/** Listens to Hub's `auth` channel; returns the function that stops listening. */
export function subscribeToHub(listener: AuthEventListener): () => void {
  return Hub.listen('auth', ({ payload }) => {
    const event = toAuthEvent(payload);
    if (event) listener(event);
  });
}
