import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { Authenticator } from '../src/index.ts';
import { localPool, USERS } from '../test/support/users.ts';
import { reach, screenTitled, type Canvas } from './support/reach.ts';
import { PENDING, scriptedClient, type Script } from '../test/support/scripted-client.ts';
import { renderAuthenticator, scriptedOf, withClient } from './support/story.tsx';

const meta = {
  title: 'Screens/Passwordless',
  component: Authenticator,
  render: renderAuthenticator,
  args: { passwordless: {} },
  ...withClient(() => localPool({ passwordless: { firstFactors: ['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN', 'PASSWORD'] }, users: [USERS.confirmed] })),
} satisfies Meta<typeof Authenticator>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `passwordless.preferredChallenge`: no password field, the email code is the primary button, and the
 * other methods wait behind "Other sign-in options". Signing in sends the code.
 */
export const PreferredChallenge: Story = {
  args: { passwordless: { preferredChallenge: 'EMAIL_OTP' } },
  play: async ({ canvasElement }) => {
    const signIn = await screenTitled(canvasElement, 'Sign in');
    await expect(signIn.queryByLabelText('Password')).toBeNull();
    const others = signIn.getByRole('button', { name: 'Other sign-in options' });
    await expect(others).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(others);
    await expect(others).toHaveAttribute('aria-expanded', 'true');
    for (const method of ['Sign in with text message code', 'Sign in with passkey', 'Sign in with password']) {
      await expect(signIn.getByRole('button', { name: method })).toBeEnabled();
    }
    const screen = await reach(canvasElement, { login: USERS.confirmed.username, submit: 'Sign in with email code' }, 'Enter your code');
    await expect(screen.getByText('We emailed a code to a***@e***.')).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Send a new code' })).toBeEnabled();
  },
};

/** No preferred method: the backend lists what this user can use, and the user picks. */
export const SelectFirstFactor: Story = {
  play: async ({ canvasElement }) => {
    const screen = await reach(canvasElement, { login: USERS.confirmed.username, submit: 'Continue' }, 'Choose how to sign in');
    const choices = screen.getAllByRole('button', { name: /^Sign in with/ });
    await expect(choices.map((button) => button.textContent)).toEqual(['Sign in with email code', 'Sign in with text message code', 'Sign in with password']);
    await expect(screen.getByRole('button', { name: 'Back to sign in' })).toBeEnabled();
  },
};

/** The password chosen as the first factor: its own screen. */
export const SignInPassword: Story = {
  play: async ({ canvasElement }) => {
    const choose = await reach(canvasElement, { login: USERS.confirmed.username, submit: 'Continue' }, 'Choose how to sign in');
    await userEvent.click(choose.getByRole('button', { name: 'Sign in with password' }));
    const screen = await screenTitled(canvasElement, 'Enter your password');
    await expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    await expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  },
};

/** A pool that takes passkeys, and a user who just signed in with an email code and has none yet. */
const passkeyScript: Script = {
  backendConfig: { passwordless: { firstFactors: ['EMAIL_OTP', 'WEB_AUTHN'] } },
  signIn: {
    isSignedIn: false,
    nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', codeDeliveryDetails: { destination: 'a***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' } },
  },
  confirmSignIn: { isSignedIn: true, nextStep: { signInStep: 'DONE' } },
};

async function reachPasskeyPrompt(canvasElement: HTMLElement): Promise<Canvas> {
  const code = await reach(canvasElement, { login: 'ada@example.com', submit: 'Sign in with email code' }, 'Enter your code');
  await userEvent.type(code.getByLabelText('Code'), '12345678');
  await userEvent.click(code.getByRole('button', { name: 'Confirm' }));
  return screenTitled(canvasElement, 'Sign in faster with a passkey');
}

/** After a passwordless sign-in, the offer to create a passkey for next time. */
export const PasskeyPrompt: Story = {
  args: { passwordless: { preferredChallenge: 'EMAIL_OTP' } },
  ...withClient(() => scriptedClient(passkeyScript)),
  play: async ({ canvasElement, loaded }) => {
    const screen = await reachPasskeyPrompt(canvasElement);
    await expect(screen.getByText('Use your fingerprint, face or screen lock to sign in next time. No password or code needed.')).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Create a passkey' })).toBeEnabled();
    await expect(screen.getByRole('button', { name: 'Continue without a passkey' })).toBeEnabled();
    const client = scriptedOf(loaded);
    await expect(client.calls.find((call) => call.name === 'signIn')?.input).toEqual({
      username: 'ada@example.com',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' },
    });
    await expect(client.calls.map((call) => call.name)).toContain('listWebAuthnCredentials');
  },
};

/** While the browser's passkey dialog is open. */
export const PasskeyPromptCreating: Story = {
  args: { passwordless: { preferredChallenge: 'EMAIL_OTP' } },
  ...withClient(() => scriptedClient({ ...passkeyScript, associateWebAuthnCredential: PENDING })),
  play: async ({ canvasElement }) => {
    const screen = await reachPasskeyPrompt(canvasElement);
    await userEvent.click(screen.getByRole('button', { name: 'Create a passkey' }));
    const busy = await screen.findByRole('button', { name: 'Creating passkey…' });
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(screen.getByRole('button', { name: 'Continue without a passkey' })).toBeDisabled();
  },
};
