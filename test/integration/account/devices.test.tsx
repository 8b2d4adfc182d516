import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuthError, type AWSAuthDevice, type AuthBackendConfig } from '../../../src/index.js';
import { callsOf, findSection, renderAccount, signedInClient } from '../../support/account.js';
import type { Script } from '../../support/scripted-client.js';

const tracked: AuthBackendConfig = { deviceTracking: 'userOptIn' };
const lastWeek = new Date(Date.UTC(2026, 0, 8, 9));
const phone: AWSAuthDevice = { id: 'dev-phone', name: 'Pixel 9', attributes: { device_status: 'remembered', device_name: 'Pixel 9' }, lastAuthenticatedDate: lastWeek };
const here: AWSAuthDevice = { id: 'dev-here', attributes: { device_status: 'remembered', device_name: 'Firefox on Linux' } };
const once: AWSAuthDevice = { id: 'dev-once', attributes: { device_status: 'not_remembered', device_name: 'Library PC' } };

/** This browser's device key, as Cognito puts it in the access token. */
const session = { tokens: { accessToken: { payload: { device_key: 'dev-here' }, toString: () => 'access' } } };

function client(script: Script = {}) {
  script.backendConfig ??= tracked;
  if (!Object.hasOwn(script, 'fetchDevices')) script.fetchDevices = [phone, here, once];
  script.fetchAuthSession ??= session;
  return signedInClient(script);
}

const dateOf = (date: Date) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(date);

describe('Devices', () => {
  it('lists the remembered devices, this one first and marked', async () => {
    renderAccount({ client: client() });
    const section = await findSection('Remembered devices');
    const items = (await section.findAllByRole('listitem')).map((item) => item.textContent);
    expect(items).toEqual(['Firefox on LinuxThis deviceForget', `Pixel 9Last used ${dateOf(lastWeek)}Forget`]);
  });

  it('is not shown when the backend does not track devices', async () => {
    renderAccount({ client: signedInClient() });
    await findSection('Profile');
    expect(screen.queryByRole('region', { name: 'Remembered devices' })).toBeNull();
  });

  it('forgets another device by its key, this one without naming it, and reports deviceForgotten', async () => {
    const script: Script = { forgetDevice: undefined };
    const c = client(script);
    const { user, events } = renderAccount({ client: c, props: { sections: ['Devices'] } });
    const section = await findSection('Remembered devices');
    script.fetchDevices = [here];
    await user.click(await section.findByRole('button', { name: 'Forget Pixel 9' }));
    expect(await section.findByText('Pixel 9 is no longer remembered.')).toBeDefined();
    expect(section.getAllByRole('listitem')).toHaveLength(1);
    script.fetchDevices = [];
    await user.click(section.getByRole('button', { name: 'Forget Firefox on Linux' }));
    expect(await section.findByText('No device is remembered.')).toBeDefined();
    expect(callsOf(c, 'forgetDevice')).toEqual([{ device: { id: 'dev-phone' } }, undefined]);
    expect(events.filter((event) => event.type === 'deviceForgotten')).toEqual([
      { type: 'deviceForgotten', deviceId: 'dev-phone', thisDevice: false },
      { type: 'deviceForgotten', deviceId: 'dev-here', thisDevice: true },
    ]);
  });

  it('offers to remember this device when the pool lets the user choose', async () => {
    const script: Script = { fetchDevices: [{ ...here, attributes: { device_status: 'not_remembered', device_name: 'Firefox on Linux' } }], rememberDevice: undefined };
    const c = client(script);
    const { user } = renderAccount({ client: c, props: { sections: ['Devices'] } });
    const section = await findSection('Remembered devices');
    expect(await section.findByText('No device is remembered.')).toBeDefined();
    script.fetchDevices = [here];
    await user.click(section.getByRole('button', { name: 'Remember this device' }));
    expect(await section.findByText('This device is remembered.')).toBeDefined();
    expect(callsOf(c, 'rememberDevice')).toHaveLength(1);
    expect(section.queryByRole('button', { name: 'Remember this device' })).toBeNull();
  });

  it.each([
    ['ResourceNotFoundException', 'That device is no longer remembered.'],
    ['InvalidUserPoolConfigurationException', 'Sign-in is not set up correctly. Contact support.'],
    ['NetworkError', 'We could not reach the server. Check your connection and try again.'],
  ] as const)('explains %s when forgetting, keeping the list', async (name, expected) => {
    const c = client({ forgetDevice: new AuthError({ name, message: 'no' }) });
    const { user } = renderAccount({ client: c, props: { sections: ['Devices'] } });
    const section = await findSection('Remembered devices');
    await user.click(await section.findByRole('button', { name: 'Forget Pixel 9' }));
    expect((await section.findByRole('alert')).textContent).toBe(expected);
    expect(section.getAllByRole('listitem')).toHaveLength(2);
  });

  it('says when the list cannot be read', async () => {
    renderAccount({ client: client({ fetchDevices: new AuthError({ name: 'NetworkError', message: 'offline' }) }), props: { sections: ['Devices'] } });
    const section = await findSection('Remembered devices');
    expect((await section.findByRole('alert')).textContent).toContain('We could not load this section.');
  });
});
