// The emulator from a test's side: Cognito's JSON API over HTTP, and the codes it "sent".
import { inject } from 'vitest';
import { callCognito } from './http.js';
import type { SentMessage } from './mailbox.js';

export function emulatorUrl(): string {
  return inject('cognitoUrl');
}

/** One Cognito API call to the project's emulator. */
export function cognitoApi<T = Record<string, unknown>>(target: string, body: object): Promise<T> {
  return callCognito<T>(emulatorUrl(), target, body);
}

export interface PoolSetup {
  userPoolId: string;
  userPoolClientId: string;
}

export interface PoolOptions {
  /** CreateUserPool's request, merged over an email-as-username pool that verifies emails. */
  pool?: Record<string, unknown>;
  /** CreateUserPoolClient's request. */
  client?: Record<string, unknown>;
}

export async function createPool({ pool = {}, client = {} }: PoolOptions = {}): Promise<PoolSetup> {
  const { UserPool } = await cognitoApi<{ UserPool: { Id: string } }>('CreateUserPool', {
    PoolName: 'gatehouse-test',
    UsernameAttributes: ['email'],
    AutoVerifiedAttributes: ['email'],
    ...pool,
  });
  const { UserPoolClient } = await cognitoApi<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
    UserPoolId: UserPool.Id,
    ClientName: 'gatehouse-test',
    ...client,
  });
  return { userPoolId: UserPool.Id, userPoolClientId: UserPoolClient.ClientId };
}

export interface SeedUser {
  email: string;
  password?: string;
  attributes?: Record<string, string>;
  /** FORCE_CHANGE_PASSWORD with `password` as the temporary password. */
  temporary?: boolean;
}

/** A confirmed user with a permanent password (or a temporary one), as an administrator creates it. */
export async function createUser(setup: PoolSetup, { email, password = 'Passw0rd!', attributes = {}, temporary = false }: SeedUser): Promise<void> {
  await cognitoApi('AdminCreateUser', {
    UserPoolId: setup.userPoolId,
    Username: email,
    TemporaryPassword: password,
    MessageAction: 'SUPPRESS',
    UserAttributes: Object.entries({ email, email_verified: 'true', ...attributes }).map(([Name, Value]) => ({ Name, Value })),
  });
  if (!temporary) await cognitoApi('AdminSetUserPassword', { UserPoolId: setup.userPoolId, Username: email, Password: password, Permanent: true });
}

export async function sentMessages(): Promise<SentMessage[]> {
  const response = await fetch(`${emulatorUrl()}/_emulator/messages`);
  return ((await response.json()) as { messages: SentMessage[] }).messages;
}

/** The code of the latest message sent to that email address or phone number. */
export async function latestCode(destination: string): Promise<string> {
  const message = (await sentMessages()).filter((m) => m.destination === destination).at(-1);
  if (!message) throw new Error(`No message was sent to ${destination}`);
  return message.code;
}

let counter = 0;
/** A fresh email address, so that tests never share a user. */
export function uniqueEmail(name: string): string {
  counter += 1;
  return `${name}.${String(Date.now())}.${String(counter)}@example.com`;
}

export interface AuthResponse {
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  AvailableChallenges?: string[];
  Session?: string;
  AuthenticationResult?: { AccessToken: string; IdToken: string; RefreshToken?: string };
}

export function initiateAuth(setup: PoolSetup, flow: string, parameters: Record<string, string>, session?: string): Promise<AuthResponse> {
  return cognitoApi<AuthResponse>('InitiateAuth', { ClientId: setup.userPoolClientId, AuthFlow: flow, AuthParameters: parameters, ...(session ? { Session: session } : {}) });
}

export function respondToChallenge(setup: PoolSetup, challenge: string, responses: Record<string, string>, session: string | undefined): Promise<AuthResponse> {
  return cognitoApi<AuthResponse>('RespondToAuthChallenge', { ClientId: setup.userPoolClientId, ChallengeName: challenge, ChallengeResponses: responses, Session: session });
}

/** The claims of a JWT, unverified. */
export function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}
