import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Authenticator } from '../src/index.ts';
import { PASSWORD } from '../test/support/constants.ts';
import { localPool, USERS } from '../test/support/users.ts';
import { reach, screenTitled } from './support/reach.ts';
import { renderAuthenticator, withClient } from './support/story.tsx';

const RESET = { username: 'linus@example.com', password: PASSWORD, status: 'RESET_REQUIRED' } as const;

const meta = {
  title: 'Screens/Reset password',
  component: Authenticator,
  render: renderAuthenticator,
  ...withClient(() => localPool({ users: [USERS.confirmed, RESET] })),
} satisfies Meta<typeof Authenticator>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "Forgot your password?" from sign-in: one field, for the login the code is for. */
export const ForgotPassword: Story = {
  play: async ({ canvasElement }) => {
    const signIn = await screenTitled(canvasElement, 'Sign in');
    await userEvent.click(signIn.getByRole('button', { name: 'Forgot your password?' }));
    const screen = await screenTitled(canvasElement, 'Reset your password');
    await expect(screen.getByText('We will send you a code to reset your password.')).toBeVisible();
    await expect(screen.getByLabelText('Email')).toHaveAttribute('autocomplete', 'username');
    await expect(screen.getByRole('button', { name: 'Send code' })).toBeEnabled();
    await expect(within(canvasElement).queryByRole('tablist')).toBeNull();
  },
};

/** After "Send code": the code, the new password with its checklist, and its confirmation. */
export const ConfirmResetPassword: Story = {
  args: { initialState: 'forgotPassword' },
  play: async ({ canvasElement }) => {
    const forgot = await screenTitled(canvasElement, 'Reset your password');
    await userEvent.type(forgot.getByLabelText('Email'), USERS.confirmed.username);
    await userEvent.click(forgot.getByRole('button', { name: 'Send code' }));
    const screen = await screenTitled(canvasElement, 'Choose a new password');
    await expect(screen.getByText('We emailed a code to a***@e***.')).toBeVisible();
    await expect(screen.getByLabelText('Code')).toBeVisible();
    await expect(screen.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
    await expect(screen.getByLabelText('Confirm password')).toBeVisible();
    await expect(screen.getByText('Password requirements')).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Send a new code' })).toBeEnabled();
  },
};

/**
 * A user whose password an administrator reset: sign-in leads to the reset screen, with a notice why and
 * the login already filled in.
 */
export const ResetRequiredAtSignIn: Story = {
  play: async ({ canvasElement }) => {
    const screen = await reach(canvasElement, { login: RESET.username, password: PASSWORD }, 'Reset your password');
    await expect(screen.getByRole('status')).toHaveTextContent('You need to reset your password before you sign in.');
    await expect(screen.getByLabelText('Email')).toHaveValue(RESET.username);
  },
};
