import { describe, expect, it } from 'vitest';
import { cognitoApi, createPool, createUser, initiateAuth, respondToChallenge, uniqueEmail, type AuthResponse, type PoolSetup } from './api.js';
import { claimSignature, clientKey, formatTimestamp, g, modPow, N, padHex, privateKey, randomNumber } from './srp.js';

const flows = { ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] };
const OPT_IN = { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true };

interface NewDevice {
  DeviceKey: string;
  DeviceGroupKey: string;
}

interface SignedIn {
  AccessToken: string;
  NewDeviceMetadata?: NewDevice;
}

function signIn(setup: PoolSetup, email: string, deviceKey?: string): Promise<AuthResponse> {
  return initiateAuth(setup, 'USER_PASSWORD_AUTH', { USERNAME: email, PASSWORD: 'Passw0rd!', ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}) });
}

function tokensOf(response: AuthResponse): SignedIn {
  const result = response.AuthenticationResult as SignedIn | undefined;
  if (!result) throw new Error(`expected tokens, got ${response.ChallengeName ?? 'nothing'}`);
  return result;
}

const base64OfHex = (hex: string) => Buffer.from(hex, 'hex').toString('base64');

/** What Amplify does after a sign-in from a new device: a random device password, its SRP verifier, ConfirmDevice. */
async function confirmDevice(accessToken: string, device: NewDevice) {
  const password = randomNumber(40).toString(36);
  const salt = randomNumber(16);
  const verifier = modPow(g, privateKey(device.DeviceGroupKey, device.DeviceKey, password, salt), N);
  const output = await cognitoApi<{ UserConfirmationNecessary: boolean }>('ConfirmDevice', {
    AccessToken: accessToken,
    DeviceKey: device.DeviceKey,
    DeviceName: 'Test browser',
    DeviceSecretVerifierConfig: { Salt: base64OfHex(padHex(salt)), PasswordVerifier: base64OfHex(padHex(verifier)) },
  });
  return { password, output };
}

/** A user with a confirmed device, signed in from it once; returns what the device keeps. */
async function userWithDevice(setup: PoolSetup) {
  const email = uniqueEmail('device');
  await createUser(setup, { email });
  const first = tokensOf(await signIn(setup, email));
  const device = first.NewDeviceMetadata;
  if (!device) throw new Error('no NewDeviceMetadata');
  const { password, output } = await confirmDevice(first.AccessToken, device);
  return { email, device, password, accessToken: first.AccessToken, confirmation: output };
}

/** Device authentication by hand: DEVICE_SRP_AUTH, then DEVICE_PASSWORD_VERIFIER signed with `password`. */
async function deviceAuth(setup: PoolSetup, challenge: AuthResponse, device: NewDevice, password: string): Promise<AuthResponse> {
  const a = randomNumber(128);
  const verifier = await respondToChallenge(setup, 'DEVICE_SRP_AUTH', { USERNAME: '', SRP_A: modPow(g, a, N).toString(16), DEVICE_KEY: device.DeviceKey }, challenge.Session);
  expect(verifier.ChallengeName).toBe('DEVICE_PASSWORD_VERIFIER');
  const p = verifier.ChallengeParameters ?? {};
  const x = privateKey(device.DeviceGroupKey, device.DeviceKey, password, BigInt(`0x${p.SALT ?? ''}`));
  const key = clientKey(a, BigInt(`0x${p.SRP_B ?? ''}`), x);
  const timestamp = formatTimestamp(new Date());
  return respondToChallenge(
    setup,
    'DEVICE_PASSWORD_VERIFIER',
    {
      USERNAME: p.USERNAME ?? '',
      DEVICE_KEY: device.DeviceKey,
      PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK ?? '',
      TIMESTAMP: timestamp,
      PASSWORD_CLAIM_SIGNATURE: claimSignature(key, device.DeviceGroupKey, device.DeviceKey, p.SECRET_BLOCK ?? '', timestamp),
    },
    verifier.Session,
  );
}

describe('device tracking', () => {
  it('hands out no device keys on a pool that does not track devices', async () => {
    const setup = await createPool({ client: flows });
    const email = uniqueEmail('untracked');
    await createUser(setup, { email });
    expect(tokensOf(await signIn(setup, email)).NewDeviceMetadata).toBeUndefined();
  });

  it('registers a new device at sign-in, confirms it for its own user only, and lists only confirmed devices', async () => {
    const setup = await createPool({ pool: { DeviceConfiguration: OPT_IN }, client: flows });
    const { email, device, accessToken, confirmation } = await userWithDevice(setup);
    expect(device.DeviceKey).toMatch(new RegExp(`^${setup.userPoolId.split('_')[0] ?? ''}_[0-9a-f-]{36}$`));
    expect(confirmation).toEqual({ UserConfirmationNecessary: true });

    const other = uniqueEmail('other');
    await createUser(setup, { email: other });
    const stranger = tokensOf(await signIn(setup, other));
    await expect(confirmDevice(stranger.AccessToken, device)).rejects.toMatchObject({ name: 'ResourceNotFoundException', message: 'Device does not exist.' });
    // The stranger's own device was registered but never confirmed: not listed.
    expect(await cognitoApi('ListDevices', { AccessToken: stranger.AccessToken })).toEqual({ Devices: [] });

    const { Devices } = await cognitoApi<{ Devices: { DeviceKey: string; DeviceAttributes: unknown[] }[] }>('ListDevices', { AccessToken: accessToken });
    expect(Devices.map((d) => d.DeviceKey)).toEqual([device.DeviceKey]);
    expect(Devices[0]?.DeviceAttributes).toEqual([
      { Name: 'device_status', Value: 'not_remembered' },
      { Name: 'device_name', Value: 'Test browser' },
    ]);
    // A sign-in naming a device the pool does not know fails as Cognito's does (Amplify then drops the key).
    await expect(signIn(setup, email, 'local_00000000-0000-0000-0000-000000000000')).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'Device does not exist.',
    });
  });

  it('authenticates a remembered device in place of MFA, and refuses a claim signed with another device password', async () => {
    const setup = await createPool({ pool: { DeviceConfiguration: OPT_IN, MfaConfiguration: 'OPTIONAL' }, client: flows });
    const { email, device, password, accessToken } = await userWithDevice(setup);
    await cognitoApi('AdminUpdateUserAttributes', { UserPoolId: setup.userPoolId, Username: email, UserAttributes: [{ Name: 'phone_number', Value: '+15555550111' }] });
    await cognitoApi('SetUserMFAPreference', { AccessToken: accessToken, SMSMfaSettings: { Enabled: true, PreferredMfa: true } });

    // Confirmed but not remembered: device authentication, then the SMS step all the same.
    const notRemembered = await deviceAuth(setup, await signIn(setup, email, device.DeviceKey), device, password);
    expect(notRemembered.ChallengeName).toBe('SMS_MFA');

    await cognitoApi('UpdateDeviceStatus', { AccessToken: accessToken, DeviceKey: device.DeviceKey, DeviceRememberedStatus: 'remembered' });
    const challenge = await signIn(setup, email, device.DeviceKey);
    expect(challenge.ChallengeName).toBe('DEVICE_SRP_AUTH');
    await expect(deviceAuth(setup, challenge, device, 'not-the-device-password')).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    const remembered = tokensOf(await deviceAuth(setup, await signIn(setup, email, device.DeviceKey), device, password));
    // A known device gets no new key.
    expect(remembered.NewDeviceMetadata).toBeUndefined();

    await cognitoApi('ForgetDevice', { AccessToken: accessToken, DeviceKey: device.DeviceKey });
    await expect(signIn(setup, email, device.DeviceKey)).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('remembers a device on confirmation when the pool always remembers: it then skips MFA without UpdateDeviceStatus', async () => {
    const always = { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false };
    const setup = await createPool({ pool: { DeviceConfiguration: always, MfaConfiguration: 'OPTIONAL' }, client: flows });
    const { email, device, password, accessToken, confirmation } = await userWithDevice(setup);
    expect(confirmation).toEqual({ UserConfirmationNecessary: false });
    await cognitoApi('AdminUpdateUserAttributes', { UserPoolId: setup.userPoolId, Username: email, UserAttributes: [{ Name: 'phone_number', Value: '+15555550112' }] });
    await cognitoApi('SetUserMFAPreference', { AccessToken: accessToken, SMSMfaSettings: { Enabled: true, PreferredMfa: true } });
    expect(tokensOf(await deviceAuth(setup, await signIn(setup, email, device.DeviceKey), device, password)).AccessToken).toBeTypeOf('string');
  });
});
