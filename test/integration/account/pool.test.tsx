import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccountSettings, type AccountSectionName } from '../../../src/index.js';
import type { LocalAuthClientOptions, SeedUser } from '../../../src/local.js';
import { findSection } from '../../support/account.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { EMAIL, PASSWORD } from '../../support/constants.js';
import { expectNoSecretsInStorage, failure } from '../../support/local-pool.js';
import { passkeyConfig, softAuthenticator } from '../../support/passkeys.js';

// The account center on the embedded local pool, end to end, for the calls the pool models today.

const ada: SeedUser = { username: EMAIL, password: PASSWORD, attributes: { given_name: 'Ada', phone_number: '+15555550101', phone_number_verified: 'false' } };

async function signedInOnPool(sections: readonly AccountSectionName[], options: LocalAuthClientOptions = {}, users: SeedUser[] = [ada]) {
  const harness = await renderAuthenticator({
    pool: { users, attributes: { given_name: { required: true } }, mfa: { enforcement: 'OPTIONAL', types: ['TOTP', 'SMS', 'EMAIL'] }, ...options },
    props: { children: <AccountSettings sections={sections} /> },
    prepare: (pool) => pool.client.signIn({ username: EMAIL, password: PASSWORD }),
    ready: () => screen.findAllByRole('region', {}, { timeout: 8_000 }),
  });
  return harness;
}

describe('the account center on the local pool', () => {
  it('Profile: saves a name, changes the email with the code sent to the new address, verifies the phone', async () => {
    const { pool, client, user, events } = await signedInOnPool(['Profile']);
    const profile = await findSection('Profile');
    const name = await profile.findByLabelText(/^First name/);
    await user.clear(name);
    await user.type(name, 'Augusta');
    await user.click(profile.getByRole('button', { name: 'Save changes' }));
    await profile.findByText('Your profile is saved.');
    expect((await client.fetchUserAttributes()).given_name).toBe('Augusta');

    const email = profile.getByLabelText(/^Email/);
    await user.clear(email);
    await user.type(email, 'augusta@example.com');
    await user.click(profile.getByRole('button', { name: 'Save changes' }));
    const code = await profile.findByLabelText(/^Code/);
    await user.type(code, '000000');
    await user.click(profile.getByRole('button', { name: 'Verify' }));
    expect((await profile.findByRole('alert')).textContent).toBe('That code is not right. Check it and try again.');
    await user.type(code, pool.codeSentTo('augusta@example.com'));
    await user.click(profile.getByRole('button', { name: 'Verify' }));
    await profile.findByText('Your email address is verified.');
    expect(await client.fetchUserAttributes()).toMatchObject({ email: 'augusta@example.com', email_verified: 'true' });

    await user.click(profile.getByRole('button', { name: 'Verify phone number' }));
    await user.type(await profile.findByLabelText(/^Code/), pool.codeSentTo('+15555550101'));
    await user.click(profile.getByRole('button', { name: 'Verify' }));
    await profile.findByText('Your phone number is verified.');
    expect((await client.fetchUserAttributes()).phone_number_verified).toBe('true');
    expect(events.flatMap((event) => (event.type === 'attributeUpdated' ? [event.change] : []))).toEqual(['updated', 'updated', 'verified', 'verified']);
    expect(expectNoSecretsInStorage(pool)).toBeGreaterThan(0);
  });

  it('Profile: the bounds the pool declares reach the form, which refuses a value over them before sending it', async () => {
    const { client, user } = await signedInOnPool(['Profile'], { attributes: { given_name: { required: true }, 'custom:plan': { dataType: 'String', maxLen: 4 } } }, [{ ...ada, attributes: { ...ada.attributes, 'custom:plan': 'pro' } }]);
    const profile = await findSection('Profile');
    const plan = await profile.findByLabelText<HTMLInputElement>(/^plan/);
    expect(plan.maxLength).toBe(4);
    // Past the input's own limit (a script, an autofill): the check still holds.
    fireEvent.input(plan, { target: { value: 'enterprise' } });
    await user.click(profile.getByRole('button', { name: 'Save changes' }));
    expect(await profile.findByText('Enter at most 4 characters.')).toBeDefined();
    expect(plan.value).toBe('enterprise');
    expect((await client.fetchUserAttributes())['custom:plan']).toBe('pro');
  });

  it('Two-step verification: sets up an authenticator app with a real TOTP code, then turns it off', async () => {
    const { pool, client, user } = await signedInOnPool(['TwoStepVerification']);
    const section = await findSection('Two-step verification');
    await user.click(await section.findByRole('button', { name: 'Set up Authenticator app' }));
    const secret = (await section.findByText(/^[A-Z2-7 ]{16,}$/)).textContent.replace(/\s/g, '');
    await user.type(section.getByLabelText(/^Code/), pool.totpCode(secret));
    await user.click(section.getByRole('button', { name: 'Verify and turn on' }));
    await section.findByText('Authenticator app is on.');
    expect(await client.fetchMFAPreference()).toEqual({ enabled: ['TOTP'], preferred: 'TOTP' });
    await user.click(section.getByRole('button', { name: 'Turn off Authenticator app' }));
    await section.findByText('Authenticator app is off.');
    expect((await client.fetchMFAPreference()).enabled ?? []).toEqual([]);
    expectNoSecretsInStorage(pool);
  });

  it('Two-step verification: a wrong TOTP code is refused by the pool', async () => {
    const { user } = await signedInOnPool(['TwoStepVerification']);
    const section = await findSection('Two-step verification');
    await user.click(await section.findByRole('button', { name: 'Set up Authenticator app' }));
    await user.type(await section.findByLabelText(/^Code/), '000000');
    await user.click(section.getByRole('button', { name: 'Verify and turn on' }));
    expect((await section.findByRole('alert')).textContent).toBe('That code is not right. Check it and try again.');
  });

  it('Two-step verification: email turns on at once; text message waits for a verified phone', async () => {
    const { client, user } = await signedInOnPool(['TwoStepVerification']);
    const section = await findSection('Two-step verification');
    expect((await section.findByRole('button', { name: 'Turn on Text message' })).hasAttribute('disabled')).toBe(true);
    await user.click(section.getByRole('button', { name: 'Turn on Email' }));
    await section.findByText('Email is on.');
    expect((await client.fetchMFAPreference()).enabled).toEqual(['EMAIL']);
  });

  it('Passkeys: adds one with a (software) authenticator, lists it, removes it after the confirmation', async () => {
    const { client, user, events } = await signedInOnPool(['Passkeys'], passkeyConfig(softAuthenticator()));
    const section = await findSection('Passkeys');
    await section.findByText('You have no passkeys yet.');
    await user.click(section.getByRole('button', { name: 'Add a passkey' }));
    await section.findByText('Your passkey is ready.');
    const [credential] = (await client.listWebAuthnCredentials()).credentials;
    expect(credential).toBeDefined();
    expect(section.getAllByRole('listitem')).toHaveLength(1);
    await user.click(section.getByRole('button', { name: /^Remove / }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove passkey' }));
    await section.findByText('You have no passkeys yet.');
    expect((await client.listWebAuthnCredentials()).credentials).toEqual([]);
    expect(events.filter((event) => event.type === 'passkeyAdded' || event.type === 'passkeyRemoved')).toEqual([
      { type: 'passkeyAdded' },
      { type: 'passkeyRemoved', credentialId: credential?.credentialId },
    ]);
  });

  it('Passkeys: a second passkey from the same authenticator is refused', async () => {
    const { user } = await signedInOnPool(['Passkeys'], passkeyConfig(softAuthenticator()));
    const section = await findSection('Passkeys');
    await user.click(await section.findByRole('button', { name: 'Add a passkey' }));
    await section.findByText('Your passkey is ready.');
    await user.click(section.getByRole('button', { name: 'Add a passkey' }));
    expect((await section.findByRole('alert')).textContent).toBe('This device already has a passkey for your account.');
    expect(section.getAllByRole('listitem')).toHaveLength(1);
  });

  it('Sign out everywhere: this device and every other one are signed out', async () => {
    const { pool, user } = await signedInOnPool(['SignOutEverywhere']);
    const other = pool.otherDevice();
    await other.client.signIn({ username: EMAIL, password: PASSWORD });
    const section = await findSection('Sign out everywhere');
    await user.click(section.getByRole('button', { name: 'Sign out everywhere' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
    // The other device's refresh token is revoked: once its access token expires, it is signed out.
    pool.advance(60 * 60 * 1000 + 1);
    expect((await failure(other.client.getCurrentUser())).name).toBe('UserUnAuthenticatedException');
  });
});
