import { act, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { AuthClient, AuthEventListener } from '../../../src/index.js';
import { PASSWORD } from '../../support/constants.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { findHeading, signIn } from '../../support/screens.js';

// Amplify's Hub says tokenRefresh_failure when a refresh fails for want of a network too, and keeps the tokens:
// Amplify UI then stays signed in (its defaultAuthHubHandler), and so does the Authenticator.

const EMAIL = 'sam@example.com';

/** The pool's client, with a way for the test to send an event as the client would. */
function withEventSource(client: AuthClient): { client: AuthClient; emit: AuthEventListener } {
  const listeners = new Set<AuthEventListener>();
  const wrapped: AuthClient = Object.create(client) as AuthClient;
  wrapped.subscribe = (listener) => {
    listeners.add(listener);
    const stop = client.subscribe(listener);
    return () => {
      listeners.delete(listener);
      stop();
    };
  };
  return {
    client: wrapped,
    emit: (event) => {
      for (const listener of listeners) listener(event);
    },
  };
}

function networkError(): Error {
  const error = new Error('A network error has occurred.');
  error.name = 'NetworkError';
  return error;
}

it('a refresh that failed offline keeps the user signed in; one the service refused signs them out', async () => {
  let source: ReturnType<typeof withEventSource> | undefined;
  const { user, events } = await renderAuthenticator({
    pool: { users: [{ username: EMAIL, password: PASSWORD }] },
    clientFor: (client) => (source = withEventSource(client)).client,
  });
  await signIn(user, EMAIL, PASSWORD);
  await screen.findByText(`Signed in as ${EMAIL}`);

  act(() => {
    source?.emit({ event: 'tokenRefresh_failure', data: { error: networkError() } });
  });
  expect(screen.getByText(`Signed in as ${EMAIL}`)).toBeDefined();
  expect(events.map((e) => e.type)).toEqual(['signedIn']);

  const refused = new Error('Refresh Token has been revoked');
  refused.name = 'NotAuthorizedException';
  act(() => {
    source?.emit({ event: 'tokenRefresh_failure', data: { error: refused } });
  });
  await findHeading('Sign in');
  expect(events.at(-1)).toMatchObject({ type: 'signedOut', reason: 'sessionExpired' });
});
