import { AuthError } from '../../errors.js';
import { isE164, isEmail } from '../../formats.js';
import type { ResolvedConfig } from '../config.js';
import type { Database, UserRecord, UserStatus } from './records.js';

function sameLogin(a: string, b: string): boolean {
  // Cognito pools are case-insensitive by default.
  return a.toLowerCase() === b.toLowerCase();
}

/** The user a sign-in name (username, email, phone or preferred_username) names, as Cognito resolves it. */
export function findUser(db: Database, config: ResolvedConfig, loginId: string): UserRecord | undefined {
  const id = loginId.trim();
  if (id === '') return undefined;
  const users = [...db.users.values()];
  const byUsername = users.find((user) => sameLogin(user.username, id));
  if (byUsername) return byUsername;
  return users.find((user) =>
    config.loginAttributes.some((attribute) => {
      const value = user.attributes[attribute];
      if (value === undefined || !sameLogin(value, id)) return false;
      // An alias signs in only once verified; an attribute that is the username always does.
      if (config.usernameMode === 'attributes' || attribute === 'preferred_username') return true;
      return user.attributes[`${attribute}_verified`] === 'true';
    }),
  );
}

export function userNotFound(): AuthError {
  return new AuthError({ name: 'UserNotFoundException', message: 'User does not exist.' });
}

/**
 * The internal username and the attributes a sign-up name implies: in an email/phone-as-username pool the
 * name is the email or phone number and the username is the user's `sub`.
 */
export function signUpIdentity(
  config: ResolvedConfig,
  name: string,
  attributes: Record<string, string>,
  sub: string,
): { username: string; attributes: Record<string, string> } {
  const value = name.trim();
  if (config.usernameMode === 'username') {
    if (config.loginAttributes.includes('email') && isEmail(value)) {
      throw new AuthError({
        name: 'InvalidParameterException',
        message: 'Username cannot be of email format, since user pool is configured for email alias.',
      });
    }
    if (config.loginAttributes.includes('phone_number') && isE164(value)) {
      throw new AuthError({
        name: 'InvalidParameterException',
        message: 'Username cannot be of phone number format, since user pool is configured for phone_number alias.',
      });
    }
    if (!/^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u.test(value)) {
      throw new AuthError({ name: 'InvalidParameterException', message: 'Username must not contain spaces.' });
    }
    return { username: value, attributes };
  }
  const asEmail = config.loginAttributes.includes('email') && isEmail(value);
  const asPhone = config.loginAttributes.includes('phone_number') && isE164(value);
  if (!asEmail && !asPhone) {
    const expected = config.loginAttributes.map((a) => (a === 'email' ? 'an email' : 'a phone number')).join(' or ');
    throw new AuthError({ name: 'InvalidParameterException', message: `Username should be ${expected}.` });
  }
  const key = asEmail ? 'email' : 'phone_number';
  const given = attributes[key];
  if (given !== undefined && !sameLogin(given, value)) {
    throw new AuthError({ name: 'InvalidParameterException', message: `The ${key} attribute must match the username.` });
  }
  return { username: sub, attributes: { ...attributes, [key]: asEmail ? value.toLowerCase() : value } };
}

/** Email or phone already used as a login name by another user (a username attribute, or a verified alias). */
export function loginTaken(db: Database, config: ResolvedConfig, attributes: Record<string, string>, except?: UserRecord): string | undefined {
  return config.loginAttributes.find((attribute) => {
    const value = attributes[attribute];
    if (value === undefined) return false;
    const other = findUser(db, config, value);
    return other !== undefined && other !== except;
  });
}

export function newUserRecord(
  username: string,
  sub: string,
  status: UserStatus,
  attributes: Record<string, string>,
  now: number,
): UserRecord {
  return {
    username,
    sub,
    status,
    enabled: true,
    attributes: { ...attributes, sub },
    mfa: { enabled: [] },
    passkeys: [],
    failedSignIns: 0,
    codes: {},
    createdAt: now,
    updatedAt: now,
  };
}
