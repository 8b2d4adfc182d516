import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { AccountSettings, AuthError } from '../src/index.ts';
import { NEW_PASSWORD, PASSWORD } from '../test/support/constants.ts';
import { PENDING } from '../test/support/scripted-client.ts';
import { renderAccountSettings, withAccount } from './support/account.tsx';
import { SCREEN_TIMEOUT } from './support/reach.ts';

const meta = {
  title: 'Account center/Sections',
  component: AccountSettings,
  render: renderAccountSettings,
  ...withAccount(),
} satisfies Meta<typeof AccountSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

const region = async (canvasElement: HTMLElement, name: string) => within(await within(canvasElement).findByRole('region', { name }, SCREEN_TIMEOUT));

async function fillPassword(canvasElement: HTMLElement) {
  const section = await region(canvasElement, 'Change password');
  await userEvent.type(section.getByLabelText(/Current password/), PASSWORD);
  await userEvent.type(section.getByLabelText(/^New password/), NEW_PASSWORD);
  await userEvent.type(section.getByLabelText(/Confirm new password/), NEW_PASSWORD);
  await userEvent.click(section.getByRole('button', { name: 'Update password' }));
  return section;
}

// ---- Profile ----------------------------------------------------------------------------------------

export const ProfileInvalid: Story = {
  args: { sections: ['Profile'] },
  play: async ({ canvasElement }) => {
    const section = await region(canvasElement, 'Profile');
    const email = await section.findByLabelText(/^Email/, {}, SCREEN_TIMEOUT);
    await userEvent.clear(email);
    await userEvent.type(email, 'ada@');
    await userEvent.type(section.getByLabelText(/^age/), '7');
    await userEvent.click(section.getByRole('button', { name: 'Save changes' }));
    await expect(await section.findByText('Enter an email address like name@example.com.')).toBeVisible();
    await expect(section.getByText('Enter 18 or more.')).toBeVisible();
  },
};

export const ProfileVerifyingPhone: Story = {
  args: { sections: ['Profile'] },
  ...withAccount({ sendUserAttributeVerificationCode: { destination: '+*******0100', deliveryMedium: 'SMS' } }),
  play: async ({ canvasElement }) => {
    const section = await region(canvasElement, 'Profile');
    await userEvent.click(await section.findByRole('button', { name: 'Verify phone number' }, SCREEN_TIMEOUT));
    await expect(await section.findByText('We texted a code to +*******0100.')).toBeVisible();
    await expect(section.getByLabelText(/^Code/)).toHaveFocus();
  },
};

export const ProfileSaveFailed: Story = {
  args: { sections: ['Profile'] },
  globals: { theme: 'dark' },
  ...withAccount({ updateUserAttributes: new AuthError({ name: 'AliasExistsException', message: 'An account with the given email already exists.' }) }),
  play: async ({ canvasElement }) => {
    const section = await region(canvasElement, 'Profile');
    const email = await section.findByLabelText(/^Email/, {}, SCREEN_TIMEOUT);
    await userEvent.clear(email);
    await userEvent.type(email, 'grace@example.com');
    await userEvent.click(section.getByRole('button', { name: 'Save changes' }));
    await expect(await section.findByRole('alert')).toHaveTextContent('Another account already uses this email or phone number.');
  },
};

// ---- Change password ---------------------------------------------------------------------------------

export const PasswordChanged: Story = {
  args: { sections: ['ChangePassword'] },
  ...withAccount({ updatePassword: undefined }),
  play: async ({ canvasElement }) => {
    const section = await fillPassword(canvasElement);
    await expect(await section.findByRole('status')).toHaveTextContent('Your password has been changed.');
  },
};

export const PasswordPending: Story = {
  args: { sections: ['ChangePassword'] },
  ...withAccount({ updatePassword: PENDING }),
  play: async ({ canvasElement }) => {
    const section = await fillPassword(canvasElement);
    await expect(await section.findByRole('button', { name: 'Updating…' })).toHaveAttribute('aria-busy', 'true');
  },
};

export const PasswordWrong: Story = {
  args: { sections: ['ChangePassword'] },
  globals: { theme: 'dark' },
  ...withAccount({ updatePassword: new AuthError({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' }) }),
  play: async ({ canvasElement }) => {
    const section = await fillPassword(canvasElement);
    await expect(await section.findByRole('alert')).toHaveTextContent('Your current password is not right.');
    await expect(section.getByLabelText(/Current password/)).toHaveFocus();
  },
};

// ---- Two-step verification ----------------------------------------------------------------------------

export const TotpSetup: Story = {
  args: { sections: ['TwoStepVerification'] },
  ...withAccount({ fetchMFAPreference: {} }),
  play: async ({ canvasElement }) => {
    const section = await region(canvasElement, 'Two-step verification');
    await userEvent.click(await section.findByRole('button', { name: 'Set up Authenticator app' }, SCREEN_TIMEOUT));
    await expect(await section.findByRole('img', { name: /QR code/ })).toBeVisible();
    await expect(section.getByText('JBSW Y3DP EHPK 3PXP')).toBeVisible();
  },
};

export const TotpSetupDark: Story = { ...TotpSetup, globals: { theme: 'dark' } };

export const MfaRequiredLastFactor: Story = {
  args: { sections: ['TwoStepVerification'] },
  ...withAccount({ backendConfig: { mfa: { enforcement: 'ON', types: ['TOTP', 'EMAIL'] } } }),
  play: async ({ canvasElement }) => {
    const section = await region(canvasElement, 'Two-step verification');
    await expect(await section.findByRole('button', { name: 'Turn off Authenticator app' }, SCREEN_TIMEOUT)).toBeDisabled();
    await expect(section.getByText(/you can’t turn off your only method/)).toBeVisible();
  },
};

export const MfaChangeFailed: Story = {
  args: { sections: ['TwoStepVerification'] },
  ...withAccount({ updateMFAPreference: new AuthError({ name: 'NetworkError', message: 'offline' }) }),
  play: async ({ canvasElement }) => {
    const section = await region(canvasElement, 'Two-step verification');
    await userEvent.click(await section.findByRole('button', { name: 'Turn on Email' }, SCREEN_TIMEOUT));
    await expect(await section.findByRole('alert')).toHaveTextContent('We could not reach the server.');
  },
};

// ---- Passkeys -----------------------------------------------------------------------------------------

export const PasskeyRemoveConfirm: Story = {
  args: { sections: ['Passkeys'] },
  play: async ({ canvasElement }) => {
    const section = await region(canvasElement, 'Passkeys');
    await userEvent.click(await section.findByRole('button', { name: 'Remove Work laptop' }, SCREEN_TIMEOUT));
    const dialog = within(await within(document.body).findByRole('dialog', { name: 'Remove this passkey?' }));
    await expect(dialog.getByRole('button', { name: 'Remove passkey' })).toBeVisible();
  },
};

export const PasskeyAddCanceled: Story = {
  args: { sections: ['Passkeys'] },
  globals: { theme: 'dark' },
  ...withAccount({ associateWebAuthnCredential: new AuthError({ name: 'PasskeyRegistrationCanceledException', message: 'canceled' }) }),
  play: async ({ canvasElement }) => {
    const section = await region(canvasElement, 'Passkeys');
    await section.findByText('Work laptop', {}, SCREEN_TIMEOUT);
    await userEvent.click(section.getByRole('button', { name: 'Add a passkey' }));
    await expect(await section.findByRole('alert')).toHaveTextContent('The passkey request was canceled or timed out.');
  },
};

export const NoPasskeys: Story = {
  args: { sections: ['Passkeys'] },
  ...withAccount({ listWebAuthnCredentials: { credentials: [] } }),
  play: async ({ canvasElement }) => {
    await expect(await (await region(canvasElement, 'Passkeys')).findByText('You have no passkeys yet.', {}, SCREEN_TIMEOUT)).toBeVisible();
  },
};

// ---- Devices, sign out everywhere, delete -------------------------------------------------------------

export const DevicesForgetting: Story = {
  args: { sections: ['Devices'] },
  ...withAccount({ forgetDevice: PENDING }),
  play: async ({ canvasElement }) => {
    const section = await region(canvasElement, 'Remembered devices');
    await expect(await section.findByText('This device', {}, SCREEN_TIMEOUT)).toBeVisible();
    await userEvent.click(section.getByRole('button', { name: 'Forget Pixel 9' }));
    await expect(await section.findByRole('button', { name: 'Forget Pixel 9' })).toHaveAttribute('aria-busy', 'true');
  },
};

export const SignOutEverywhereFailed: Story = {
  args: { sections: ['SignOutEverywhere'] },
  ...withAccount({ signOut: new AuthError({ name: 'NetworkError', message: 'offline' }) }),
  play: async ({ canvasElement }) => {
    const section = await region(canvasElement, 'Sign out everywhere');
    await userEvent.click(section.getByRole('button', { name: 'Sign out everywhere' }));
    await expect(await section.findByRole('alert')).toHaveTextContent('We could not reach the server.');
  },
};

export const DeleteConfirm: Story = {
  args: { sections: ['DeleteUser'] },
  play: async ({ canvasElement }) => {
    const section = await region(canvasElement, 'Delete account');
    await userEvent.click(section.getByRole('button', { name: 'Delete account' }));
    const dialog = within(await within(document.body).findByRole('dialog', { name: 'Delete your account?' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    await expect(await dialog.findByText('Type ada@example.com exactly to confirm.')).toBeVisible();
  },
};

export const DeleteConfirmDark: Story = { ...DeleteConfirm, globals: { theme: 'dark' } };

export const DeleteFailed: Story = {
  args: { sections: ['DeleteUser'] },
  ...withAccount({ deleteUser: new AuthError({ name: 'NetworkError', message: 'offline' }) }),
  play: async ({ canvasElement }) => {
    const section = await region(canvasElement, 'Delete account');
    await userEvent.click(section.getByRole('button', { name: 'Delete account' }));
    const dialog = within(await within(document.body).findByRole('dialog'));
    await userEvent.type(dialog.getByLabelText('To confirm, type ada@example.com'), 'ada@example.com');
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent('We could not reach the server.');
  },
};
