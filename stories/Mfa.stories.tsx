import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AuthError, Authenticator } from '../src/index.ts';
import { PASSWORD, TOTP_SECRET } from '../test/support/constants.ts';
import { localPool, USERS } from '../test/support/users.ts';
import { reach } from './support/reach.ts';
import { scriptedClient, totpSetup } from '../test/support/scripted-client.ts';
import { renderAuthenticator, scriptedOf, withClient } from './support/story.tsx';

const meta = {
  title: 'Screens/Two-step verification',
  component: Authenticator,
  render: renderAuthenticator,
  ...withClient(() =>
    localPool({
      mfa: { enforcement: 'OPTIONAL', types: ['SMS', 'TOTP', 'EMAIL'] },
      users: [USERS.sms, USERS.emailMfa, USERS.twoFactors],
    }),
  ),
} satisfies Meta<typeof Authenticator>;

export default meta;
type Story = StoryObj<typeof meta>;

/** SMS MFA: the pool texted a code, and the screen says where (masked). */
export const ConfirmSignInSms: Story = {
  play: async ({ canvasElement }) => {
    const screen = await reach(canvasElement, { login: USERS.sms.username, password: PASSWORD }, 'Enter your code');
    await expect(screen.getByText('We texted a code to +*******0100.')).toBeVisible();
    await expect(screen.getByLabelText('Code')).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(screen.getByRole('button', { name: 'Confirm' })).toBeEnabled();
  },
};

/** A pool that tracks devices by the user's choice: "Remember this device" under the code, so the next sign-in skips it. */
export const ConfirmSignInRememberDevice: Story = {
  ...withClient(() => localPool({ deviceTracking: 'userOptIn', mfa: { enforcement: 'OPTIONAL', types: ['SMS'] }, users: [USERS.sms] })),
  play: async ({ canvasElement }) => {
    const screen = await reach(canvasElement, { login: USERS.sms.username, password: PASSWORD }, 'Enter your code');
    const box = screen.getByRole('checkbox', { name: 'Remember this device' });
    await expect(box).not.toBeChecked();
    await userEvent.click(box);
    await expect(box).toBeChecked();
  },
};

/** Email MFA. */
export const ConfirmSignInEmail: Story = {
  play: async ({ canvasElement }) => {
    const screen = await reach(canvasElement, { login: USERS.emailMfa.username, password: PASSWORD }, 'Enter your code');
    await expect(screen.getByText('We emailed a code to m***@e***.')).toBeVisible();
    await expect(screen.getByLabelText('Code')).toBeVisible();
  },
};

/** TOTP MFA after a wrong code: the error is announced, put on the field, and the field is cleared for a new try. */
export const ConfirmSignInTotpCodeMismatch: Story = {
  ...withClient(() =>
    scriptedClient({
      signIn: { isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } },
      confirmSignIn: new AuthError({ name: 'CodeMismatchException', message: 'Invalid code received for user' }),
    }),
  ),
  play: async ({ canvasElement, loaded }) => {
    const screen = await reach(canvasElement, { login: 'ada@example.com', password: PASSWORD }, 'Enter your code');
    await expect(screen.getByText('Open your authenticator app and enter the 6-digit code it shows for this account.')).toBeVisible();
    const code = screen.getByLabelText('Code');
    await userEvent.type(code, '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    const message = 'That code is not right. Check it and try again.';
    await expect(await screen.findByRole('alert')).toHaveTextContent(message);
    await waitFor(async () => {
      await expect(code).toHaveAccessibleDescription(message);
    });
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(code).toHaveValue('');
    await expect(code).toHaveFocus();
    await expect(scriptedOf(loaded).calls.at(-1)).toEqual({ name: 'confirmSignIn', input: { challengeResponse: '123456' } });
  },
};

/** TOTP setup at sign-in: the QR code, the key in groups of four to type by hand, and the first code. */
export const SetupTotp: Story = {
  args: { totpIssuer: 'Gatehouse' },
  ...withClient(() =>
    scriptedClient({
      signIn: { isSignedIn: false, nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', totpSetupDetails: totpSetup(TOTP_SECRET) } },
    }),
  ),
  play: async ({ canvasElement }) => {
    const screen = await reach(canvasElement, { login: 'ada@example.com', password: PASSWORD }, 'Set up your authenticator app');
    const qr = screen.getByRole('img', { name: 'QR code to add ada@example.com to an authenticator app' });
    await waitFor(async () => {
      await expect(qr).toHaveAttribute('aria-busy', 'false');
    });
    await expect(qr.querySelector('svg')).not.toBeNull();
    await expect(screen.getByText('JBSW Y3DP EHPK 3PXP')).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Copy key' })).toBeEnabled();
    await expect(screen.getByLabelText('Code')).toBeVisible();
  },
};

/** Two MFA types enabled and none preferred: the user picks one. */
export const SelectMfaType: Story = {
  play: async ({ canvasElement }) => {
    const screen = await reach(canvasElement, { login: USERS.twoFactors.username, password: PASSWORD }, 'Choose how to verify it’s you');
    const group = screen.getByRole('radiogroup', { name: 'Verification method' });
    const options = within(group).getAllByRole('radio');
    await expect(options).toHaveLength(2);
    await expect(within(group).getByRole('radio', { name: /Text message/ })).toBeChecked();
    await expect(within(group).getByRole('radio', { name: /Authenticator app/ })).not.toBeChecked();
  },
};

/** MFA required and not set up yet, with TOTP and email allowed: the user picks what to set up. */
export const SelectMfaSetupType: Story = {
  ...withClient(() => localPool({ mfa: { enforcement: 'ON', types: ['TOTP', 'EMAIL'] }, users: [USERS.confirmed] })),
  play: async ({ canvasElement }) => {
    const screen = await reach(canvasElement, { login: USERS.confirmed.username, password: PASSWORD }, 'Add a second sign-in step');
    await expect(screen.getByText('Your account needs two-step verification. Choose how you would like to get your codes.')).toBeVisible();
    const group = screen.getByRole('radiogroup', { name: 'Verification method' });
    await expect(within(group).getAllByRole('radio')).toHaveLength(2);
    await expect(within(group).getByRole('radio', { name: /Authenticator app/ })).toBeChecked();
    await expect(within(group).getByRole('radio', { name: /Email/ })).toBeVisible();
  },
};

/** Email MFA required and not set up: the address that will receive sign-in codes. */
export const SetupEmail: Story = {
  ...withClient(() => localPool({ mfa: { enforcement: 'ON', types: ['EMAIL'] }, users: [USERS.confirmed] })),
  play: async ({ canvasElement }) => {
    const screen = await reach(canvasElement, { login: USERS.confirmed.username, password: PASSWORD }, 'Add an email address for sign-in codes');
    await expect(screen.getByText('We will email you a code each time you sign in.')).toBeVisible();
    await expect(screen.getByLabelText('Email')).toHaveAttribute('type', 'email');
    await expect(screen.getByRole('button', { name: 'Send code' })).toBeEnabled();
  },
};
