// The device calls cognito-local lacks: ConfirmDevice (the device's SRP verifier, after a sign-in handed out
// NewDeviceMetadata), UpdateDeviceStatus (remembered or not), ListDevices, GetDevice and ForgetDevice.
import { signedInUser, type SignedIn } from '../access-token.js';
import { remembersOnPrompt, type DeviceRecord, type DeviceStatus } from '../devices.js';
import { stringField, type EmulatorServices, type Target } from '../emulator-services.js';
import { cognitoError } from '../errors.js';

function bigintOfBase64(value: unknown, name: string): bigint {
  if (typeof value !== 'string' || value === '') throw cognitoError.invalidParameter(`DeviceSecretVerifierConfig.${name} is required`);
  const hex = Buffer.from(value, 'base64').toString('hex');
  if (hex === '') throw cognitoError.invalidParameter(`DeviceSecretVerifierConfig.${name} is not base64`);
  return BigInt(`0x${hex}`);
}

/** Epoch seconds, as Cognito's JSON carries dates. */
function seconds(date: Date): number {
  return date.getTime() / 1000;
}

function deviceType(device: DeviceRecord): object {
  return {
    DeviceKey: device.key,
    DeviceAttributes: [
      { Name: 'device_status', Value: device.status },
      ...(device.name === undefined ? [] : [{ Name: 'device_name', Value: device.name }]),
    ],
    DeviceCreateDate: seconds(device.createdAt),
    DeviceLastModifiedDate: seconds(device.modifiedAt),
    DeviceLastAuthenticatedDate: seconds(device.authenticatedAt),
  };
}

/** The signed-in user's device named by DeviceKey; `confirmed` also requires ConfirmDevice to have run. */
function userDevice(services: EmulatorServices, { pool, user }: SignedIn, request: Record<string, unknown>, confirmed = true): DeviceRecord {
  const device = services.devices.find(pool.options.Id, user.Username, stringField(request, 'DeviceKey'));
  if (!device || (confirmed && !device.secret)) throw cognitoError.deviceNotFound();
  return device;
}

export const ConfirmDevice =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const signedIn = await signedInUser(services, ctx, request);
    const device = userDevice(services, signedIn, request, false);
    const config = (request.DeviceSecretVerifierConfig ?? {}) as { PasswordVerifier?: unknown; Salt?: unknown };
    device.secret = { verifier: bigintOfBase64(config.PasswordVerifier, 'PasswordVerifier'), salt: bigintOfBase64(config.Salt, 'Salt') };
    const name = stringField(request, 'DeviceName');
    if (name !== undefined) device.name = name;
    const askUser = remembersOnPrompt(signedIn.pool);
    // "Always remember" remembers on confirmation; "user opt-in" waits for UpdateDeviceStatus.
    device.status = askUser ? 'not_remembered' : 'remembered';
    device.modifiedAt = services.clock.get();
    return { UserConfirmationNecessary: askUser };
  };

export const UpdateDeviceStatus =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const device = userDevice(services, await signedInUser(services, ctx, request), request);
    const status = stringField(request, 'DeviceRememberedStatus');
    if (status !== 'remembered' && status !== 'not_remembered') throw cognitoError.invalidParameter('DeviceRememberedStatus must be remembered or not_remembered');
    device.status = status satisfies DeviceStatus;
    device.modifiedAt = services.clock.get();
    return {};
  };

export const ListDevices =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const { pool, user } = await signedInUser(services, ctx, request);
    const limit = typeof request.Limit === 'number' ? request.Limit : 60;
    const start = Number(stringField(request, 'PaginationToken') ?? '0');
    const devices = services.devices.list(pool.options.Id, user.Username);
    const page = devices.slice(start, start + limit);
    const next = start + limit < devices.length ? String(start + limit) : undefined;
    return { Devices: page.map(deviceType), ...(next === undefined ? {} : { PaginationToken: next }) };
  };

export const GetDevice =
  (services: EmulatorServices): Target =>
  async (ctx, request) => ({ Device: deviceType(userDevice(services, await signedInUser(services, ctx, request), request)) });

export const ForgetDevice =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const device = userDevice(services, await signedInUser(services, ctx, request), request, false);
    services.devices.forget(device.key);
    return {};
  };
