import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Authenticator } from '../src/index.ts';
import { PASSWORD } from '../test/support/constants.ts';
import { localPool, USERS } from '../test/support/users.ts';
import { SCREEN_TIMEOUT, screenTitled, signIn } from './support/reach.ts';
import { PENDING, scriptedClient } from '../test/support/scripted-client.ts';
import { renderAuthenticator, withClient } from './support/story.tsx';

const meta = {
  title: 'Screens/Signed in',
  component: Authenticator,
  render: renderAuthenticator,
  ...withClient(() => localPool({ users: [USERS.confirmed] })),
} satisfies Meta<typeof Authenticator>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Without children, the Authenticator shows who is signed in, the account center behind "Manage account", and a way out. */
export const DefaultView: Story = {
  play: async ({ canvasElement }) => {
    await signIn(canvasElement, { login: USERS.confirmed.username, password: PASSWORD });
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(`Signed in as ${USERS.confirmed.username}`, {}, SCREEN_TIMEOUT)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sign out' })).toBeEnabled();
  },
};

/** "Manage account" opens the account center in place, under who is signed in. */
export const DefaultViewAccountCenter: Story = {
  play: async ({ canvasElement }) => {
    await signIn(canvasElement, { login: USERS.confirmed.username, password: PASSWORD });
    const canvas = within(canvasElement);
    const manage = await canvas.findByRole('button', { name: 'Manage account' }, SCREEN_TIMEOUT);
    await userEvent.click(manage);
    await expect(manage).toHaveAttribute('aria-expanded', 'true');
    await expect(await canvas.findByRole('region', { name: 'Profile' }, SCREEN_TIMEOUT)).toBeVisible();
  },
};

/** A session restored at start, shown by the app's own children (a render function of the user and signOut). */
export const RestoredSessionWithChildren: Story = {
  args: {
    children: ({ user, signOut }) => (
      <main>
        <h1>Dashboard</h1>
        <p>Welcome back, {user.signInDetails?.loginId ?? user.username}.</p>
        <button
          type="button"
          onClick={() => {
            signOut();
          }}
        >
          Sign out
        </button>
      </main>
    ),
  },
  ...withClient(() => scriptedClient({ signedIn: true })),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(canvas.getByText('Welcome back, ada@example.com.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
    await screenTitled(canvasElement, 'Sign in');
  },
};

/** A confirmed sign-up that signs in by itself (COMPLETE_AUTO_SIGN_IN): a busy screen while autoSignIn runs. */
export const SigningInAfterSignUp: Story = {
  args: { initialState: 'signUp' },
  ...withClient(() => scriptedClient({ signUp: { isSignUpComplete: true, nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN' } }, autoSignIn: PENDING })),
  play: async ({ canvasElement }) => {
    const form = await screenTitled(canvasElement, 'Create an account');
    await userEvent.type(form.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(form.getByLabelText('New password'), PASSWORD);
    await userEvent.type(form.getByLabelText('Confirm password'), PASSWORD);
    await userEvent.click(form.getByRole('button', { name: 'Create account' }));
    const screen = await screenTitled(canvasElement, 'Signing you in…');
    await expect(canvasElement.querySelector('.gh-working')).toHaveAttribute('aria-busy', 'true');
    // The account exists already: this step leads on by itself, with nothing to go back to.
    await expect(screen.queryByRole('button', { name: 'Back to sign in' })).toBeNull();
  },
};
