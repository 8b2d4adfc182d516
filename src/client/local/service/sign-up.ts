import { AuthError } from '../../errors.js';
import type { AuthFlowType, CodeDeliveryDetails } from '../../types.js';
import type { ResolvedConfig } from '../config.js';
import { randomBytes, toBase64Url } from '../crypto/bytes.js';
import { validateUserAttributes } from './attributes.js';
import { checkCode } from './codes.js';
import { decoyDelivery } from './decoys.js';
import { sendCode, verifiedContact, type ServiceContext } from './delivery.js';
import { resetLockout } from './lockout.js';
import { hashPassword } from './password-hash.js';
import type { CodeRecord, Database, UserRecord } from './records.js';
import { countCodeSend } from './send-limit.js';
import { assertPasswordAllowed, assertPasswordLength } from './passwords.js';
import { findUser, loginTaken, newUserRecord, signUpIdentity, userNotFound } from './users.js';
import { unreachable } from '../../unreachable.js';

export const CODE_MISMATCH = 'Invalid verification code provided, please try again.';

export interface SignUpInput {
  username: string;
  password?: string;
  attributes: Record<string, string>;
  autoSignIn?: AuthFlowType;
}

export type SignUpResult =
  /** `autoSignInSession`: link verification with autoSignIn; it signs in once the link is followed. */
  | { confirmed: false; userSub: string; delivery: CodeDeliveryDetails; autoSignInSession?: string }
  | { confirmed: true; userSub: string; autoSignInSession?: string };

function usernameExists(ctx: ServiceContext): AuthError {
  const message =
    ctx.config.usernameMode === 'attributes'
      ? `An account with the given ${ctx.config.loginAttributes.includes('email') ? 'email' : 'phone number'} already exists.`
      : 'User already exists';
  return new AuthError({ name: 'UsernameExistsException', message });
}

function autoSignInSession(ctx: ServiceContext, db: Database, user: UserRecord): string | undefined {
  if (!user.autoSignIn) return undefined;
  const id = toBase64Url(randomBytes(32));
  db.autoSignInSessions.set(id, { username: user.username, authFlowType: user.autoSignIn.authFlowType, expiresAt: ctx.config.clock() + ctx.config.codes.signInTtlMs });
  delete user.autoSignIn;
  return id;
}

/** A code failure as Cognito words it for account codes (sign-up, reset, attribute). */
export async function checkAccountCode(ctx: ServiceContext, record: CodeRecord | undefined, code: string): Promise<void> {
  const result = record ? await checkCode(record, code, ctx.config.clock()) : 'mismatch';
  switch (result) {
    case 'valid':
      return;
    case 'mismatch':
      throw new AuthError({ name: 'CodeMismatchException', message: CODE_MISMATCH });
    case 'expired':
      throw new AuthError({ name: 'ExpiredCodeException', message: 'Invalid code provided, please request a code again.' });
    case 'exhausted':
      throw new AuthError({ name: 'LimitExceededException', message: 'Attempt limit exceeded, please try after some time.' });
    default: {
      return unreachable(result, 'result');
    }
  }
}

export async function signUp(ctx: ServiceContext, db: Database, input: SignUpInput): Promise<SignUpResult> {
  const { config } = ctx;
  if (input.password !== undefined) assertPasswordLength(input.password);
  const sub = crypto.randomUUID();
  const identity = signUpIdentity(config, input.username, input.attributes, sub);
  validateUserAttributes(config, identity.attributes, { requireAll: true });
  if (findUser(db, config, identity.username) || (config.usernameMode === 'attributes' && loginTaken(db, config, identity.attributes))) {
    throw usernameExists(ctx);
  }
  const passwordless = config.passwordless !== undefined;
  if (input.password === undefined || input.password === '') {
    if (!passwordless) throw new AuthError({ name: 'InvalidParameterException', message: 'A password is required to sign up.' });
  } else {
    assertPasswordAllowed(ctx, input.password);
  }
  const now = config.clock();
  const autoConfirm = config.signUpVerification === 'none' || config.signUpVerification === 'verified';
  const attributes = config.signUpVerification === 'verified' ? verifiedContacts(identity.attributes) : identity.attributes;
  const user = newUserRecord(identity.username, sub, autoConfirm ? 'CONFIRMED' : 'UNCONFIRMED', attributes, now);
  if (input.password) user.password = await hashPassword(input.password, config.passwordHashIterations);
  if (input.autoSignIn) user.autoSignIn = { authFlowType: input.autoSignIn };
  db.users.set(user.username, user);
  if (autoConfirm) {
    const session = autoSignInSession(ctx, db, user);
    return { confirmed: true, userSub: sub, ...(session === undefined ? {} : { autoSignInSession: session }) };
  }
  countCodeSend(ctx, db, 'signUp', { user });
  const sent = await sendSignUpMessage(ctx, user);
  // A link is followed elsewhere (another tab, another device): the session for autoSignIn is handed out
  // now, and becomes good once the link confirms the account.
  const session = sendsLink(config, verificationAttribute(ctx, user)) ? autoSignInSession(ctx, db, user) : undefined;
  return { confirmed: false, userSub: sub, delivery: sent.delivery, ...(session === undefined ? {} : { autoSignInSession: session }) };
}

/** Whether a sign-up message to this attribute is a link: email only; a text message always holds a code. */
function sendsLink(config: ResolvedConfig, attribute: 'email' | 'phone_number'): boolean {
  return config.verificationEmailStyle === 'LINK' && attribute === 'email';
}

/** The sign-up code, or the link when the pool verifies email by link (verification-link.ts, loaded then). */
async function sendSignUpMessage(ctx: ServiceContext, user: UserRecord): Promise<{ delivery: CodeDeliveryDetails }> {
  const attribute = verificationAttribute(ctx, user);
  const ttl = ctx.config.codes.signUpTtlMs;
  const sent = sendsLink(ctx.config, attribute)
    ? await (await import('./verification-link.js')).sendSignUpLink(ctx, user, ttl)
    : await sendCode(ctx, user, attribute, 'signUp', ttl);
  user.codes.signUp = sent.record;
  return sent;
}

/** A pre sign-up trigger's autoVerifyEmail and autoVerifyPhone: the contacts given are verified at once. */
function verifiedContacts(attributes: Record<string, string>): Record<string, string> {
  return {
    ...attributes,
    ...(attributes.email === undefined ? {} : { email_verified: 'true' }),
    ...(attributes.phone_number === undefined ? {} : { phone_number_verified: 'true' }),
  };
}

function verificationAttribute(ctx: ServiceContext, user: UserRecord): 'email' | 'phone_number' {
  const preferred = ctx.config.signUpVerification;
  if ((preferred === 'email' || preferred === 'phone_number') && user.attributes[preferred] !== undefined) return preferred;
  return user.attributes.email !== undefined ? 'email' : 'phone_number';
}

export async function confirmSignUp(ctx: ServiceContext, db: Database, loginId: string, code: string): Promise<{ autoSignInSession?: string }> {
  const user = findUser(db, ctx.config, loginId);
  // Hiding which users exist, an unknown user's code is a wrong code (Cognito: ConfirmSignUp returns
  // CodeMismatchException when the code does not match; never UserNotFoundException).
  if (!user && ctx.config.preventUserExistenceErrors) throw new AuthError({ name: 'CodeMismatchException', message: CODE_MISMATCH });
  if (!user) throw userNotFound();
  if (user.status !== 'UNCONFIRMED') {
    throw new AuthError({ name: 'NotAuthorizedException', message: `User cannot be confirmed. Current status is ${user.status}` });
  }
  await checkAccountCode(ctx, user.codes.signUp, code);
  return confirmAccount(ctx, db, user);
}

/** The account's code or link is right: it is confirmed, its contact verified, and autoSignIn may go on. */
export function confirmAccount(ctx: ServiceContext, db: Database, user: UserRecord): { autoSignInSession?: string } {
  const attribute = verificationAttribute(ctx, user);
  const value = user.attributes[attribute];
  if (ctx.config.usernameMode === 'username' && value !== undefined && loginTaken(db, ctx.config, { [attribute]: value }, user)) {
    throw new AuthError({ name: 'AliasExistsException', message: `An account with the ${attribute === 'email' ? 'email' : 'phone number'} already exists.` });
  }
  delete user.codes.signUp;
  user.status = 'CONFIRMED';
  user.attributes[`${attribute}_verified`] = 'true';
  user.updatedAt = ctx.config.clock();
  const session = autoSignInSession(ctx, db, user);
  return session === undefined ? {} : { autoSignInSession: session };
}

/**
 * What Cognito answers, hiding which users exist, where it sends no code: a delivery to a simulated destination
 * of the shape a real one has, counted against the same limit as real sends.
 */
async function simulatedDelivery(ctx: ServiceContext, db: Database, purpose: 'signUp' | 'resetPassword', loginId: string, user: UserRecord | undefined): Promise<CodeDeliveryDetails> {
  countCodeSend(ctx, db, purpose, user ? { user } : { loginId });
  return decoyDelivery(ctx.config, db, loginId);
}

function usernameNotFound(): AuthError {
  return new AuthError({ name: 'UserNotFoundException', message: 'Username/client id combination not found.' });
}

export async function resendConfirmationCode(ctx: ServiceContext, db: Database, loginId: string): Promise<CodeDeliveryDetails> {
  const user = findUser(db, ctx.config, loginId);
  const hide = ctx.config.preventUserExistenceErrors;
  // Cognito: ResendConfirmationCode "returns CodeDeliveryDetails for a disabled user or a user that doesn't exist".
  if (hide && (!user || !user.enabled)) return simulatedDelivery(ctx, db, 'signUp', loginId, user);
  if (!user) throw usernameNotFound();
  if (user.status !== 'UNCONFIRMED') throw new AuthError({ name: 'InvalidParameterException', message: 'User is already confirmed.' });
  countCodeSend(ctx, db, 'signUp', { user });
  return (await sendSignUpMessage(ctx, user)).delivery;
}

export async function forgotPassword(ctx: ServiceContext, db: Database, loginId: string): Promise<CodeDeliveryDetails> {
  const user = findUser(db, ctx.config, loginId);
  const hide = ctx.config.preventUserExistenceErrors;
  // Cognito: "When a user isn't found, is deactivated, or doesn't have a verified delivery mechanism",
  // ForgotPassword returns a simulated delivery.
  if (hide && (!user || !user.enabled || !verifiedContact(user))) return simulatedDelivery(ctx, db, 'resetPassword', loginId, user);
  if (!user) throw usernameNotFound();
  if (!user.enabled) throw new AuthError({ name: 'NotAuthorizedException', message: 'User is disabled.' });
  // A temporary password from an administrator is changed at sign-in, never reset by code.
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    throw new AuthError({ name: 'NotAuthorizedException', message: 'User password cannot be reset in the current state.' });
  }
  const contact = verifiedContact(user);
  if (!contact) {
    throw new AuthError({
      name: 'InvalidParameterException',
      message: 'Cannot reset password for the user as there is no registered/verified email or phone_number',
    });
  }
  countCodeSend(ctx, db, 'resetPassword', { user });
  const sent = await sendCode(ctx, user, contact, 'resetPassword', ctx.config.codes.resetPasswordTtlMs);
  user.codes.resetPassword = sent.record;
  return sent.delivery;
}

export async function confirmForgotPassword(ctx: ServiceContext, db: Database, loginId: string, code: string, newPassword: string): Promise<void> {
  assertPasswordLength(newPassword);
  const user = findUser(db, ctx.config, loginId);
  // Cognito: ConfirmForgotPassword "returns the CodeMismatchException error for users that don't exist or are disabled".
  if (ctx.config.preventUserExistenceErrors && (!user || !user.enabled)) throw new AuthError({ name: 'CodeMismatchException', message: CODE_MISMATCH });
  if (!user) throw usernameNotFound();
  await checkAccountCode(ctx, user.codes.resetPassword, code);
  assertPasswordAllowed(ctx, newPassword);
  delete user.codes.resetPassword;
  user.password = await hashPassword(newPassword, ctx.config.passwordHashIterations);
  user.status = 'CONFIRMED';
  resetLockout(user);
  user.updatedAt = ctx.config.clock();
}
