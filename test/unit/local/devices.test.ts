import { describe, expect, it, vi } from 'vitest';
import type { DeviceTracking } from '../../../src/client/local/index.js';
import {
  anyOf,
  claimsOf,
  createTestPool,
  expectNoSecretsInStorage,
  failure,
  HOUR,
  MINUTE,
  PASSWORD,
  storedDevices,
  storedTokens,
  T0,
  type TestDevice,
  type TestPool,
} from '../../support/local-pool.js';

// Cognito's device tracking (developer guide, "Working with user devices in your user pool"; the API's
// ConfirmDevice, UpdateDeviceStatus, ForgetDevice, ListDevices): a sign-in from a new device gets a device key
// (NewDeviceMetadata); "Always remember" remembers every device, "User opt-in" only those the user chooses;
// a remembered device signs in with device authentication instead of an MFA code.
const EMAIL = 'ana@example.com';
const PHONE = '+15555550100';

async function trackingPool(deviceTracking: DeviceTracking): Promise<TestPool> {
  const pool = createTestPool({ deviceTracking, deviceName: 'Test browser', mfa: { enforcement: 'OPTIONAL', types: ['SMS'] } });
  await pool.seedUser({ username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE }, mfa: { enabled: ['SMS'], preferred: 'SMS' } });
  return pool;
}

/** Signs in, answering the SMS code when asked; says whether MFA was asked. */
async function signIn(pool: TestPool, device: TestDevice): Promise<{ askedForMfa: boolean }> {
  const first = await device.client.signIn({ username: EMAIL, password: PASSWORD });
  if (first.nextStep.signInStep === 'DONE') return { askedForMfa: false };
  expect(first.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_SMS_CODE');
  expect((await device.client.confirmSignIn({ challengeResponse: pool.codeSentTo(PHONE) })).nextStep.signInStep).toBe('DONE');
  return { askedForMfa: true };
}

describe('device tracking off (the default)', () => {
  it('tracks nothing: no device key, an empty list, nothing to remember', async () => {
    const p = createTestPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    expect(p.client.getBackendConfig().deviceTracking).toBeUndefined();
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    expect(storedDevices(p.storage)).toEqual([]);
    expect(claimsOf(storedTokens(p.storage)?.accessToken ?? '').device_key).toBeUndefined();
    expect(await p.client.fetchDevices()).toEqual([]);
    expect(await failure(p.client.rememberDevice())).toMatchObject({ name: 'DeviceMetadataNotFoundException', message: matchingDeviceMetadata });
    expect(await failure(p.client.forgetDevice())).toMatchObject({ name: 'DeviceMetadataNotFoundException', message: matchingDeviceMetadata });
  });
});

const matchingDeviceMetadata = 'Either deviceKey, deviceGroupKey or secretPassword were not found during the sign-in process.';

describe('device tracking, user opt-in', () => {
  it('says so in the backend config', async () => {
    const p = await trackingPool('userOptIn');
    expect(p.client.getBackendConfig().deviceTracking).toBe('userOptIn');
  });

  it('gives a sign-in from a new device a device key, kept in the client’s token storage and named by the access token', async () => {
    const p = await trackingPool('userOptIn');
    await signIn(p, p);
    const [device, ...others] = storedDevices(p.storage);
    expect(others).toEqual([]);
    expect(device).toMatchObject({ deviceKey: expect.stringMatching(/^local_[0-9a-f-]{36}$/) as string, deviceGroupKey: expect.stringMatching(/^-/) as string });
    expect(claimsOf(storedTokens(p.storage)?.accessToken ?? '').device_key).toBe(device?.deviceKey);
    expect(await p.client.fetchDevices()).toEqual([
      {
        id: device?.deviceKey,
        name: 'Test browser',
        attributes: { device_status: 'not_remembered', 'dev:device_remembered_status': 'not_remembered', device_name: 'Test browser' },
        createDate: new Date(T0),
        lastAuthenticatedDate: new Date(T0),
        lastModifiedDate: new Date(T0),
      },
    ]);
    // The client keeps the device's secret; the pool only its public half.
    expect(expectNoSecretsInStorage(p)).toBeGreaterThan(0);
    expect(device?.privateKey.d).toEqual(anyOf(String));
  });

  it('names the device after the browser’s user agent when the pool gives no deviceName', async () => {
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (Test) Gatehouse/1.0' });
    try {
      const p = createTestPool({ deviceTracking: 'userOptIn' });
      await p.seedUser({ username: EMAIL, password: PASSWORD });
      await p.client.signIn({ username: EMAIL, password: PASSWORD });
      expect(await p.client.fetchDevices()).toMatchObject([{ name: 'Mozilla/5.0 (Test) Gatehouse/1.0', attributes: { device_name: 'Mozilla/5.0 (Test) Gatehouse/1.0' } }]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('asks for MFA again on a device that is not remembered, without making another device', async () => {
    const p = await trackingPool('userOptIn');
    await signIn(p, p);
    await p.client.signOut();
    expect(storedDevices(p.storage)).toHaveLength(1);
    expect(await signIn(p, p)).toEqual({ askedForMfa: true });
    expect(await p.client.fetchDevices()).toHaveLength(1);
  });

  it('skips MFA on a remembered device, from the same client storage only', async () => {
    const p = await trackingPool('userOptIn');
    await signIn(p, p);
    await p.client.rememberDevice();
    p.advance(HOUR);
    await p.client.signOut();
    const smsBefore = p.messagesTo(PHONE).length;
    expect(await signIn(p, p)).toEqual({ askedForMfa: false });
    expect(p.messagesTo(PHONE)).toHaveLength(smsBefore);
    const [device] = await p.client.fetchDevices();
    expect(device).toMatchObject({ attributes: { device_status: 'remembered' }, createDate: new Date(T0), lastAuthenticatedDate: new Date(T0 + HOUR) });
    // A page reload uses the same storage: still this device.
    const reloaded = p.reload();
    await reloaded.client.signOut();
    expect(await signIn(p, reloaded)).toEqual({ askedForMfa: false });
    // Another browser is another device.
    const other = p.otherDevice();
    expect(await signIn(p, other)).toEqual({ askedForMfa: true });
    expect((await other.client.fetchDevices()).map((d) => d.attributes.device_status)).toEqual(['remembered', 'not_remembered']);
    expectNoSecretsInStorage(p);
  });

  it('refuses a device key claimed by another client without the device’s secret: no MFA is skipped', async () => {
    const p = await trackingPool('userOptIn');
    await signIn(p, p);
    await p.client.rememberDevice();
    const [remembered] = storedDevices(p.storage);
    // Another client learns the device key (fetchDevices lists it) and puts it in its own storage, with a key
    // pair of its own: it cannot sign the pool's challenge with the device's secret.
    const thief = p.otherDevice();
    await signIn(p, thief);
    const [own] = storedDevices(thief.storage);
    const forged = [{ ...own, deviceKey: remembered?.deviceKey, deviceGroupKey: remembered?.deviceGroupKey }];
    thief.storage.setItem(Object.keys(thief.storage.contents()).find((key) => key.endsWith('.devices')) ?? '', JSON.stringify(forged));
    await thief.client.signOut();
    expect(await failure(thief.client.signIn({ username: EMAIL, password: PASSWORD }))).toEqual({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    expect(await thief.client.getCurrentUser().catch((error: unknown) => (error as Error).name)).toBe('UserUnAuthenticatedException');
    // The real device still skips MFA.
    await p.client.signOut();
    expect(await signIn(p, p)).toEqual({ askedForMfa: false });
  });

  it('forgets this device: its key leaves the storage, and the next sign-in asks for MFA from a new device', async () => {
    const p = await trackingPool('userOptIn');
    await signIn(p, p);
    await p.client.rememberDevice();
    const [before] = storedDevices(p.storage);
    await p.client.forgetDevice();
    expect(storedDevices(p.storage)).toEqual([]);
    expect(await p.client.fetchDevices()).toEqual([]);
    await p.client.signOut();
    expect(await signIn(p, p)).toEqual({ askedForMfa: true });
    const [after] = storedDevices(p.storage);
    expect(after?.deviceKey).not.toBe(before?.deviceKey);
  });

  it('forgets another device by its key: that device asks for MFA again', async () => {
    const p = await trackingPool('userOptIn');
    await signIn(p, p);
    await p.client.rememberDevice();
    const laptop = p.otherDevice();
    await signIn(p, laptop);
    const phoneDevice = (await laptop.client.fetchDevices()).find((d) => d.attributes.device_status === 'remembered');
    await laptop.client.forgetDevice({ device: { id: phoneDevice?.id ?? '' } });
    // The laptop's own device is untouched.
    expect(storedDevices(laptop.storage)).toHaveLength(1);
    expect((await laptop.client.fetchDevices()).map((d) => d.id)).toEqual([storedDevices(laptop.storage)[0]?.deviceKey]);
    await p.client.signOut();
    // Each client has its own outbox: a later time tells which SMS is the newest.
    p.advance(MINUTE);
    expect(await signIn(p, p)).toEqual({ askedForMfa: true });
    expect(await failure(laptop.client.forgetDevice({ device: { id: phoneDevice?.id ?? '' } }))).toEqual({
      name: 'ResourceNotFoundException',
      message: 'Device does not exist.',
    });
  });

  it('still lets tokens expire and be revoked on a remembered device', async () => {
    const p = await trackingPool('userOptIn');
    await signIn(p, p);
    await p.client.rememberDevice();
    const other = p.otherDevice();
    await signIn(p, other);
    await other.client.signOut({ global: true });
    expect(await p.client.fetchAuthSession({ forceRefresh: true })).toEqual({});
    expect(p.events.at(-1)).toMatchObject({ event: 'tokenRefresh_failure' });
    // Signing in again still takes the password; the remembered device only stands in for MFA.
    expect(await failure(p.client.signIn({ username: EMAIL, password: 'Wrong-Passw0rd!' }))).toMatchObject({ name: 'NotAuthorizedException' });
    expect(await signIn(p, p)).toEqual({ askedForMfa: false });
    p.advance(HOUR + MINUTE);
    expect((await p.client.fetchAuthSession()).tokens).toBeDefined();
    expect(p.events.at(-1)).toEqual({ event: 'tokenRefresh' });
  });

  it('is not a user’s device for another user of the same client', async () => {
    const p = await trackingPool('userOptIn');
    await p.seedUser({ username: 'bea@example.com', password: PASSWORD, attributes: { phone_number: '+15555550199' }, mfa: { enabled: ['SMS'], preferred: 'SMS' } });
    await signIn(p, p);
    await p.client.rememberDevice();
    await p.client.signOut();
    const bea = await p.client.signIn({ username: 'bea@example.com', password: PASSWORD });
    expect(bea.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    await p.client.confirmSignIn({ challengeResponse: p.codeSentTo('+15555550199') });
    expect(storedDevices(p.storage).map((d) => d.username)).toHaveLength(2);
    await p.client.signOut();
    expect(await signIn(p, p)).toEqual({ askedForMfa: false });
  });

  it('goes through the simulated network', async () => {
    const p = await trackingPool('userOptIn');
    await signIn(p, p);
    p.client.admin.failNext('rememberDevice', 'NetworkError');
    expect(await failure(p.client.rememberDevice())).toMatchObject({ name: 'NetworkError' });
    p.client.admin.failNext('fetchDevices', 'TooManyRequestsException');
    expect(await failure(p.client.fetchDevices())).toMatchObject({ name: 'TooManyRequestsException' });
    p.client.admin.failNext('forgetDevice', 'NetworkError');
    expect(await failure(p.client.forgetDevice())).toMatchObject({ name: 'NetworkError' });
    expect(storedDevices(p.storage)).toHaveLength(1);
    expect((await p.client.fetchDevices())[0]?.attributes.device_status).toBe('not_remembered');
  });

  it('needs a signed-in user', async () => {
    const p = await trackingPool('userOptIn');
    for (const call of [() => p.client.fetchDevices(), () => p.client.rememberDevice(), () => p.client.forgetDevice()]) {
      expect(await failure(call())).toMatchObject({ name: 'UserUnAuthenticatedException' });
    }
  });
});

describe('device tracking, always', () => {
  it('remembers every device once it signed in: the first sign-in asks for MFA, the next ones do not', async () => {
    const p = await trackingPool('always');
    expect(p.client.getBackendConfig().deviceTracking).toBe('always');
    expect(await signIn(p, p)).toEqual({ askedForMfa: true });
    expect((await p.client.fetchDevices())[0]?.attributes.device_status).toBe('remembered');
    await p.client.signOut();
    expect(await signIn(p, p)).toEqual({ askedForMfa: false });
    const other = p.otherDevice();
    expect(await signIn(p, other)).toEqual({ askedForMfa: true });
  });

  it('skips nothing in a pool without MFA, but still tracks the device', async () => {
    const p = createTestPool({ deviceTracking: 'always' });
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
    p.advance(MINUTE);
    await p.client.signOut();
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
    expect(await p.client.fetchDevices()).toMatchObject([{ lastAuthenticatedDate: new Date(T0 + MINUTE) }]);
  });
});
