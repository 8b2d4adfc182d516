import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { Authenticator } from '../src/index.ts';
import { PASSWORD } from '../test/support/constants.ts';
import { localPool, USERS } from '../test/support/users.ts';
import { reach, screenTitled } from './support/reach.ts';
import { renderAuthenticator, withClient } from './support/story.tsx';

const meta = {
  title: 'Screens/Verify contact',
  component: Authenticator,
  render: renderAuthenticator,
  ...withClient(() => localPool({ users: [USERS.unverified] })),
} satisfies Meta<typeof Authenticator>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Signed in, but no contact is verified: the user picks where a verification code goes, or skips. */
export const VerifyUser: Story = {
  play: async ({ canvasElement }) => {
    const screen = await reach(canvasElement, { login: USERS.unverified.username, password: PASSWORD }, 'Verify your contact details');
    const group = screen.getByRole('radiogroup', { name: 'Where should we send a code?' });
    await expect(group).toBeVisible();
    await expect(screen.getByRole('radio', { name: /Email/ })).toBeChecked();
    await expect(screen.getByRole('radio', { name: /Phone number/ })).not.toBeChecked();
    await expect(screen.getByText(USERS.unverified.username)).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Skip' })).toBeEnabled();
  },
};

/** After "Send code": the code that verifies the chosen contact. */
export const ConfirmVerifyUser: Story = {
  play: async ({ canvasElement }) => {
    const verify = await reach(canvasElement, { login: USERS.unverified.username, password: PASSWORD }, 'Verify your contact details');
    await userEvent.click(verify.getByRole('radio', { name: /Phone number/ }));
    await userEvent.click(verify.getByRole('button', { name: 'Send code' }));
    const screen = await screenTitled(canvasElement, 'Enter your verification code');
    await expect(screen.getByText('We texted a code to +*******0104.')).toBeVisible();
    await expect(screen.getByLabelText('Code')).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(screen.getByRole('button', { name: 'Skip' })).toBeEnabled();
    await expect(screen.queryByRole('button', { name: 'Back to sign in' })).toBeNull();
  },
};
