import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AccountSettings, AuthError } from '../../../src/index.js';
import { callsOf, findSection, renderAccount, signedInClient } from '../../support/account.js';
import { EMAIL, PASSWORD } from '../../support/constants.js';
import { createTestPool } from '../../support/local-pool.js';
import { DEFAULT_USER, PENDING } from '../../support/scripted-client.js';

const only = { sections: ['DeleteUser'] as const };

async function openDialog(user: ReturnType<typeof renderAccount>['user']) {
  const section = await findSection('Delete account');
  await user.click(section.getByRole('button', { name: 'Delete account' }));
  const dialog = await screen.findByRole('dialog', { name: 'Delete your account?' });
  return { section, dialog: within(dialog), element: dialog };
}

describe('Delete account', () => {
  it('asks in a dialog, needs the account name typed, deletes, reports accountDeleted and signs out', async () => {
    const { client, user, events } = renderAccount({ client: signedInClient({ deleteUser: undefined }), props: only });
    const { dialog, element } = await openDialog(user);
    expect(element.textContent).toContain('Deleting your account is not reversible.');
    // Focus is inside the dialog.
    expect(element.contains(document.activeElement)).toBe(true);
    await user.click(dialog.getByRole('button', { name: 'Delete' }));
    expect(await dialog.findByText(`Type ${EMAIL} exactly to confirm.`)).toBeDefined();
    expect(callsOf(client, 'deleteUser')).toEqual([]);
    await user.type(dialog.getByLabelText(`To confirm, type ${EMAIL}`), `  ${EMAIL.toUpperCase()} `);
    await user.click(dialog.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
    expect(callsOf(client, 'deleteUser')).toHaveLength(1);
    expect(events.map((event) => event.type)).toContain('accountDeleted');
  });

  it('on the local pool, the sign-out that follows the deletion says why: signedOut with reason accountDeleted', async () => {
    const pool = createTestPool({ users: [{ username: EMAIL, password: PASSWORD }] });
    await pool.client.signIn({ username: EMAIL, password: PASSWORD });
    const { user, events } = renderAccount({ client: pool.client, props: only });
    const { dialog } = await openDialog(user);
    await user.type(dialog.getByLabelText(`To confirm, type ${EMAIL}`), EMAIL);
    await user.click(dialog.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
    await waitFor(() => {
      expect(events).toContainEqual({ type: 'signedOut', reason: 'accountDeleted' });
    });
    expect(events).not.toContainEqual({ type: 'signedOut', reason: 'otherTab' });
    expect(await pool.client.admin.getUser(EMAIL)).toBeUndefined();
  });

  it('closes on Escape or Cancel without deleting, and gives the focus back to the button', async () => {
    const { client, user } = renderAccount({ client: signedInClient(), props: only });
    const { section } = await openDialog(user);
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(document.activeElement).toBe(section.getByRole('button', { name: 'Delete account' }));
    const { dialog } = await openDialog(user);
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(callsOf(client, 'deleteUser')).toEqual([]);
  });

  it.each([
    ['NetworkError', 'We could not reach the server. Check your connection and try again.'],
    ['TooManyRequestsException', 'Too many attempts. Wait a few minutes and try again.'],
    ['NotAuthorizedException', 'You are not allowed to do that. Sign in again and retry.'],
  ] as const)('keeps the dialog and what was typed after %s, and says what went wrong', async (name, message) => {
    const onError = vi.fn();
    const { user } = renderAccount({ client: signedInClient({ deleteUser: new AuthError({ name, message: 'no' }) }), props: { ...only, sectionProps: { DeleteUser: { onError } } } });
    const { dialog } = await openDialog(user);
    const typed = dialog.getByLabelText(`To confirm, type ${EMAIL}`);
    await user.type(typed, EMAIL);
    await user.click(dialog.getByRole('button', { name: 'Delete' }));
    expect((await dialog.findByRole('alert')).textContent).toBe(message);
    expect((typed as HTMLInputElement).value).toBe(EMAIL);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name }));
    // The page behind the dialog is hidden from assistive technology while it is open.
    expect(screen.getByRole('region', { name: 'Delete account', hidden: true })).toBeDefined();
  });

  it('sends one request for a double confirm and shows itself busy', async () => {
    const { client, user } = renderAccount({ client: signedInClient({ deleteUser: PENDING }), props: only });
    const { dialog } = await openDialog(user);
    await user.type(dialog.getByLabelText(`To confirm, type ${EMAIL}`), EMAIL);
    await user.dblClick(dialog.getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(dialog.getByRole('button', { name: 'Deleting…' }).getAttribute('aria-busy')).toBe('true');
    });
    expect(callsOf(client, 'deleteUser')).toHaveLength(1);
  });

  it('asks for a word when the account has no name the user knows', async () => {
    const { user } = renderAccount({ client: signedInClient({ user: { username: DEFAULT_USER.username, userId: DEFAULT_USER.userId } }), props: only });
    const { dialog } = await openDialog(user);
    expect(dialog.getByLabelText('To confirm, type DELETE')).toBeDefined();
  });

  it('keeps Amplify UI’s props: handleDelete, onSuccess, displayText and the WarningView slot', async () => {
    const handleDelete = vi.fn(() => Promise.resolve());
    const onSuccess = vi.fn();
    const { client, user } = renderAccount({
      client: signedInClient(),
      children: (
        <AccountSettings.DeleteUser
          handleDelete={handleDelete}
          onSuccess={onSuccess}
          displayText={{ deleteAccountButtonText: 'Close my account', confirmDeleteButtonText: 'Yes, close it' }}
          components={{ WarningView: (props) => <AccountSettings.DeleteUser.WarningView {...props} /> }}
        />
      ),
    });
    const section = await findSection('Delete account');
    await user.click(section.getByRole('button', { name: 'Close my account' }));
    await user.click(section.getByRole('button', { name: 'Yes, close it' }));
    await waitFor(() => {
      expect(onSuccess).toHaveBeenCalledTimes(1);
    });
    expect(handleDelete).toHaveBeenCalledWith(expect.objectContaining({ userId: DEFAULT_USER.userId }));
    expect(callsOf(client, 'deleteUser')).toEqual([]);
    // Deleted: the section renders nothing, as Amplify UI's does.
    expect(screen.queryByRole('region', { name: 'Delete account' })).toBeNull();
  });
});
