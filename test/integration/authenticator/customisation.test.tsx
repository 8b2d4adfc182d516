import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FormFields } from '../../../src/components.js';
import { withAuthenticator, type CodeScreen, type SignedInRenderProps, type SignInScreen } from '../../../src/index.js';
import { createTestPool } from '../../support/local-pool.js';
import { PASSWORD } from '../../support/constants.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { findHeading, input, signIn } from '../../support/screens.js';

const EMAIL = 'cy@example.com';
const users = [{ username: EMAIL, password: PASSWORD }];

function Brand() {
  return <p>Acme Corp</p>;
}

function Legal() {
  return <p>Terms apply</p>;
}

function SignInHeader() {
  return <p>Welcome back</p>;
}

function SignUpFooter() {
  return <p>We never share your email</p>;
}

/** A whole sign-in screen of the app's own, on the same hook the default screen uses. */
function OwnSignIn({ screen: form }: { screen: SignInScreen }) {
  return (
    <form onSubmit={form.onSubmit} aria-label="Members sign-in">
      <label>
        Member email
        <input {...form.register('username')} />
      </label>
      <label>
        Secret
        <input type="password" {...form.register('password')} />
      </label>
      {form.error && <p role="alert">{form.error.message}</p>}
      <button type="submit" disabled={form.isPending}>
        Enter
      </button>
      <button type="button" onClick={form.toForgotPassword}>
        Lost it
      </button>
    </form>
  );
}

/** A confirm-sign-up screen of the app's own, with `gatehouse/components`' FormFields for its code field. */
function OwnConfirmSignUp({ screen: form }: { screen: CodeScreen }) {
  return (
    <form onSubmit={form.onSubmit} aria-label="Confirm membership">
      <FormFields form={form} />
      <button type="submit">Done</button>
    </form>
  );
}

describe('components', () => {
  it('Header and Footer around the Authenticator and per screen', async () => {
    const { user } = await renderAuthenticator({
      props: { components: { Header: Brand, Footer: Legal, SignIn: { Header: SignInHeader }, SignUp: { Footer: SignUpFooter } } },
    });
    const signInScreen = screen.getByRole('region', { name: 'Sign in' });
    within(signInScreen).getByText('Welcome back');
    expect(within(signInScreen).queryByText('Acme Corp')).toBeNull();
    screen.getByText('Acme Corp');
    screen.getByText('Terms apply');
    expect(screen.queryByText('We never share your email')).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Create account' }));
    const signUpScreen = screen.getByRole('region', { name: 'Create an account' });
    within(signUpScreen).getByText('We never share your email');
    expect(screen.queryByText('Welcome back')).toBeNull();
    screen.getByText('Acme Corp');
  });

  it('a whole-screen replacement gets the screen hook and signs in with it', async () => {
    const { user, events } = await renderAuthenticator({
      pool: { users },
      props: { components: { SignIn: { Screen: OwnSignIn } } },
      ready: () => screen.findByRole('form', { name: 'Members sign-in' }),
    });
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    await user.type(screen.getByLabelText('Member email'), EMAIL);
    await user.type(screen.getByLabelText('Secret'), 'Wrong-Passw0rd!');
    await user.click(screen.getByRole('button', { name: 'Enter' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Incorrect username or password.');
    await user.clear(screen.getByLabelText('Secret'));
    await user.type(screen.getByLabelText('Secret'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Enter' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
    expect(events.map((event) => event.type)).toEqual(['signedIn']);
  });

  it('a replacement screen can navigate like the default one', async () => {
    const { user } = await renderAuthenticator({
      props: { components: { SignIn: { Screen: OwnSignIn } } },
      ready: () => screen.findByRole('form', { name: 'Members sign-in' }),
    });
    await user.click(screen.getByRole('button', { name: 'Lost it' }));
    await findHeading('Reset your password');
  });
});

describe('reactive props: a change after mount takes effect, and what the user typed stays', () => {
  async function typed() {
    const harness = await renderAuthenticator();
    const email = input('Email');
    await harness.user.type(email, 'typed@example.com');
    return { harness, email };
  }

  it('formFields', async () => {
    const { harness, email } = await typed();
    harness.rerender({ formFields: { signIn: { username: { label: 'Work email', placeholder: 'you@company.example' } } } });
    expect(input('Work email')).toBe(email);
    expect(email.placeholder).toBe('you@company.example');
    expect(email.value).toBe('typed@example.com');
  });

  it('hideSignUp', async () => {
    const { harness, email } = await typed();
    harness.rerender({ hideSignUp: true });
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(input('Email').value).toBe('typed@example.com');
    harness.rerender({ hideSignUp: false });
    expect(screen.getAllByRole('tab')).toHaveLength(2);
    expect(input('Email').value).toBe('typed@example.com');
    expect(input('Email')).toBe(email);
  });

  it('components', async () => {
    const { harness, email } = await typed();
    harness.rerender({ components: { Header: Brand, SignIn: { Footer: Legal } } });
    screen.getByText('Acme Corp');
    within(screen.getByRole('region', { name: 'Sign in' })).getByText('Terms apply');
    expect(input('Email')).toBe(email);
    expect(email.value).toBe('typed@example.com');
    harness.rerender({ components: { Header: SignInHeader } });
    expect(screen.queryByText('Acme Corp')).toBeNull();
    screen.getByText('Welcome back');
    expect(email.value).toBe('typed@example.com');
  });

  it('language', async () => {
    const { harness, email } = await typed();
    harness.rerender({ language: 'es' });
    // Dictionaries other than English load on demand.
    await findHeading('Iniciar sesión');
    expect(screen.getByLabelText('Correo electrónico', { selector: 'input' })).toBe(email);
    expect(email.value).toBe('typed@example.com');
  });
});

describe('withAuthenticator', () => {
  it('wraps a component that renders once signed in, with user and signOut', async () => {
    const pool = createTestPool({ users });
    function Dashboard({ title, user, signOut }: { title: string } & SignedInRenderProps) {
      return (
        <section>
          <h1>
            {title}: {user.signInDetails?.loginId}
          </h1>
          <button
            type="button"
            onClick={() => {
              signOut();
            }}
          >
            Log out
          </button>
        </section>
      );
    }
    const Protected = withAuthenticator(Dashboard, { client: pool.client, language: 'en' });
    expect(Protected.displayName).toBe('withAuthenticator(Dashboard)');
    render(<Protected title="Dashboard" />);
    const user = userEvent.setup({ delay: null });
    await findHeading('Sign in');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    await signIn(user, EMAIL, PASSWORD);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(`Dashboard: ${EMAIL}`);
    await user.click(screen.getByRole('button', { name: 'Log out' }));
    await findHeading('Sign in');
  });
});

describe('variation="modal"', () => {
  it('is a labelled dialog holding the focus; Escape closes it and leaves a button that reopens it', async () => {
    const { user } = await renderAuthenticator({ pool: { users }, props: { variation: 'modal' } });
    const dialog = screen.getByRole('dialog', { name: 'Sign in or create an account' });
    await waitFor(() => {
      expect(dialog.contains(document.activeElement)).toBe(true);
    });
    within(dialog).getByRole('heading', { level: 2, name: 'Sign in' });

    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    const reopen = screen.getByRole('button', { name: 'Sign in' });
    await user.click(reopen);
    const again = await screen.findByRole('dialog', { name: 'Sign in or create an account' });
    await signIn(user, EMAIL, PASSWORD);
    await screen.findByText(`Signed in as ${EMAIL}`);
    expect(again.isConnected).toBe(false);
  });

  it("`gatehouse/components`' FormFields renders a code screen's code field with the one-time code input", async () => {
    const { user, codeFor } = await renderAuthenticator({
      pool: { users: [{ username: EMAIL, password: PASSWORD, status: 'UNCONFIRMED' }] },
      props: { components: { ConfirmSignUp: { Screen: OwnConfirmSignUp } } },
    });
    await signIn(user, EMAIL, PASSWORD);
    await screen.findByRole('form', { name: 'Confirm membership' });
    const code = input('Code');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    await user.type(code, codeFor(EMAIL));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText(`Signed in as ${EMAIL}`);
  });
});
