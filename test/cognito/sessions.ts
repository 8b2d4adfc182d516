import { randomBytes } from 'node:crypto';
import type { ServerChallenge } from './srp.js';

/** Cognito's challenge sessions last three minutes. */
const SESSION_LIFETIME_MS = 3 * 60 * 1000;

export type ChallengeName =
  | 'PASSWORD_VERIFIER'
  | 'NEW_PASSWORD_REQUIRED'
  | 'SMS_MFA'
  | 'SOFTWARE_TOKEN_MFA'
  | 'SELECT_MFA_TYPE'
  | 'MFA_SETUP'
  | 'SELECT_CHALLENGE'
  | 'EMAIL_OTP'
  | 'SMS_OTP'
  | 'CUSTOM_CHALLENGE'
  | 'DEVICE_SRP_AUTH'
  | 'DEVICE_PASSWORD_VERIFIER'
  // Not a challenge: the session ConfirmSignUp hands out, which USER_AUTH accepts as the first factor.
  | 'SIGN_UP';

export interface ChallengeSession {
  challenge: ChallengeName;
  clientId: string;
  /** The pool's username; undefined for a user that does not exist (PreventUserExistenceErrors), whose answers all fail. */
  username: string | undefined;
  flow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'USER_AUTH' | 'CUSTOM_AUTH';
  srp?: ServerChallenge & { A: bigint; secretBlock: string };
  /** The code sent for SMS_MFA, SMS_OTP, EMAIL_OTP or the custom challenge. */
  code?: string;
  /** The secret AssociateSoftwareToken made during MFA_SETUP, and whether VerifySoftwareToken accepted a code of it. */
  totp?: { secret: string; verified: boolean };
  customAttempts?: number;
  /** The DEVICE_KEY the client sent, kept for the steps after: it decides device authentication and new-device metadata. */
  deviceKey?: string;
  expiresAt: number;
}

/**
 * The opaque `Session` strings of challenges in progress. A wrong code leaves its session open for another try, as
 * Cognito's does; each step that succeeds closes its session and hands out a new one.
 */
export class SessionStore {
  readonly #sessions = new Map<string, ChallengeSession>();

  open(session: Omit<ChallengeSession, 'expiresAt'>): string {
    const id = randomBytes(96).toString('base64');
    this.#sessions.set(id, { ...session, expiresAt: Date.now() + SESSION_LIFETIME_MS });
    return id;
  }

  /** The session of that id: undefined when it is unknown, closed or expired. */
  get(id: string | undefined): ChallengeSession | undefined {
    if (id === undefined) return undefined;
    const session = this.#sessions.get(id);
    if (session && session.expiresAt > Date.now()) return session;
    this.#sessions.delete(id);
    return undefined;
  }

  close(id: string): void {
    this.#sessions.delete(id);
  }
}
