import { Buffer } from 'node:buffer';
import * as OTPAuth from 'otpauth';
import { expect } from 'vitest';
import {
  createLocalAuthClient,
  type KeyValueStorage,
  type LocalAuthClient,
  type LocalAuthClientOptions,
  type LocalPoolConfig,
  type LocalUserView,
  type OutboxMessage,
  type SeedUser,
} from '../../src/client/local/index.js';
import type { AuthEvent, SignInOutput, SignInStepName } from '../../src/client/types.js';

/** A test's start time: fixed, so token claims and TOTP steps are reproducible. */
export const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** A synchronous memory storage that also shows everything it holds, so tests can look for leaked secrets. */
export interface InspectableStorage extends KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  contents(): Record<string, string>;
}

export function createInspectableStorage(initial: Record<string, string> = {}): InspectableStorage {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
    contents: () => Object.fromEntries(items),
  };
}

/** What a flow handled that storage must never keep in plain form. */
export interface TrackedSecrets {
  passwords: Set<string>;
  codes: Set<string>;
  totpSecrets: Set<string>;
}

/** One "page" or "device" on the pool: a client and the two client-side storages it uses. */
export interface TestDevice {
  client: LocalAuthClient;
  storage: InspectableStorage;
  signInStorage: InspectableStorage;
  events: AuthEvent[];
}

export interface TestPool extends TestDevice {
  /** The pool's own database (the service side), shared by every device. */
  persistence: InspectableStorage;
  devices: TestDevice[];
  secrets: TrackedSecrets;
  now(): number;
  advance(ms: number): void;
  /** The newest code sent to an email address or phone number, on any device's outbox. */
  codeSentTo(destination: string): string;
  messagesTo(destination: string): OutboxMessage[];
  seedUser(user: SeedUser): Promise<LocalUserView>;
  /** The current TOTP code for a secret, made by the independent `otpauth` library. */
  totpCode(secret: string, at?: number): string;
  /** A new client on the same three storages: a page reload. */
  reload(): TestDevice;
  /** A new client with its own token and sign-in storage on the same pool: another browser. */
  otherDevice(): TestDevice;
}

const PASSWORD_STEPS: readonly SignInStepName[] = ['CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', 'CONFIRM_SIGN_IN_WITH_PASSWORD'];
const CODE_STEPS: readonly SignInStepName[] = [
  'CONFIRM_SIGN_IN_WITH_SMS_CODE',
  'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
  'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
  'CONTINUE_SIGN_IN_WITH_TOTP_SETUP',
];

/**
 * A local pool for a test: fast password hashing, a clock the test moves, inspectable storages, and every
 * password, code and TOTP secret the flow touches remembered for {@link expectNoSecretsInStorage}.
 */
export function createTestPool(options: LocalAuthClientOptions = {}): TestPool {
  let now = T0;
  const secrets: TrackedSecrets = { passwords: new Set(), codes: new Set(), totpSecrets: new Set() };
  const persistence = createInspectableStorage();
  const devices: TestDevice[] = [];
  let lastStep: SignInStepName | undefined;

  function remember(set: Set<string>, value: string | undefined): void {
    if (value !== undefined && value !== '') set.add(value);
  }

  function rememberSeed(user: SeedUser): void {
    remember(secrets.passwords, user.password);
    remember(secrets.totpSecrets, user.totpSecret);
  }
  for (const user of options.users ?? []) rememberSeed(user);

  function noteStep(output: SignInOutput): SignInOutput {
    lastStep = output.nextStep.signInStep;
    if (output.nextStep.signInStep === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') remember(secrets.totpSecrets, output.nextStep.totpSetupDetails.sharedSecret);
    return output;
  }

  /** Wraps the client's calls so that what the test typed is remembered as a secret. */
  function track(client: LocalAuthClient): void {
    const signIn = client.signIn.bind(client);
    const confirmSignIn = client.confirmSignIn.bind(client);
    const signUp = client.signUp.bind(client);
    const confirmSignUp = client.confirmSignUp.bind(client);
    const autoSignIn = client.autoSignIn.bind(client);
    const confirmResetPassword = client.confirmResetPassword.bind(client);
    const confirmUserAttribute = client.confirmUserAttribute.bind(client);
    const setUpTOTP = client.setUpTOTP.bind(client);
    const verifyTOTPSetup = client.verifyTOTPSetup.bind(client);
    const updatePassword = client.updatePassword.bind(client);
    client.signIn = async (input) => {
      remember(secrets.passwords, input.password);
      return noteStep(await signIn(input));
    };
    client.confirmSignIn = async (input) => {
      const answer = input.challengeResponse;
      if (lastStep !== undefined && PASSWORD_STEPS.includes(lastStep)) remember(secrets.passwords, answer);
      if (lastStep !== undefined && CODE_STEPS.includes(lastStep)) remember(secrets.codes, answer);
      return noteStep(await confirmSignIn(input));
    };
    client.autoSignIn = async () => noteStep(await autoSignIn());
    client.signUp = async (input) => {
      remember(secrets.passwords, input.password);
      return signUp(input);
    };
    client.confirmSignUp = async (input) => {
      remember(secrets.codes, input.confirmationCode);
      return confirmSignUp(input);
    };
    client.confirmResetPassword = async (input) => {
      remember(secrets.passwords, input.newPassword);
      remember(secrets.codes, input.confirmationCode);
      return confirmResetPassword(input);
    };
    client.confirmUserAttribute = async (input) => {
      remember(secrets.codes, input.confirmationCode);
      return confirmUserAttribute(input);
    };
    client.setUpTOTP = async () => {
      const details = await setUpTOTP();
      remember(secrets.totpSecrets, details.sharedSecret);
      return details;
    };
    client.verifyTOTPSetup = async (input) => {
      remember(secrets.codes, input.code);
      return verifyTOTPSetup(input);
    };
    client.updatePassword = async (input) => {
      remember(secrets.passwords, input.oldPassword);
      remember(secrets.passwords, input.newPassword);
      return updatePassword(input);
    };
    client.outbox.subscribe((message) => {
      remember(secrets.codes, message.code);
    });
  }

  function device(storage: InspectableStorage, signInStorage: InspectableStorage, users: SeedUser[] = []): TestDevice {
    const client = createLocalAuthClient({
      passwordHashIterations: 1_000,
      ...options,
      users,
      storage,
      signInStorage,
      persistence,
      clock: () => now,
    });
    track(client);
    const events: AuthEvent[] = [];
    client.subscribe((event) => events.push(event));
    const made: TestDevice = { client, storage, signInStorage, events };
    devices.push(made);
    return made;
  }

  const first = device(createInspectableStorage(), createInspectableStorage(), options.users);

  function messagesTo(destination: string): OutboxMessage[] {
    return devices
      .flatMap((d) => d.client.outbox.messages())
      .filter((m) => m.destination.toLowerCase() === destination.toLowerCase())
      .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
  }

  return {
    ...first,
    persistence,
    devices,
    secrets,
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    messagesTo,
    codeSentTo: (destination) => {
      const message = messagesTo(destination).at(-1);
      if (!message) throw new Error(`No message was sent to ${destination}.`);
      return message.code;
    },
    seedUser: (user) => {
      rememberSeed(user);
      return first.client.admin.createUser(user);
    },
    totpCode: (secret, at = now) => {
      const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: at });
      remember(secrets.codes, code);
      return code;
    },
    reload: () => device(first.storage, first.signInStorage),
    otherDevice: () => device(createInspectableStorage(), createInspectableStorage()),
  };
}

/** A stored value, plus the decoded payload of every JWT in it (a secret could hide in a claim). */
function readable(raw: string): string {
  const payloads = [...raw.matchAll(/eyJ[\w-]*\.([\w-]+)\.[\w-]*/g)].map((match) => Buffer.from(match[1] ?? '', 'base64url').toString('utf8'));
  return [raw, ...payloads].join('\n');
}

/** A code as a whole token: `123456` inside base64 or a longer number is not a leak. */
function holdsCode(text: string, code: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9_-])${code.replace(/[^\w]/g, '\\$&')}(?![A-Za-z0-9_-])`).test(text);
}

function leaks(where: string, storage: InspectableStorage, kinds: Partial<TrackedSecrets>): string[] {
  const found: string[] = [];
  for (const [key, raw] of Object.entries(storage.contents())) {
    const text = readable(raw);
    for (const password of kinds.passwords ?? []) if (text.includes(password)) found.push(`${where}[${key}] holds the password ${password}`);
    for (const code of kinds.codes ?? []) if (holdsCode(text, code)) found.push(`${where}[${key}] holds the code ${code}`);
    for (const secret of kinds.totpSecrets ?? []) if (text.includes(secret)) found.push(`${where}[${key}] holds the TOTP secret ${secret}`);
  }
  return found;
}

/**
 * No password, one-time code or TOTP secret in any device's token or sign-in storage; no plain password or
 * code in the pool's database (it keeps salted hashes; a TOTP secret is the server's to keep). Returns how
 * many secrets were checked, so a test can show the check had something to look for.
 */
export function expectNoSecretsInStorage(pool: Pick<TestPool, 'devices' | 'persistence' | 'secrets'>): number {
  const { passwords, codes, totpSecrets } = pool.secrets;
  const found = pool.devices.flatMap((d, i) => [
    ...leaks(`device ${i} storage`, d.storage, pool.secrets),
    ...leaks(`device ${i} signInStorage`, d.signInStorage, pool.secrets),
  ]);
  found.push(...leaks('persistence', pool.persistence, { passwords, codes }));
  // A tracked device's secret is the client's to keep (as Amplify keeps its randomPassword): never the pool's.
  const deviceSecrets = pool.devices.flatMap((d) => storedDevices(d.storage).map((device) => device.privateKey.d ?? ''));
  const database = pool.persistence.contents();
  for (const secret of deviceSecrets) if (Object.values(database).some((raw) => raw.includes(secret))) found.push(`persistence holds a device secret`);
  expect(found).toEqual([]);
  return passwords.size + codes.size + totpSecrets.size + deviceSecrets.length;
}

/** The tracked devices a client's token storage holds (device tracking), parsed. */
export function storedDevices(storage: InspectableStorage): { username: string; deviceKey: string; deviceGroupKey: string; privateKey: JsonWebKey }[] {
  const entry = Object.entries(storage.contents()).find(([key]) => key.endsWith('.devices'));
  return entry ? (JSON.parse(entry[1]) as { username: string; deviceKey: string; deviceGroupKey: string; privateKey: JsonWebKey }[]) : [];
}

/** The rejection of a call, for asserting its Cognito name and message. */
export async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return { name: error.name, message: error.message };
    throw new Error(`Rejected with a non-error: ${String(error)}`);
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

/** The claims of a JWT. */
export function claimsOf(token: string): Record<string, unknown> {
  const [, payload = ''] = token.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The tokens a device's storage holds, parsed. */
export function storedTokens(storage: InspectableStorage): { accessToken: string; idToken: string; refreshToken: string } | undefined {
  const entry = Object.entries(storage.contents()).find(([key]) => key.endsWith('.tokens'));
  return entry && (JSON.parse(entry[1]) as { accessToken: string; idToken: string; refreshToken: string });
}

export { NEW_PASSWORD, PASSWORD } from './constants.js';

/** Vitest's asymmetric matchers, typed as the value they stand for (they are `any` otherwise). */
export function matching(pattern: string | RegExp): string {
  return expect.stringMatching(pattern) as string;
}

export function anyOf<T>(constructor: new (...args: never[]) => T): T {
  return expect.any(constructor) as T;
}

/** A test pool with this configuration, seeded with these users. */
export function poolWith(config: LocalPoolConfig, users: SeedUser[]): TestPool {
  return createTestPool({ ...config, users });
}
