import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, type ComponentProps, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Authenticator, useAuthenticator } from '../../../src/index.js';
import type * as FormFieldsModule from '../../../src/screens/shared/FormFields.js';
import type * as PasswordChecklistModule from '../../../src/screens/shared/PasswordChecklist.js';
import { createTestPool } from '../../support/local-pool.js';
import { PASSWORD, renderAuthenticator } from '../support/render-authenticator.js';
import { findAlertText, findHeading, input, signIn } from '../support/screens.js';

const EMAIL = 'rc@example.com';

/** Renders of the screens' field list (one per screen render) and of the password checklist. */
const renders = vi.hoisted(() => ({ formFields: 0, checklist: 0 }));

/** Counting is this test's one intended side effect of rendering. */
function countRender(component: keyof typeof renders): void {
  renders[component] += 1;
}

vi.mock('../../../src/screens/shared/FormFields.js', async (importOriginal) => {
  const original = await importOriginal<typeof FormFieldsModule>();
  function CountedFormFields(props: ComponentProps<typeof original.FormFields>) {
    countRender('formFields');
    return <original.FormFields {...props} />;
  }
  return { ...original, FormFields: CountedFormFields };
});

vi.mock('../../../src/screens/shared/PasswordChecklist.js', async (importOriginal) => {
  const original = await importOriginal<typeof PasswordChecklistModule>();
  // Called, not rendered: its useWatch then belongs to this component, so each live update counts here.
  function CountedChecklist(props: ComponentProps<typeof original.PasswordChecklist>) {
    countRender('checklist');
    return original.PasswordChecklist(props);
  }
  return { ...original, PasswordChecklist: CountedChecklist };
});

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
    expect(withSelector.counter.commits).toBe(1);

    // A failed sign-in: pending on, then off with an error; the route stays.
    await signIn(user, EMAIL, 'Wrong-Passw0rd!');
    expect(await findAlertText()).toBe('Incorrect username or password.');
    expect(withSelector.counter.commits).toBe(1);
    const afterFailure = withoutSelector.counter.commits;
    expect(afterFailure).toBeGreaterThanOrEqual(3);

    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    await findHeading('Reset your password');
    expect(screen.getByTestId('route-only').textContent).toBe('forgotPassword');
    expect(withSelector.counter.commits).toBe(2);

    await user.clear(input('Email'));
    await user.type(input('Email'), EMAIL);
    expect(withSelector.counter.commits).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await findHeading('Choose a new password');
    expect(screen.getByTestId('route-only').textContent).toBe('confirmResetPassword');
    expect(withSelector.counter.commits).toBe(3);
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

  it('sign-up: typing the password re-renders the live checklist, not the screen', async () => {
    const { user } = await renderAuthenticator();
    await user.click(screen.getByRole('tab', { name: 'Create account' }));
    await findHeading('Create an account');
    renders.formFields = 0;
    renders.checklist = 0;
    await user.type(input('New password'), 'abc');
    expect(renders.checklist).toBe(3);
    expect(renders.formFields).toBe(0);
    // The counts do see a screen render: a failed submit re-renders the fields with their errors.
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => {
      expect(renders.formFields).toBeGreaterThan(0);
    });
  });

  it('switching between the sign-in and sign-up tabs is one paint each', async () => {
    // react-hook-form's useForm re-renders once in a layout effect when a form mounts (its isReady flag):
    // React commits that 'nested-update' synchronously, before the browser paints. So a route change is one
    // 'update' commit, plus that one nested commit of the new form, and nothing else.
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
    expect(phases).toStrictEqual(['update', 'nested-update']);
    phases.length = 0;
    await user.click(screen.getByRole('tab', { name: 'Sign in' }));
    await findHeading('Sign in');
    expect(phases).toStrictEqual(['update', 'nested-update']);
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
    expect(await screen.findByText(`Signed in as ${EMAIL}`)).toBeTruthy();
  });
});
