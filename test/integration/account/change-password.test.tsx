import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AccountSettings, AuthError } from '../../../src/index.js';
import { callsOf, findSection, renderAccount, signedInClient } from '../../support/account.js';
import { NEW_PASSWORD, PASSWORD } from '../../support/constants.js';
import { PENDING } from '../../support/scripted-client.js';

const only = { sections: ['ChangePassword'] as const };

async function fill(current: string, next: string, confirm = next) {
  const section = await findSection('Change password');
  return { section, current: section.getByLabelText(/Current password/), next: section.getByLabelText(/^New password/), confirm: section.getByLabelText(/Confirm new password/), values: { current, next, confirm } };
}

describe('Change password', () => {
  it('changes the password, says so, clears the fields and reports passwordChanged', async () => {
    const { client, user, accountEvents } = renderAccount({ client: signedInClient({ updatePassword: undefined }), props: only });
    const { section, current, next, confirm } = await fill(PASSWORD, NEW_PASSWORD);
    await user.type(current, PASSWORD);
    await user.type(next, NEW_PASSWORD);
    await user.type(confirm, NEW_PASSWORD);
    await user.click(section.getByRole('button', { name: 'Update password' }));
    expect((await section.findByRole('status')).textContent).toBe('Your password has been changed.');
    expect(callsOf(client, 'updatePassword')).toEqual([{ oldPassword: PASSWORD, newPassword: NEW_PASSWORD }]);
    expect([current, next, confirm].map((input) => (input as HTMLInputElement).value)).toEqual(['', '', '']);
    expect(accountEvents()).toEqual(['passwordChanged']);
  });

  it('gives each field its autocomplete and shows the policy checklist under the new password', async () => {
    renderAccount({ client: signedInClient(), props: only });
    const { section, current, next, confirm } = await fill('', '');
    expect([current, next, confirm].map((input) => input.getAttribute('autocomplete'))).toEqual(['current-password', 'new-password', 'new-password']);
    expect(section.getByText('Password requirements')).toBeDefined();
  });

  it('checks every field before sending anything', async () => {
    const { client, user } = renderAccount({ client: signedInClient(), props: only });
    const { section, current, next, confirm } = await fill('', '');
    await user.click(section.getByRole('button', { name: 'Update password' }));
    await waitFor(() => {
      expect(current.getAttribute('aria-invalid')).toBe('true');
    });
    expect(next.getAttribute('aria-invalid')).toBe('true');
    expect(confirm.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(current);
    await user.type(current, PASSWORD);
    await user.type(next, 'short');
    await user.type(confirm, 'shorter');
    await user.click(section.getByRole('button', { name: 'Update password' }));
    expect(await section.findByText('Your password does not meet every requirement yet.')).toBeDefined();
    expect(section.getByText('The passwords do not match.')).toBeDefined();
    expect(callsOf(client, 'updatePassword')).toEqual([]);
  });

  it('says a wrong current password is wrong, on that field, focused, keeping what was typed', async () => {
    const wrong = new AuthError({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    const { user } = renderAccount({ client: signedInClient({ updatePassword: wrong }), props: only });
    const { section, current, next, confirm } = await fill('', '');
    await user.type(current, 'Wr0ng-password!');
    await user.type(next, NEW_PASSWORD);
    await user.type(confirm, NEW_PASSWORD);
    await user.click(section.getByRole('button', { name: 'Update password' }));
    expect((await section.findByRole('alert')).textContent).toBe('Your current password is not right.');
    await waitFor(() => {
      expect(document.activeElement).toBe(current);
    });
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect((next as HTMLInputElement).value).toBe(NEW_PASSWORD);
  });

  it.each([
    ['InvalidPasswordException', 'Password did not conform with policy: Password must have symbol characters', 'Choose a stronger password. Password requirements: a symbol, like ! or ?.'],
    ['PasswordHistoryPolicyViolationException', 'The password was used recently.', 'You used this password recently. Choose a different one.'],
    ['LimitExceededException', 'Attempt limit exceeded, please try after some time.', 'Too many attempts. Wait a few minutes and try again.'],
    ['NetworkError', 'Network error', 'We could not reach the server. Check your connection and try again.'],
    ['NotAuthorizedException', 'Access Token has been revoked', 'Your sign-in session expired. Please sign in again.'],
    ['UserNotFoundException', 'User does not exist.', 'We could not find your account. It may have been deleted.'],
  ] as const)('explains %s', async (name, message, expected) => {
    const onError = vi.fn();
    const { user } = renderAccount({ client: signedInClient({ updatePassword: new AuthError({ name, message }) }), props: { ...only, sectionProps: { ChangePassword: { onError } } } });
    const { section, current, next, confirm } = await fill('', '');
    await user.type(current, PASSWORD);
    await user.type(next, NEW_PASSWORD);
    await user.type(confirm, NEW_PASSWORD);
    await user.click(section.getByRole('button', { name: 'Update password' }));
    expect((await section.findByRole('alert')).textContent).toBe(expected);
    await waitFor(() => {
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ name }));
    });
  });

  it('sends one request for a double submit, and shows itself busy', async () => {
    const { client, user } = renderAccount({ client: signedInClient({ updatePassword: PENDING }), props: only });
    const { section, current, next, confirm } = await fill('', '');
    await user.type(current, PASSWORD);
    await user.type(next, NEW_PASSWORD);
    await user.type(confirm, NEW_PASSWORD);
    const submit = section.getByRole('button', { name: 'Update password' });
    await user.dblClick(submit);
    await waitFor(() => {
      expect(submit.getAttribute('aria-busy')).toBe('true');
    });
    expect(callsOf(client, 'updatePassword')).toHaveLength(1);
  });

  it('keeps Amplify UI’s props: validators, displayText, components and onSuccess', async () => {
    const onSuccess = vi.fn();
    const { client, user } = renderAccount({
      client: signedInClient({ updatePassword: undefined }),
      children: (
        <AccountSettings.ChangePassword
          onSuccess={onSuccess}
          validators={[{ validationMode: 'onChange', validator: (value) => value.includes('7'), message: 'Needs a 7' }]}
          displayText={{ currentPasswordFieldLabel: 'Old one', updatePasswordButtonText: 'Change it' }}
          components={{ SubmitButton: ({ children, isLoading }) => <button type="submit" disabled={isLoading}>{children}!</button> }}
        />
      ),
    });
    const section = await findSection('Change password');
    expect(section.queryByText('Password requirements')).toBeNull();
    await user.type(section.getByLabelText(/Old one/), PASSWORD);
    await user.type(section.getByLabelText(/^New password/), NEW_PASSWORD);
    expect(await section.findByText('Needs a 7')).toBeDefined();
    await user.type(section.getByLabelText(/Confirm new password/), NEW_PASSWORD);
    await user.click(section.getByRole('button', { name: 'Change it!' }));
    expect(callsOf(client, 'updatePassword')).toEqual([]);
    await user.type(section.getByLabelText(/^New password/), '7');
    await user.clear(section.getByLabelText(/Confirm new password/));
    await user.type(section.getByLabelText(/Confirm new password/), `${NEW_PASSWORD}7`);
    await user.click(section.getByRole('button', { name: 'Change it!' }));
    await waitFor(() => {
      expect(onSuccess).toHaveBeenCalledTimes(1);
    });
    expect(callsOf(client, 'updatePassword')).toEqual([{ oldPassword: PASSWORD, newPassword: `${NEW_PASSWORD}7` }]);
  });

  it('can be replaced whole: the replacement gets the hook’s result', async () => {
    const { client, user } = renderAccount({
      client: signedInClient({ updatePassword: undefined }),
      props: {
        ...only,
        components: {
          ChangePassword: {
            Section: ({ section }) => (
              <form onSubmit={section.onSubmit} aria-label="My password form">
                <input aria-label="Old" {...section.register('current_password')} />
                <input aria-label="New" {...section.register('password')} />
                <input aria-label="Again" {...section.register('confirm_password')} />
                <button type="submit">Go</button>
                {section.notice && <p>{section.notice.message}</p>}
              </form>
            ),
          },
        },
      },
    });
    const form = await screen.findByRole('form', { name: 'My password form' });
    await user.type(screen.getByLabelText('Old'), PASSWORD);
    await user.type(screen.getByLabelText('New'), NEW_PASSWORD);
    await user.type(screen.getByLabelText('Again'), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByText('Your password has been changed.')).toBeDefined();
    expect(form.isConnected).toBe(true);
    expect(callsOf(client, 'updatePassword')).toHaveLength(1);
  });
});
