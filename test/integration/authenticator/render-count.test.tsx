import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { Authenticator, useAuthenticator } from '../../../src/index.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { PASSWORD } from '../../support/constants.js';
import { createTestPool } from '../../support/local-pool.js';
import { checklist, findAlertText, findHeading, input, signIn } from '../../support/screens.js';

const EMAIL = 'rc@example.com';

/** Counts the commits of what it wraps. */
function commitCounter() {
  const counter = { commits: 0 };
  function Counted({ id, children }: { id: string; children: ReactNode }) {
    return (
      <Profiler
        id={id}
        onRender={() => {
          counter.commits += 1;
        }}
      >
        {children}
      </Profiler>
    );
  }
  return { counter, Counted };
}

const pickRoute = (context: { route: string }) => [context.route];

function RouteOnly() {
  const { route } = useAuthenticator(pickRoute);
  return <p data-testid="route-only">{route}</p>;
}

function Everything() {
  const { route, isPending } = useAuthenticator();
  return <p data-testid="everything">{`${route}${isPending ? ' pending' : ''}`}</p>;
}

describe('useAuthenticator(selector)', () => {
  it('re-renders a component once per route change, not when isPending or the error change; without a selector, on every change', async () => {
    const pool = createTestPool({ network: { latencyMs: 20 }, users: [{ username: EMAIL, password: PASSWORD }] });
    const withSelector = commitCounter();
    const withoutSelector = commitCounter();
    render(
      <Authenticator.Provider client={pool.client} language="en">
        <withSelector.Counted id="route-only">
          <RouteOnly />
        </withSelector.Counted>
        <withoutSelector.Counted id="everything">
          <Everything />
        </withoutSelector.Counted>
        <Authenticator />
      </Authenticator.Provider>,
    );
    const user = userEvent.setup({ delay: null });
    await findHeading('Sign in');
    await waitFor(() => {
      expect(document.querySelector('[data-auth-status]')?.getAttribute('data-auth-status')).toBe('unauthenticated');
    });
    // Amplify UI's `idle` while the session is looked for, then the sign-in screen.
    expect(screen.getByTestId('route-only').textContent).toBe('signIn');
    expect(withSelector.counter.commits).toBe(2);

    // A failed sign-in: pending on, then off with an error; the route stays.
    await signIn(user, EMAIL, 'Wrong-Passw0rd!');
    expect(await findAlertText()).toBe('Incorrect username or password.');
    expect(withSelector.counter.commits).toBe(2);
    const afterFailure = withoutSelector.counter.commits;
    expect(afterFailure).toBeGreaterThanOrEqual(3);

    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    await findHeading('Reset your password');
    expect(screen.getByTestId('route-only').textContent).toBe('forgotPassword');
    expect(withSelector.counter.commits).toBe(3);

    await user.clear(input('Email'));
    await user.type(input('Email'), EMAIL);
    expect(withSelector.counter.commits).toBe(3);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await findHeading('Choose a new password');
    expect(screen.getByTestId('route-only').textContent).toBe('confirmResetPassword');
    expect(withSelector.counter.commits).toBe(4);
    // Pending on, then the new route: at least two more for the component without a selector.
    expect(withoutSelector.counter.commits).toBeGreaterThanOrEqual(afterFailure + 3);
  });
});

describe('typing re-renders nothing', () => {
  it('sign-in: no commit while typing in either field (and a submit does commit)', async () => {
    const { counter, Counted } = commitCounter();
    const { user } = await renderAuthenticator({ wrap: (authenticator) => <Counted id="authenticator">{authenticator}</Counted> });
    counter.commits = 0;
    await user.type(input('Email'), EMAIL);
    await user.type(input('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    const toggleCommits = counter.commits;
    expect(toggleCommits).toBe(1);
    await user.type(input('Password'), 'more');
    expect(counter.commits).toBe(toggleCommits);

    await user.clear(input('Email'));
    counter.commits = 0;
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => {
      expect(counter.commits).toBeGreaterThan(0);
    });
  });

  it('sign-up: no commit while typing the email or the confirmation', async () => {
    const { counter, Counted } = commitCounter();
    const { user } = await renderAuthenticator({ wrap: (authenticator) => <Counted id="authenticator">{authenticator}</Counted> });
    await user.click(screen.getByRole('tab', { name: 'Create account' }));
    await findHeading('Create an account');
    counter.commits = 0;
    await user.type(input('Email'), EMAIL);
    await user.type(input('Confirm password'), PASSWORD);
    expect(counter.commits).toBe(0);
  });

  it('sign-up: typing the password commits once a keystroke, for the live checklist', async () => {
    const { counter, Counted } = commitCounter();
    const { user } = await renderAuthenticator({ wrap: (authenticator) => <Counted id="authenticator">{authenticator}</Counted> });
    await user.click(screen.getByRole('tab', { name: 'Create account' }));
    await findHeading('Create an account');
    counter.commits = 0;
    await user.type(input('New password'), 'abc');
    expect(counter.commits).toBe(3);
    expect(checklist()).toMatchObject({ 'a lowercase letter': 'met', 'an uppercase letter': 'missing' });
  });

  it('switching between the sign-in and sign-up tabs is one paint each', async () => {
    // A form may settle in a layout effect as it mounts ('nested-update'): React commits that before the
    // browser paints. What must not happen is a second update after the paint.
    const phases: string[] = [];
    const { user } = await renderAuthenticator({
      wrap: (authenticator) => (
        <Profiler id="authenticator" onRender={(_id, phase) => phases.push(phase)}>
          {authenticator}
        </Profiler>
      ),
    });
    phases.length = 0;
    await user.click(screen.getByRole('tab', { name: 'Create account' }));
    await findHeading('Create an account');
    expect(phases.filter((phase) => phase === 'update')).toHaveLength(1);
    phases.length = 0;
    await user.click(screen.getByRole('tab', { name: 'Sign in' }));
    await findHeading('Sign in');
    expect(phases.filter((phase) => phase === 'update')).toHaveLength(1);
  });
});

describe('sanity', () => {
  it('the counted Authenticator still signs in', async () => {
    const { Counted } = commitCounter();
    const { user } = await renderAuthenticator({
      pool: { users: [{ username: EMAIL, password: PASSWORD }] },
      wrap: (authenticator) => <Counted id="authenticator">{authenticator}</Counted>,
    });
    await signIn(user, EMAIL, PASSWORD);
    await screen.findByText(`Signed in as ${EMAIL}`);
  });
});
