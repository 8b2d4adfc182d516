import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuthError, type AuthBackendConfig, type AuthClient, type WebAuthnCredential } from '../../../src/index.js';
import { callsOf, findSection, renderAccount, signedInClient } from '../../support/account.js';
import { PENDING, type Script } from '../../support/scripted-client.js';

const passkeysOn: AuthBackendConfig = { passwordless: { firstFactors: ['WEB_AUTHN', 'PASSWORD'] } };
const laptop: WebAuthnCredential = { credentialId: 'cred-1', friendlyCredentialName: 'Work laptop', relyingPartyId: 'localhost', authenticatorAttachment: 'platform', createdAt: new Date(Date.UTC(2026, 0, 15, 12)) };
const key: WebAuthnCredential = { credentialId: 'cred-2', relyingPartyId: 'localhost', authenticatorAttachment: 'cross-platform' };

function client(script: Script = {}) {
  script.backendConfig ??= passkeysOn;
  if (!Object.hasOwn(script, 'listWebAuthnCredentials')) script.listWebAuthnCredentials = { credentials: [laptop, key] };
  return signedInClient(script);
}

const dateOf = (date: Date) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(date);

describe('Passkeys', () => {
  it('is shown when the backend takes passkeys, and lists them by name or authenticator, with when each was added', async () => {
    renderAccount({ client: client() });
    const section = await findSection('Passkeys');
    const items = (await section.findAllByRole('listitem')).map((item) => item.textContent);
    expect(items).toEqual([`Work laptopAdded ${dateOf(laptop.createdAt as Date)}Remove`, 'Security key or phoneRemove']);
  });

  it('is not shown when the backend does not take passkeys', async () => {
    renderAccount({ client: signedInClient() });
    await findSection('Profile');
    expect(screen.queryByRole('region', { name: 'Passkeys' })).toBeNull();
  });

  it('reads every page of the list', async () => {
    const c = client({ listWebAuthnCredentials: { credentials: [laptop], nextToken: 'next' } });
    const list = c.listWebAuthnCredentials.bind(c);
    const paged: AuthClient['listWebAuthnCredentials'] = (input) => (input?.nextToken === 'next' ? Promise.resolve({ credentials: [key] }) : list());
    Object.assign(c, { listWebAuthnCredentials: paged });
    renderAccount({ client: c, props: { sections: ['Passkeys'] } });
    const section = await findSection('Passkeys');
    expect(await section.findAllByRole('listitem')).toHaveLength(2);
  });

  it('adds a passkey, shows it, and reports passkeyAdded', async () => {
    const script: Script = { associateWebAuthnCredential: undefined, listWebAuthnCredentials: { credentials: [] } };
    const c = client(script);
    const { user, accountEvents } = renderAccount({ client: c, props: { sections: ['Passkeys'] } });
    const section = await findSection('Passkeys');
    expect(await section.findByText('You have no passkeys yet.')).toBeDefined();
    script.listWebAuthnCredentials = { credentials: [laptop] };
    await user.click(section.getByRole('button', { name: 'Add a passkey' }));
    expect(await section.findByText('Your passkey is ready.')).toBeDefined();
    expect(section.getByText('Work laptop')).toBeDefined();
    expect(callsOf(c, 'associateWebAuthnCredential')).toHaveLength(1);
    expect(accountEvents()).toEqual(['passkeyAdded']);
  });

  it.each([
    ['PasskeyRegistrationCanceledException', 'The passkey request was canceled or timed out.'],
    ['PasskeyNotSupportedException', 'This browser or device does not support passkeys.'],
    ['PasskeyAlreadyExistsException', 'This device already has a passkey for your account.'],
    ['WebAuthnNotEnabledException', 'Sign-in is not set up correctly. Contact support.'],
  ] as const)('explains %s and keeps the list as it was', async (name, expected) => {
    const c = client({ associateWebAuthnCredential: new AuthError({ name, message: 'no' }) });
    const { user } = renderAccount({ client: c, props: { sections: ['Passkeys'] } });
    const section = await findSection('Passkeys');
    await section.findByText('Work laptop');
    await user.click(section.getByRole('button', { name: 'Add a passkey' }));
    expect((await section.findByRole('alert')).textContent).toBe(expected);
    expect(section.getAllByRole('listitem')).toHaveLength(2);
  });

  it('sends one request for a double click on Add', async () => {
    const c = client({ associateWebAuthnCredential: PENDING });
    const { user } = renderAccount({ client: c, props: { sections: ['Passkeys'] } });
    const section = await findSection('Passkeys');
    await section.findByText('Work laptop');
    await user.dblClick(section.getByRole('button', { name: 'Add a passkey' }));
    expect(await section.findByRole('button', { name: 'Waiting for your device…' })).toBeDefined();
    expect(callsOf(c, 'associateWebAuthnCredential')).toHaveLength(1);
  });

  it('removes a passkey after a confirmation, and reports passkeyRemoved', async () => {
    const script: Script = { deleteWebAuthnCredential: undefined };
    const c = client(script);
    const { user, events } = renderAccount({ client: c, props: { sections: ['Passkeys'] } });
    const section = await findSection('Passkeys');
    const remove = await section.findByRole('button', { name: 'Remove Work laptop' });
    await user.click(remove);
    const dialog = within(await screen.findByRole('dialog', { name: 'Remove this passkey?' }));
    expect(dialog.getByText('You will no longer be able to sign in with Work laptop.')).toBeDefined();
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(document.activeElement).toBe(remove);
    });
    expect(callsOf(c, 'deleteWebAuthnCredential')).toEqual([]);
    await user.click(remove);
    script.listWebAuthnCredentials = { credentials: [key] };
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove passkey' }));
    expect(await section.findByText('Work laptop was removed.')).toBeDefined();
    expect(section.getAllByRole('listitem')).toHaveLength(1);
    expect(callsOf(c, 'deleteWebAuthnCredential')).toEqual([{ credentialId: 'cred-1' }]);
    expect(events.filter((event) => event.type === 'passkeyRemoved')).toEqual([{ type: 'passkeyRemoved', credentialId: 'cred-1' }]);
  });

  it('says a passkey removed elsewhere is gone, and reads the list again', async () => {
    const script: Script = { deleteWebAuthnCredential: new AuthError({ name: 'ResourceNotFoundException', message: 'Credential not found' }) };
    const c = client(script);
    const { user } = renderAccount({ client: c, props: { sections: ['Passkeys'] } });
    const section = await findSection('Passkeys');
    await user.click(await section.findByRole('button', { name: 'Remove Work laptop' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Remove passkey' }));
    expect((await dialog.findByRole('alert')).textContent).toBe('That passkey was already removed.');
    expect(callsOf(c, 'listWebAuthnCredentials').length).toBeGreaterThan(1);
  });

  it('says when the list cannot be read', async () => {
    renderAccount({ client: client({ listWebAuthnCredentials: new AuthError({ name: 'NetworkError', message: 'offline' }) }), props: { sections: ['Passkeys'] } });
    const section = await findSection('Passkeys');
    expect((await section.findByRole('alert')).textContent).toContain('We could not load this section.');
    expect(section.getByRole('button', { name: 'Try again' })).toBeDefined();
  });
});
