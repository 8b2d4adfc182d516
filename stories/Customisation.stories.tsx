import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Authenticator, type SignInScreen } from '../src/index.ts';
import { PASSWORD } from '../test/support/constants.ts';
import { localPool, USERS } from '../test/support/users.ts';
import { SCREEN_TIMEOUT, screenTitled, signIn } from './support/reach.ts';
import { renderAuthenticator, withClient } from './support/story.tsx';

const meta = {
  title: 'Customisation',
  component: Authenticator,
  render: renderAuthenticator,
  ...withClient(() => localPool({ users: [USERS.confirmed] })),
} satisfies Meta<typeof Authenticator>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `variation="modal"`: the screens in a labelled dialog; closed, a button opens it again. */
export const Modal: Story = {
  args: { variation: 'modal' },
  play: async ({ canvasElement }) => {
    // The dialog is portalled to the body, outside the story's root.
    const page = within(canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('dialog', { name: 'Sign in or create an account' }, SCREEN_TIMEOUT);
    await expect(within(dialog).getByRole('heading', { level: 2, name: 'Sign in' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(page.queryByRole('dialog')).toBeNull();
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Sign in' }));
    const reopened = await page.findByRole('dialog', { name: 'Sign in or create an account' });
    await expect(within(reopened).getByLabelText('Email')).toBeVisible();
  },
};

/** The dark theme, from `data-theme="dark"` on an ancestor (the Theme toolbar sets it on every story). */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await screenTitled(canvasElement, 'Sign in');
    const card = canvasElement.querySelector('.gh-screen');
    await expect(card?.closest('[data-theme]')).toHaveAttribute('data-theme', 'dark');
    await expect(card).toHaveStyle({ backgroundColor: 'rgb(22, 27, 34)', color: 'rgb(230, 237, 243)' });
  },
};

/** `language="ar"`: Arabic strings, and the layout mirrored right to left. */
export const ArabicRtl: Story = {
  args: { language: 'ar' },
  play: async ({ canvasElement }) => {
    await screenTitled(canvasElement, 'تسجيل الدخول');
    const root = canvasElement.querySelector('.gatehouse');
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(root).toHaveAttribute('lang', 'ar');
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tablist', { name: 'تسجيل الدخول أو إنشاء حساب' })).toBeVisible();
    await expect(canvas.getByLabelText('البريد الإلكتروني')).toBeVisible();
    await expect(canvas.getByLabelText('كلمة المرور')).toBeVisible();
  },
};

function AcmeLogo() {
  return (
    <p style={{ textAlign: 'center', fontWeight: 700, fontSize: '1.25rem', margin: '0 0 1rem' }}>
      <span aria-hidden="true">◆ </span>Acme
    </p>
  );
}

function AcmeFooter() {
  return <p style={{ textAlign: 'center', fontSize: '0.875rem', margin: '1rem 0 0' }}>© 2026 Acme Corporation</p>;
}

function SignInHeader() {
  return <p style={{ margin: 0 }}>Welcome back.</p>;
}

function SignInFooter() {
  return <p style={{ margin: 0, fontSize: '0.875rem' }}>By signing in you accept the Acme terms of use.</p>;
}

/** `components`: a Header and Footer around every screen, and another pair inside the sign-in screen only. */
export const CustomHeaderAndFooter: Story = {
  args: { components: { Header: AcmeLogo, Footer: AcmeFooter, SignIn: { Header: SignInHeader, Footer: SignInFooter } } },
  play: async ({ canvasElement }) => {
    const screen = await screenTitled(canvasElement, 'Sign in');
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Acme')).toBeVisible();
    await expect(canvas.getByText('© 2026 Acme Corporation')).toBeVisible();
    await expect(screen.getByText('Welcome back.')).toBeVisible();
    await expect(screen.getByText('By signing in you accept the Acme terms of use.')).toBeVisible();
    // The sign-in screen's own slots leave with it; the Authenticator's stay.
    await userEvent.click(canvas.getByRole('tab', { name: 'Create account' }));
    await screenTitled(canvasElement, 'Create an account');
    await expect(canvas.queryByText('Welcome back.')).toBeNull();
    await expect(canvas.getByText('© 2026 Acme Corporation')).toBeVisible();
  },
};

/** A whole sign-in screen of the app's own, driven by the same hook the default screen uses. */
function AcmeSignIn({ screen }: { screen: SignInScreen }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} style={{ display: 'grid', gap: '0.75rem', padding: '1.5rem', background: '#fff', border: '2px solid #1b1f24', borderRadius: 0 }}>
      <h2 id={`${id}-title`} style={{ margin: 0 }}>
        Welcome back to Acme
      </h2>
      {screen.error && <p role="alert">{screen.error.message}</p>}
      <form onSubmit={screen.onSubmit} noValidate style={{ display: 'grid', gap: '0.75rem' }}>
        {screen.fields.map((field) => {
          const error = screen.fieldErrors[field.name];
          return (
            <div key={field.name} style={{ display: 'grid', gap: '0.25rem' }}>
              <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
              <input
                id={`${id}-${field.name}`}
                type={field.kind === 'password' ? 'password' : 'text'}
                autoComplete={field.autoComplete}
                aria-invalid={error === undefined ? undefined : true}
                aria-describedby={error === undefined ? undefined : `${id}-${field.name}-error`}
                {...screen.register(field.name)}
              />
              {error !== undefined && <span id={`${id}-${field.name}-error`}>{error}</span>}
            </div>
          );
        })}
        <button type="submit" disabled={screen.isPending}>
          {screen.isPending ? 'Checking…' : 'Continue to Acme'}
        </button>
      </form>
      <button type="button" onClick={screen.toForgotPassword}>
        Trouble signing in?
      </button>
    </section>
  );
}

/** `components.SignIn.Screen` replaces the screen; the flow behind it is unchanged. */
export const ReplacedSignInScreen: Story = {
  args: { components: { SignIn: { Screen: AcmeSignIn } } },
  play: async ({ canvasElement }) => {
    await screenTitled(canvasElement, 'Welcome back to Acme');
    await signIn(canvasElement, { login: USERS.confirmed.username, password: PASSWORD, submit: 'Continue to Acme' });
    await expect(await within(canvasElement).findByText(`Signed in as ${USERS.confirmed.username}`, {}, SCREEN_TIMEOUT)).toBeVisible();
  },
};
