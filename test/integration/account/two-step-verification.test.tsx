import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuthError, type AuthBackendConfig } from '../../../src/index.js';
import { callsOf, findSection, renderAccount, signedInClient } from '../../support/account.js';
import { TOTP_SECRET } from '../../support/constants.js';
import { totpSetup, type Script } from '../../support/scripted-client.js';

const optional: AuthBackendConfig = { mfa: { enforcement: 'OPTIONAL', types: ['TOTP', 'SMS', 'EMAIL'] } };
const required: AuthBackendConfig = { mfa: { enforcement: 'ON', types: ['TOTP', 'EMAIL'] } };

function client(script: Script = {}, backendConfig = optional) {
  script.backendConfig ??= backendConfig;
  return signedInClient(script);
}

async function factor(name: string) {
  const section = await findSection('Two-step verification');
  const item = (await section.findByText(name, { selector: '.gh-account-item__name' })).closest('li');
  if (!item) throw new Error(`No factor ${name}`);
  return { section, item: within(item), element: item };
}

describe('Two-step verification', () => {
  it('lists every factor the pool allows, on or off, and the preferred one', async () => {
    renderAccount({ client: client({ fetchMFAPreference: { enabled: ['TOTP'], preferred: 'TOTP' } }) });
    const { element } = await factor('Authenticator app');
    expect(element.textContent).toContain('OnPreferred');
    expect((await factor('Text message')).element.textContent).toContain('Off');
    expect((await factor('Email')).element.textContent).toContain('Off');
  });

  it('turns email on (preferred, being the first) and reports mfaChanged with what the service now says', async () => {
    const script: Script = { updateMFAPreference: undefined };
    const c = client(script);
    const { user, events } = renderAccount({ client: c, props: { sections: ['TwoStepVerification'] } });
    const { section, item } = await factor('Email');
    script.fetchMFAPreference = { enabled: ['EMAIL'], preferred: 'EMAIL' };
    await user.click(item.getByRole('button', { name: 'Turn on Email' }));
    expect(await section.findByText('Email is on.')).toBeDefined();
    expect(callsOf(c, 'updateMFAPreference')).toEqual([{ email: 'PREFERRED' }]);
    expect((await factor('Email')).element.textContent).toContain('OnPreferred');
    expect(events.filter((event) => event.type === 'mfaChanged')).toEqual([{ type: 'mfaChanged', enabled: ['EMAIL'], preferred: 'EMAIL' }]);
  });

  it('needs a verified phone number for text messages, and says so', async () => {
    renderAccount({ client: client({ fetchUserAttributes: { email: 'ada@example.com', email_verified: 'true', phone_number: '+15555550100', phone_number_verified: 'false' } }) });
    const { item } = await factor('Text message');
    const button = item.getByRole('button', { name: 'Turn on Text message' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(item.getByText('Add and verify a phone number in your profile first.').id).toBe(button.getAttribute('aria-describedby'));
  });

  it('sets up an authenticator app: QR code, key, then its first code', async () => {
    const script: Script = { setUpTOTP: totpSetup(TOTP_SECRET), verifyTOTPSetup: undefined, updateMFAPreference: undefined };
    const c = client(script);
    const { user, accountEvents } = renderAccount({ client: c, props: { sections: ['TwoStepVerification'] } });
    const { section, item } = await factor('Authenticator app');
    await user.click(item.getByRole('button', { name: 'Set up Authenticator app' }));
    const heading = await section.findByRole('heading', { name: 'Set up your authenticator app' });
    expect(document.activeElement).toBe(heading);
    expect(section.getByRole('img', { name: 'QR code to add ada@example.com to an authenticator app' })).toBeDefined();
    expect(section.getByText('JBSW Y3DP EHPK 3PXP')).toBeDefined();
    const code = section.getByLabelText(/^Code/);
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    await user.click(section.getByRole('button', { name: 'Verify and turn on' }));
    expect(await section.findByText('This field is required.')).toBeDefined();
    expect(callsOf(c, 'verifyTOTPSetup')).toEqual([]);
    script.fetchMFAPreference = { enabled: ['TOTP'], preferred: 'TOTP' };
    await user.type(code, '123456');
    await user.click(section.getByRole('button', { name: 'Verify and turn on' }));
    expect(await section.findByText('Authenticator app is on.')).toBeDefined();
    expect(callsOf(c, 'verifyTOTPSetup')).toEqual([{ code: '123456' }]);
    expect(callsOf(c, 'updateMFAPreference')).toEqual([{ totp: 'PREFERRED' }]);
    expect(section.queryByRole('heading', { name: 'Set up your authenticator app' })).toBeNull();
    expect(accountEvents()).toEqual(['mfaChanged']);
  });

  it('clears and focuses a wrong authenticator code, keeping the key on screen', async () => {
    const c = client({ setUpTOTP: totpSetup(TOTP_SECRET), verifyTOTPSetup: new AuthError({ name: 'EnableSoftwareTokenMFAException', message: 'Code mismatch' }) });
    const { user } = renderAccount({ client: c, props: { sections: ['TwoStepVerification'] } });
    const { section, item } = await factor('Authenticator app');
    await user.click(item.getByRole('button', { name: 'Set up Authenticator app' }));
    const code = await section.findByLabelText(/^Code/);
    await user.type(code, '000000');
    await user.click(section.getByRole('button', { name: 'Verify and turn on' }));
    expect((await section.findByRole('alert')).textContent).toBe('That code is not right. Check it and try again.');
    await waitFor(() => {
      expect(document.activeElement).toBe(code);
    });
    expect((code as HTMLInputElement).value).toBe('');
    expect(section.getByText('JBSW Y3DP EHPK 3PXP')).toBeDefined();
    expect(callsOf(c, 'updateMFAPreference')).toEqual([]);
  });

  it('turns a factor off when MFA is optional, and makes another preferred', async () => {
    const script: Script = { fetchMFAPreference: { enabled: ['TOTP', 'EMAIL'], preferred: 'TOTP' }, updateMFAPreference: undefined };
    const c = client(script);
    const { user } = renderAccount({ client: c, props: { sections: ['TwoStepVerification'] } });
    const email = await factor('Email');
    await user.click(email.item.getByRole('button', { name: 'Make preferred', description: 'Email' }));
    expect(await email.section.findByText('Email is now your preferred method.')).toBeDefined();
    const totp = await factor('Authenticator app');
    await user.click(totp.item.getByRole('button', { name: 'Turn off Authenticator app' }));
    expect(await totp.section.findByText('Authenticator app is off.')).toBeDefined();
    expect(callsOf(c, 'updateMFAPreference')).toEqual([{ email: 'PREFERRED' }, { totp: 'DISABLED' }]);
  });

  it('under required MFA, cannot turn off the last factor, and says why', async () => {
    renderAccount({ client: client({ fetchMFAPreference: { enabled: ['EMAIL'], preferred: 'EMAIL' } }, required) });
    const { section, item } = await factor('Email');
    expect(section.getByText('Your account requires two-step verification.')).toBeDefined();
    const off = item.getByRole('button', { name: 'Turn off Email' });
    expect((off as HTMLButtonElement).disabled).toBe(true);
    expect(item.getByText(/you can’t turn off your only method/).id).toBe(off.getAttribute('aria-describedby'));
  });

  it.each([
    ['InvalidParameterException', 'User does not have delivery config set to turn on SMS_MFA', 'Some of the details are not valid.Details: User does not have delivery config set to turn on SMS_MFA'],
    ['NotAuthorizedException', 'Access Token has been revoked', 'Your sign-in session expired. Please sign in again.'],
    ['NetworkError', 'offline', 'We could not reach the server. Check your connection and try again.'],
  ] as const)('leaves the factor as it was after %s, and says what went wrong', async (name, message, expected) => {
    const c = client({ updateMFAPreference: new AuthError({ name, message }) });
    const { user } = renderAccount({ client: c, props: { sections: ['TwoStepVerification'] } });
    const { section, item, element } = await factor('Email');
    await user.click(item.getByRole('button', { name: 'Turn on Email' }));
    expect((await section.findByRole('alert')).textContent).toBe(expected);
    expect(element.textContent).toContain('Off');
  });

  it('explains a failed setup start', async () => {
    const c = client({ setUpTOTP: new AuthError({ name: 'SoftwareTokenMFANotFoundException', message: 'Software Token MFA is not enabled for the user pool.' }) });
    const { user } = renderAccount({ client: c, props: { sections: ['TwoStepVerification'] } });
    const { section, item } = await factor('Authenticator app');
    await user.click(item.getByRole('button', { name: 'Set up Authenticator app' }));
    expect((await section.findByRole('alert')).textContent).toBe('No authenticator app is set up for this account.');
    expect(screen.queryByRole('img')).toBeNull();
  });
});
