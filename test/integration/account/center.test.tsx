import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as gatehouse from '../../../src/index.js';
import { AccountScope, AccountSettings, Authenticator, useSignOutEverywhere, type AuthBackendConfig, type AuthenticatorEvent } from '../../../src/index.js';
import { findSection, renderAccount, signedInClient } from '../../support/account.js';
import { NEW_PASSWORD, PASSWORD } from '../../support/constants.js';
import { scriptedClient } from '../../support/scripted-client.js';

const everything: AuthBackendConfig = {
  mfa: { enforcement: 'OPTIONAL', types: ['TOTP'] },
  passwordless: { firstFactors: ['WEB_AUTHN', 'PASSWORD'] },
  deviceTracking: 'always',
};

/** Shows what a child threw. */
class Boundary extends Component<{ children: ReactNode }, { message?: string }> {
  override state: { message?: string } = {};
  static getDerivedStateFromError(error: Error) {
    return { message: error.message };
  }
  override render() {
    return this.state.message === undefined ? this.props.children : <p role="alert">{this.state.message}</p>;
  }
}

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the account center', () => {
  it('shows every section the backend supports, each a region with its heading, in order', async () => {
    renderAccount({ client: signedInClient({ backendConfig: everything }) });
    const all = ['Profile', 'Change password', 'Two-step verification', 'Passkeys', 'Remembered devices', 'Sign out everywhere', 'Delete account'];
    // Each section is its own chunk: wait for every one.
    for (const name of all) await findSection(name);
    expect(headings()).toEqual(all);
  });

  it('shows the sections the app names, in the center’s order', async () => {
    renderAccount({ client: signedInClient({ backendConfig: everything }), props: { sections: ['DeleteUser', 'Profile'] } });
    await findSection('Delete account');
    await findSection('Profile');
    expect(headings()).toEqual(['Profile', 'Delete account']);
  });

  it('exports each section by name as well, for Next.js client references', () => {
    expect(gatehouse.AccountProfile).toBe(AccountSettings.Profile);
    expect(gatehouse.AccountChangePassword).toBe(AccountSettings.ChangePassword);
    expect(gatehouse.AccountTwoStepVerification).toBe(AccountSettings.TwoStepVerification);
    expect(gatehouse.AccountPasskeys).toBe(AccountSettings.Passkeys);
    expect(gatehouse.AccountDevices).toBe(AccountSettings.Devices);
    expect(gatehouse.AccountSignOutEverywhere).toBe(AccountSettings.SignOutEverywhere);
    expect(gatehouse.AccountDeleteUser).toBe(AccountSettings.DeleteUser);
  });

  it('stands alone with a `client` prop: it looks up the session itself and hears its events', async () => {
    const events: AuthenticatorEvent[] = [];
    const client = scriptedClient({ signedIn: true, updatePassword: undefined });
    const user = userEvent.setup({ delay: null });
    render(<AccountSettings client={client} language="en" sections={['ChangePassword', 'SignOutEverywhere']} onAuthEvent={(event) => events.push(event)} />);
    const section = await findSection('Change password');
    await user.type(section.getByLabelText(/Current password/), PASSWORD);
    await user.type(section.getByLabelText(/^New password/), NEW_PASSWORD);
    await user.type(section.getByLabelText(/Confirm new password/), NEW_PASSWORD);
    await user.click(section.getByRole('button', { name: 'Update password' }));
    await section.findByText('Your password has been changed.');
    await user.click((await findSection('Sign out everywhere')).getByRole('button', { name: 'Sign out everywhere' }));
    // Signed out: like Amplify UI's account components, it renders nothing.
    await waitFor(() => {
      expect(screen.queryAllByRole('region')).toEqual([]);
    });
    expect(events.map((event) => event.type)).toEqual(['signedIn', 'passwordChanged', 'signedOut', 'signedOutEverywhere']);
  });

  it('renders nothing for a signed-out user', async () => {
    render(<AccountSettings client={scriptedClient()} language="en" />);
    await waitFor(() => {
      expect(document.querySelector('[aria-busy="true"]')).toBeNull();
    });
    expect(screen.queryAllByRole('region')).toEqual([]);
  });

  it('says what is missing with neither a client nor an Authenticator', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Boundary>
        <AccountSettings.Profile />
      </Boundary>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('<AccountSettings> needs a `client` prop, or an <Authenticator> or <Authenticator.Provider> around it.');
  });

  it('puts the app’s className on its root', async () => {
    renderAccount({ client: signedInClient(), props: { sections: ['Profile'], className: 'my-account' } });
    await findSection('Profile');
    expect(document.querySelector('.gatehouse.gh-account')?.classList.contains('my-account')).toBe(true);
  });

  it('lets an app use a section’s hook in its own layout, under <AccountScope>', async () => {
    function MyButton() {
      const section = useSignOutEverywhere();
      return (
        <button type="button" onClick={section.signOutEverywhere}>
          Log out of all devices
        </button>
      );
    }
    const { client, user } = renderAccount({
      client: signedInClient(),
      children: (
        <AccountScope fallback={null}>
          <MyButton />
        </AccountScope>
      ),
    });
    await user.click(await screen.findByRole('button', { name: 'Log out of all devices' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
    expect(client.calls.filter((call) => call.name === 'signOut').map((call) => call.input)).toEqual([{ global: true }]);
  });

  it('sits inside <Authenticator.Provider> as inside <Authenticator>', async () => {
    const client = signedInClient();
    render(
      <Authenticator.Provider client={client} language="en">
        <AccountSettings.SignOutEverywhere />
      </Authenticator.Provider>,
    );
    expect(await findSection('Sign out everywhere')).toBeDefined();
  });

  it('speaks the Authenticator’s language, with the app’s own words where it gives them', async () => {
    renderAccount({
      client: signedInClient(),
      language: 'fr',
      props: { sections: ['ChangePassword'], dictionary: { fr: { 'account.password.submit': 'Changer' } } },
    });
    await findSection(/./);
    expect(await screen.findByRole('button', { name: 'Changer' }, { timeout: 8_000 })).toBeDefined();
    await waitFor(() => {
      expect(document.querySelector('.gh-account')?.getAttribute('lang')).toBe('fr');
    });
    expect(screen.getByRole('region').querySelector('h2')?.textContent).not.toBe('Change password');
  });

  it('puts no password in storage, in the URL or in the console', async () => {
    const logged: unknown[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => logged.push(...args));
    const { user } = renderAccount({ client: signedInClient({ updatePassword: undefined }), props: { sections: ['ChangePassword'] } });
    const section = await findSection('Change password');
    await user.type(section.getByLabelText(/Current password/), PASSWORD);
    await user.type(section.getByLabelText(/^New password/), NEW_PASSWORD);
    await user.type(section.getByLabelText(/Confirm new password/), NEW_PASSWORD);
    await user.click(section.getByRole('button', { name: 'Update password' }));
    await section.findByText('Your password has been changed.');
    const everything = (storage: Storage) => Array.from({ length: storage.length }, (_, index) => `${storage.key(index) ?? ''}=${storage.getItem(storage.key(index) ?? '') ?? ''}`).join();
    const stored = everything(localStorage) + everything(sessionStorage) + location.href;
    expect(stored).not.toContain(PASSWORD);
    expect(stored).not.toContain(NEW_PASSWORD);
    expect(JSON.stringify(logged.map(String))).not.toContain(NEW_PASSWORD);
  });
});
