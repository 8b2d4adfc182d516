import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPool, createUser, uniqueEmail, type PoolSetup } from '../cognito/api.js';
import { MemoryStorage, configureAmplify, signOutQuietly, useStorage, type AmplifyHarness } from './amplify.js';
import { totpCode } from './totp.js';

const PASSWORD = 'Passw0rd!';
const DEVICE_NAME = 'Gatehouse test browser';

// Amplify names the device it confirms after navigator.userAgent; Node 20 has no navigator, and without a name
// Amplify skips ConfirmDevice silently.
vi.stubGlobal('navigator', { userAgent: DEVICE_NAME });

/** Device tracking as "User opt-in" with "Suppress MFA on remembered devices": Amplify's rememberDevice decides. */
const OPT_IN = { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true };

let setup: PoolSetup;
let amplify: AmplifyHarness;

beforeAll(async () => {
  setup = await createPool({ pool: { MfaConfiguration: 'OPTIONAL', DeviceConfiguration: OPT_IN } });
});

// Each test is a browser of its own: a storage that holds no other test's device keys.
beforeEach(() => {
  amplify = configureAmplify(setup, { mfa: { status: 'optional', totpEnabled: true } });
});

afterEach(() => signOutQuietly(amplify.client));

/** A user with TOTP MFA, signed in on the current storage (a new device); returns the email and the TOTP secret. */
async function userWithTotp(): Promise<{ email: string; secret: string }> {
  const email = uniqueEmail('device');
  await createUser(setup, { email });
  await amplify.client.signIn({ username: email, password: PASSWORD });
  const { sharedSecret } = await amplify.client.setUpTOTP();
  await amplify.client.verifyTOTPSetup({ code: totpCode(sharedSecret) });
  return { email, secret: sharedSecret };
}

/** Signs out and in again on the current storage; answers a TOTP step when one comes; returns whether it came. */
async function signInAgain(email: string, secret: string): Promise<'askedForTotp' | 'skippedMfa'> {
  await amplify.client.signOut();
  const output = await amplify.client.signIn({ username: email, password: PASSWORD });
  if (output.isSignedIn) return 'skippedMfa';
  expect(output.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
  expect((await amplify.client.confirmSignIn({ challengeResponse: totpCode(secret) })).isSignedIn).toBe(true);
  return 'askedForTotp';
}

// A test here is a dozen SRP exchanges (password and device), each computed by Amplify's JavaScript BigInteger.
const SRP_HEAVY = { timeout: 20_000 };

describe('device tracking through aws-amplify/auth', SRP_HEAVY, () => {
  it('confirms the device at sign-in, lists it, and once it is remembered the next sign-in skips MFA; forgotten, MFA is back', async () => {
    const { email, secret } = await userWithTotp();
    const key = amplify.storage.deviceKey();
    // REGION_UUID, the region being the pool's.
    expect(key).toMatch(new RegExp(`^${setup.userPoolId.split('_')[0] ?? ''}_[0-9a-f-]{36}$`));
    const [device, ...others] = await amplify.client.fetchDevices();
    expect(others).toEqual([]);
    expect(device).toMatchObject({ id: key, name: DEVICE_NAME, attributes: { device_status: 'not_remembered', device_name: DEVICE_NAME } });
    expect(device?.createDate).toBeInstanceOf(Date);
    expect(device?.lastAuthenticatedDate).toBeInstanceOf(Date);
    expect(device?.lastModifiedDate).toBeInstanceOf(Date);

    // Tracked but not remembered: MFA is still asked.
    expect(await signInAgain(email, secret)).toBe('askedForTotp');
    await amplify.client.rememberDevice();
    expect((await amplify.client.fetchDevices()).map((d) => [d.id, d.attributes.device_status])).toEqual([[key, 'remembered']]);
    expect(await signInAgain(email, secret)).toBe('skippedMfa');
    expect(amplify.storage.deviceKey()).toBe(key);

    await amplify.client.forgetDevice();
    expect(amplify.storage.deviceKey()).toBeUndefined();
    expect(await amplify.client.fetchDevices()).toEqual([]);
    expect(await signInAgain(email, secret)).toBe('askedForTotp');
    // That sign-in came from a device the pool did not know: a new one.
    expect(amplify.storage.deviceKey()).toBeTypeOf('string');
    expect(amplify.storage.deviceKey()).not.toBe(key);
  });

  it('forgets a remembered device from another browser: that device then asks for MFA again', async () => {
    const { email, secret } = await userWithTotp();
    await amplify.client.rememberDevice();
    const laptop = amplify.storage;
    const laptopKey = laptop.deviceKey();

    const phone = new MemoryStorage();
    useStorage(phone);
    await amplify.client.signIn({ username: email, password: PASSWORD });
    await amplify.client.confirmSignIn({ challengeResponse: totpCode(secret) });
    const listed = await amplify.client.fetchDevices();
    expect(listed.map((d) => d.attributes.device_status).sort()).toEqual(['not_remembered', 'remembered']);
    const remembered = listed.find((d) => d.id === laptopKey);
    if (!remembered) throw new Error('the laptop is not listed');
    await amplify.client.forgetDevice({ device: remembered });
    expect((await amplify.client.fetchDevices()).map((d) => d.id)).toEqual([phone.deviceKey()]);
    await expect(amplify.client.forgetDevice({ device: remembered })).rejects.toMatchObject({ name: 'DeviceMetadataNotFoundException' });
    await amplify.client.signOut();

    // The laptop still holds its key: Cognito says the device does not exist, Amplify drops the key and signs in anew.
    useStorage(laptop);
    expect(await signInAgain(email, secret)).toBe('askedForTotp');
    expect(laptop.deviceKey()).not.toBe(laptopKey);
  });
});
