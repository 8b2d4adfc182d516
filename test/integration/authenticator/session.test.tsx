import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuthenticatorEvent, SignedInRenderProps } from '../../../src/index.js';
import { HOUR } from '../../support/local-pool.js';
import { PASSWORD } from '../../support/constants.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { findHeading, signIn } from '../../support/screens.js';

const EMAIL = 'sam@example.com';
const users = [{ username: EMAIL, password: PASSWORD }];

function App({ user, signOut }: SignedInRenderProps) {
  return (
    <main>
      <h1>Welcome, {user.signInDetails?.loginId}</h1>
      <p>id {user.userId}</p>
      <button
        type="button"
        onClick={() => {
          signOut();
        }}
      >
        Leave
      </button>
    </main>
  );
}

/** onAuthEvent's events without the user object, which is checked on its own. */
function summary(events: readonly AuthenticatorEvent[]): string[] {
  return events.map((event) => (event.type === 'signedIn' ? `signedIn:${event.method}` : event.type === 'signedOut' ? `signedOut:${event.reason}` : event.type));
}

describe('the authenticated view', () => {
  it('gives a render function the user and signOut; signing out returns to sign-in', async () => {
    const { user, client, events } = await renderAuthenticator({ pool: { users }, props: { children: App } });
    await signIn(user, EMAIL, PASSWORD);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(`Welcome, ${EMAIL}`);
    const current = await client.getCurrentUser();
    screen.getByText(`id ${current.userId}`);
    expect(screen.queryByRole('tablist')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Leave' }));
    await findHeading('Sign in');
    await expect(client.getCurrentUser()).rejects.toThrow();
    expect(summary(events)).toEqual(['signedIn:password', 'signedOut:signOut']);
    const [signedIn] = events;
    expect(signedIn?.type === 'signedIn' && signedIn.user.userId).toBe(current.userId);
  });

  it('renders plain children once signed in, and nothing of them before', async () => {
    const { user } = await renderAuthenticator({ pool: { users }, props: { children: <p>The app</p> } });
    expect(screen.queryByText('The app')).toBeNull();
    await signIn(user, EMAIL, PASSWORD);
    await screen.findByText('The app');
  });

  it('the default view says who is signed in and has a Sign out button', async () => {
    const { user, events } = await renderAuthenticator({ pool: { users } });
    await signIn(user, EMAIL, PASSWORD);
    await screen.findByText(`Signed in as ${EMAIL}`);
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await findHeading('Sign in');
    expect(summary(events)).toEqual(['signedIn:password', 'signedOut:signOut']);
  });

  it('a session that already exists shows the app straight away', async () => {
    const { events } = await renderAuthenticator({
      pool: { users },
      props: { children: App },
      prepare: (pool) => pool.client.signIn({ username: EMAIL, password: PASSWORD }),
    });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(`Welcome, ${EMAIL}`);
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(summary(events)).toEqual(['signedIn:restoredSession']);
  });
});

describe('sign-outs from outside the Authenticator', () => {
  it('client.signOut() called by the app returns it to sign-in', async () => {
    const { user, client, events } = await renderAuthenticator({ pool: { users } });
    await signIn(user, EMAIL, PASSWORD);
    await screen.findByText(`Signed in as ${EMAIL}`);
    await act(() => client.signOut());
    await findHeading('Sign in');
    expect(screen.queryByText(`Signed in as ${EMAIL}`)).toBeNull();
    expect(summary(events)).toEqual(['signedIn:password', 'signedOut:otherTab']);
  });

  it('a failed token refresh (global sign-out elsewhere, access token expired) returns it to sign-in', async () => {
    const { user, client, pool, events } = await renderAuthenticator({ pool: { users } });
    await signIn(user, EMAIL, PASSWORD);
    await screen.findByText(`Signed in as ${EMAIL}`);

    const other = pool.otherDevice();
    await other.client.signIn({ username: EMAIL, password: PASSWORD });
    await other.client.signOut({ global: true });
    pool.advance(HOUR + 1);
    await act(async () => {
      await client.fetchAuthSession();
    });

    await findHeading('Sign in');
    expect(summary(events)).toEqual(['signedIn:password', 'signedOut:sessionExpired']);
  });
});

describe('onAuthEvent', () => {
  it('reports a sign-up with auto sign-in as method signUp', async () => {
    const { user, codeFor, events } = await renderAuthenticator();
    await user.click(screen.getByRole('tab', { name: 'Create account' }));
    await findHeading('Create an account');
    await user.type(screen.getByLabelText('Email'), 'new@example.com');
    await user.type(screen.getByLabelText('New password'), PASSWORD);
    await user.type(screen.getByLabelText('Confirm password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await findHeading('Confirm your account');
    await user.type(screen.getByLabelText('Code'), codeFor('new@example.com'));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText('Signed in as new@example.com');
    expect(summary(events)).toEqual(['signedIn:signUp']);
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await findHeading('Sign in');
    expect(summary(events)).toEqual(['signedIn:signUp', 'signedOut:signOut']);
  });
});
