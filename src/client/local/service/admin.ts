import { AuthError } from '../../errors.js';
import type { MfaType, UserAttributes } from '../../types.js';
import type { CoseAlgorithm } from '../crypto/cose.js';
import type { ResolvedConfig } from '../config.js';
import { validateUserAttributes } from './attributes.js';
import type { ServiceContext } from './delivery.js';
import { addToGroup, groupsOf } from './groups.js';
import type { DeliveryMediumChoice } from './invitation.js';
import { hashPassword } from './password-hash.js';
import type { Database, UserRecord, UserStatus } from './records.js';
import { findUser, loginTaken, newUserRecord, signUpIdentity } from './users.js';

export interface SeedPasskey {
  /** base64url credential ID. */
  credentialId: string;
  publicKey: JsonWebKey;
  algorithm?: CoseAlgorithm;
  signCount?: number;
  transports?: string[];
  relyingPartyId?: string;
  friendlyName?: string;
}

/** A user as an administrator creates it (AdminCreateUser and friends), in any status. */
export interface SeedUser {
  /** The sign-in name: the email or phone number in an email/phone pool, else the username. */
  username: string;
  /**
   * The password, or the temporary one for FORCE_CHANGE_PASSWORD (made up, as Cognito does, when omitted).
   * Omit for a passwordless user.
   */
  password?: string;
  /** Default CONFIRMED. */
  status?: UserStatus;
  enabled?: boolean;
  /** Email and phone are verified by default unless the user is UNCONFIRMED; say `email_verified: 'false'` to leave one unverified. */
  attributes?: UserAttributes;
  mfa?: { enabled: MfaType[]; preferred?: MfaType };
  /** A base32 TOTP secret the user's authenticator app already holds. */
  totpSecret?: string;
  passkeys?: SeedPasskey[];
  /** Groups of the pool's `groups` the user is in. */
  groups?: string[];
  /** AdminCreateUser's MessageAction: `SUPPRESS` sends no invitation for a temporary password. */
  messageAction?: 'SUPPRESS';
  /** AdminCreateUser's DesiredDeliveryMediums for the invitation. Default: the user's email, else phone. */
  desiredDeliveryMediums?: DeliveryMediumChoice[];
}

/** What the admin API shows of a user: never a password hash, code or secret. */
export interface LocalUserView {
  username: string;
  sub: string;
  status: UserStatus;
  enabled: boolean;
  attributes: Record<string, string>;
  mfa: { enabled: MfaType[]; preferred?: MfaType };
  hasPassword: boolean;
  hasTotp: boolean;
  passkeyCount: number;
  /** Tracked devices (device tracking). */
  deviceCount: number;
  groups: string[];
  locked: boolean;
}

export async function createUser(ctx: ServiceContext, db: Database, seed: SeedUser): Promise<LocalUserView> {
  const { config } = ctx;
  const sub = crypto.randomUUID();
  const { email_verified: emailVerified, phone_number_verified: phoneVerified, ...given } = seed.attributes ?? {};
  const identity = signUpIdentity(config, seed.username, given as Record<string, string>, sub);
  validateUserAttributes(config, identity.attributes, { requireAll: false });
  if (findUser(db, config, identity.username) || loginTaken(db, config, identity.attributes)) {
    throw new AuthError({ name: 'UsernameExistsException', message: `A user named ${seed.username} already exists.` });
  }
  const status = seed.status ?? 'CONFIRMED';
  const user = newUserRecord(identity.username, sub, status, identity.attributes, config.clock());
  const verifiedByDefault = status === 'UNCONFIRMED' ? 'false' : 'true';
  if (user.attributes.email !== undefined) user.attributes.email_verified = emailVerified ?? verifiedByDefault;
  if (user.attributes.phone_number !== undefined) user.attributes.phone_number_verified = phoneVerified ?? verifiedByDefault;
  for (const group of seed.groups ?? []) addToGroup(config, user, group);
  const temporary = status === 'FORCE_CHANGE_PASSWORD';
  // Invitations load with the first user created with a temporary password.
  const invitation = temporary ? await import('./invitation.js') : undefined;
  const password = seed.password ?? invitation?.generateTemporaryPassword(config.passwordPolicy);
  if (password !== undefined) user.password = await hashPassword(password, config.passwordHashIterations);
  if (temporary) user.temporaryPasswordExpiresAt = config.clock() + config.temporaryPasswordValidityMs;
  if (invitation && password !== undefined && seed.messageAction !== 'SUPPRESS') {
    invitation.sendInvitation(ctx, user, seed.username.trim(), password, seed.desiredDeliveryMediums);
  }
  user.enabled = seed.enabled ?? true;
  if (seed.mfa) user.mfa = { enabled: [...seed.mfa.enabled], ...(seed.mfa.preferred === undefined ? {} : { preferred: seed.mfa.preferred }) };
  if (seed.totpSecret !== undefined) user.totp = { secret: seed.totpSecret.replace(/\s/g, '').toUpperCase() };
  user.passkeys = (seed.passkeys ?? []).map((p) => ({
    credentialId: p.credentialId,
    publicKey: p.publicKey,
    algorithm: p.algorithm ?? -7,
    signCount: p.signCount ?? 0,
    transports: p.transports ?? ['internal'],
    relyingPartyId: p.relyingPartyId ?? config.webAuthn.relyingPartyId ?? 'localhost',
    createdAt: config.clock(),
    ...(p.friendlyName === undefined ? {} : { friendlyName: p.friendlyName }),
  }));
  db.users.set(user.username, user);
  return viewOf(config, user);
}

export function viewOf(config: ResolvedConfig, user: UserRecord): LocalUserView {
  const now = config.clock();
  return {
    username: user.username,
    sub: user.sub,
    status: user.status,
    enabled: user.enabled,
    attributes: { ...user.attributes },
    mfa: { enabled: [...user.mfa.enabled], ...(user.mfa.preferred === undefined ? {} : { preferred: user.mfa.preferred }) },
    hasPassword: user.password !== undefined,
    hasTotp: user.totp !== undefined,
    passkeyCount: user.passkeys.length,
    deviceCount: user.devices?.length ?? 0,
    groups: groupsOf(config, user),
    locked: user.lockedUntil !== undefined && user.lockedUntil > now,
  };
}
