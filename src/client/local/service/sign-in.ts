import { AuthError } from '../../errors.js';
import { isEmail } from '../../formats.js';
import type { AuthFactorType, AuthFlowType, MfaType } from '../../types.js';
import { randomBytes, toBase64Url } from '../crypto/bytes.js';
import { generateTotpSecret, verifyTotp } from '../crypto/totp.js';
import { verifyAuthenticationResponse, type AuthenticationResponseJSON, type PublicKeyCredentialRequestOptionsJSON } from '../crypto/webauthn.js';
import { missingRequiredAttributes, validateUserAttributes } from './attributes.js';
import { customStep, respondToCustomChallenge } from './custom-challenge.js';
import { decoyFactors, decoyVerifier } from './decoys.js';
import { sendCode, type ServiceContext } from './delivery.js';
import { lockedForAttempt, recordFailedPassword, resetLockout } from './lockout.js';
import { offeredDevice, trackedDevice } from './devices.js';
import { decideMfa } from './mfa.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { assertPasswordAllowed } from './passwords.js';
import type { Database, PendingChallenge, SignInSession, UserRecord } from './records.js';
import { relyingParty } from './relying-party.js';
import { countCodeSend } from './send-limit.js';
import { decoySelection, refuseDecoyPassword, respondToDecoy, startDecoyCustomChallenge, startDecoyFactor } from './sign-in-decoy.js';
import {
  assertCanSignIn,
  canSignIn,
  challengeResponse,
  checkSessionCode,
  chosenFactor,
  deviceChallenge,
  endSession,
  isPasswordFactor,
  notAuthorized,
  takeSession,
  tokensFor,
  type AuthResponse,
  type InitiateAuthInput,
  type RespondInput,
  type SessionBase,
} from './sign-in-session.js';
import { findUser, loginTaken, userNotFound } from './users.js';
import { unreachable } from '../../unreachable.js';

export type { AuthResponse, InitiateAuthInput, RespondInput, ServiceChallenge } from './sign-in-session.js';

/** Checks a password with Cognito's lockout: after too many wrong ones the account refuses even the right one. */
async function checkSignInPassword(ctx: ServiceContext, user: UserRecord, password: string): Promise<void> {
  const { config } = ctx;
  const now = config.clock();
  if (lockedForAttempt(user, config, now)) throw notAuthorized('Password attempts exceeded');
  // A user without a password costs the same hashing as one with: the time says nothing.
  const correct = await verifyPassword(password, user.password ?? decoyVerifier(config));
  // With existence errors prevented, Cognito says a disabled account is disabled only to the right password.
  if (!user.enabled && (correct || !config.preventUserExistenceErrors)) throw notAuthorized('User is disabled.');
  if (correct) {
    resetLockout(user);
    return;
  }
  recordFailedPassword(user, config, now);
  throw notAuthorized();
}

async function startMfa(ctx: ServiceContext, db: Database, user: UserRecord, base: SessionBase, type: MfaType): Promise<AuthResponse> {
  if (type === 'TOTP') {
    return challengeResponse(ctx, db, base, { name: 'SOFTWARE_TOKEN_MFA', attemptsLeft: ctx.config.codes.maxAttempts }, { name: 'SOFTWARE_TOKEN_MFA' });
  }
  const attribute = type === 'SMS' ? 'phone_number' : 'email';
  const name = type === 'SMS' ? 'SMS_MFA' : 'EMAIL_OTP';
  const sent = await sendCode(ctx, user, attribute, 'signIn', ctx.config.codes.signInTtlMs);
  return challengeResponse(ctx, db, base, { name, code: sent.record, factor: 'mfa' }, { name, delivery: sent.delivery });
}

async function mfaStep(ctx: ServiceContext, db: Database, user: UserRecord, base: SessionBase): Promise<AuthResponse> {
  const device = trackedDevice(ctx, user, base.deviceKey);
  if (device && !base.deviceProven) return deviceChallenge(ctx, db, { ...base, deviceKey: device.key }, 'mfa');
  // A remembered device stands in for the second factor, as Cognito's do.
  if (device?.remembered) return tokensFor(ctx, db, user, base);
  const decision = decideMfa(ctx.config, user);
  switch (decision.kind) {
    case 'none':
      return tokensFor(ctx, db, user, base);
    case 'challenge':
      return startMfa(ctx, db, user, base, decision.type);
    case 'select':
      return challengeResponse(ctx, db, base, { name: 'SELECT_MFA_TYPE', types: decision.types }, { name: 'SELECT_MFA_TYPE', types: decision.types });
    case 'setup':
      return challengeResponse(ctx, db, base, { name: 'MFA_SETUP', types: decision.types }, { name: 'MFA_SETUP', types: decision.types });
    default: {
      return unreachable(decision, 'decision');
    }
  }
}

/** After the first factor: the user's status, then a custom challenge or MFA. */
async function afterFirstFactor(ctx: ServiceContext, db: Database, user: UserRecord, base: SessionBase): Promise<AuthResponse> {
  assertCanSignIn(user);
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    if (user.temporaryPasswordExpiresAt !== undefined && user.temporaryPasswordExpiresAt <= ctx.config.clock()) {
      throw notAuthorized('Temporary password has expired and must be reset by an administrator.');
    }
    const requiredAttributes = missingRequiredAttributes(ctx.config, user.attributes);
    return challengeResponse(ctx, db, base, { name: 'NEW_PASSWORD_REQUIRED', requiredAttributes }, { name: 'NEW_PASSWORD_REQUIRED', requiredAttributes });
  }
  if (base.authFlowType === 'CUSTOM_WITH_SRP') {
    return customStep(ctx, db, user, base, [{ challengeName: 'PASSWORD_VERIFIER', challengeResult: true }]);
  }
  return mfaStep(ctx, db, user, base);
}

/** The first factors this user can use now, among those the pool offers. */
function availableFactors(ctx: ServiceContext, user: UserRecord): AuthFactorType[] {
  const factors = ctx.config.passwordless ?? [];
  return factors.filter((factor) => {
    switch (factor) {
      case 'PASSWORD':
      case 'PASSWORD_SRP':
        return user.password !== undefined;
      case 'EMAIL_OTP':
        return user.attributes.email_verified === 'true';
      case 'SMS_OTP':
        return user.attributes.phone_number_verified === 'true';
      case 'WEB_AUTHN':
        return user.passkeys.length > 0;
      default: {
        return unreachable(factor, 'factor');
      }
    }
  });
}

async function startFirstFactor(ctx: ServiceContext, db: Database, user: UserRecord, base: SessionBase, factor: AuthFactorType): Promise<AuthResponse> {
  switch (factor) {
    case 'EMAIL_OTP':
    case 'SMS_OTP': {
      countCodeSend(ctx, db, 'signIn', { user });
      const sent = await sendCode(ctx, user, factor === 'EMAIL_OTP' ? 'email' : 'phone_number', 'signIn', ctx.config.codes.signInTtlMs);
      return challengeResponse(ctx, db, base, { name: factor, code: sent.record, factor: 'first' }, { name: factor, delivery: sent.delivery });
    }
    case 'PASSWORD':
    case 'PASSWORD_SRP':
      return challengeResponse(ctx, db, base, { name: 'PASSWORD' }, { name: 'PASSWORD' });
    case 'WEB_AUTHN': {
      const rp = relyingParty(ctx.config);
      const challenge = toBase64Url(randomBytes(32));
      const options: PublicKeyCredentialRequestOptionsJSON = {
        challenge,
        rpId: rp.id,
        timeout: 180_000,
        userVerification: ctx.config.webAuthn.userVerification,
        allowCredentials: user.passkeys.map((p) => ({ id: p.credentialId, type: 'public-key', transports: p.transports })),
      };
      return challengeResponse(ctx, db, base, { name: 'WEB_AUTHN', challenge }, { name: 'WEB_AUTHN', options });
    }
    default: {
      return unreachable(factor, 'factor');
    }
  }
}

/** A password as the first factor: a user that does not exist costs the same work and gets the same answer. */
async function passwordFirstFactor(ctx: ServiceContext, db: Database, user: UserRecord | undefined, base: SessionBase, password: string): Promise<AuthResponse> {
  if (!user) return refuseDecoyPassword(ctx, db, base.loginId, password);
  await checkSignInPassword(ctx, user, password);
  return afterFirstFactor(ctx, db, user, base);
}

/**
 * USER_AUTH: the preferred factor, the only one, or a choice. When the pool hides which users exist, a user
 * that does not exist, and one that cannot sign in yet, get the factors a user of that name plausibly has
 * (decoys.ts): their status shows only to the right password, as in the password flows.
 */
async function initiateUserAuth(ctx: ServiceContext, db: Database, user: UserRecord | undefined, base: SessionBase, input: InitiateAuthInput): Promise<AuthResponse> {
  if (user && !ctx.config.preventUserExistenceErrors) assertCanSignIn(user);
  const real = user && canSignIn(user) ? user : undefined;
  const available = real ? availableFactors(ctx, real) : decoyFactors(ctx.config, base.loginId);
  const preferred = input.preferredChallenge !== undefined && available.includes(input.preferredChallenge) ? input.preferredChallenge : undefined;
  if (isPasswordFactor(preferred) && input.password !== undefined) return passwordFirstFactor(ctx, db, user, base, input.password);
  const factor = preferred ?? (available.length === 1 ? available[0] : undefined);
  if (factor !== undefined) return real ? startFirstFactor(ctx, db, real, base, factor) : startDecoyFactor(ctx, db, base, factor, user);
  if (available.length === 0) throw notAuthorized('The user has no sign-in method available.');
  if (!real) return decoySelection(ctx, db, base, available);
  return challengeResponse(ctx, db, base, { name: 'SELECT_CHALLENGE', available }, { name: 'SELECT_CHALLENGE', available });
}

const PASSWORD_FLOWS: readonly AuthFlowType[] = ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'CUSTOM_WITH_SRP'];

export async function initiateAuth(ctx: ServiceContext, db: Database, input: InitiateAuthInput): Promise<AuthResponse> {
  const { config } = ctx;
  // What is wrong with the request or the pool's setup is said first: it tells nothing about the user.
  if (input.loginId.trim() === '') throw new AuthError({ name: 'InvalidParameterException', message: 'A username is required to sign in.' });
  if (input.authFlowType === 'USER_AUTH' && !config.passwordless) {
    throw new AuthError({ name: 'InvalidParameterException', message: 'USER_AUTH flow not enabled for this client' });
  }
  if ((input.authFlowType === 'CUSTOM_WITH_SRP' || input.authFlowType === 'CUSTOM_WITHOUT_SRP') && !config.customAuth) {
    throw notAuthorized('Custom auth lambda trigger is not configured for the user pool.');
  }
  const password = input.password ?? '';
  if (PASSWORD_FLOWS.includes(input.authFlowType) && password === '') {
    throw new AuthError({ name: 'InvalidParameterException', message: 'A password is required to sign in.' });
  }
  const user = findUser(db, config, input.loginId);
  if (!user && !config.preventUserExistenceErrors) throw userNotFound();
  const deviceKey = user && offeredDevice(ctx, user, input.deviceKeys ?? []);
  const base: SessionBase = {
    username: user?.username ?? '',
    loginId: input.loginId.trim(),
    authFlowType: input.authFlowType,
    clientMetadata: input.clientMetadata,
    ...(deviceKey === undefined ? {} : { deviceKey }),
  };
  switch (input.authFlowType) {
    case 'USER_SRP_AUTH':
    case 'USER_PASSWORD_AUTH':
    case 'CUSTOM_WITH_SRP':
      return passwordFirstFactor(ctx, db, user, base, password);
    case 'CUSTOM_WITHOUT_SRP':
      if (!user) return startDecoyCustomChallenge(ctx, db, base);
      // Hiding which users exist, the status shows only once the challenges are answered (customStep).
      if (!config.preventUserExistenceErrors) assertCanSignIn(user);
      return customStep(ctx, db, user, base, []);
    case 'USER_AUTH':
      return initiateUserAuth(ctx, db, user, base, input);
    default: {
      return unreachable(input.authFlowType, 'auth flow type');
    }
  }
}

const MFA_ALIASES: ReadonlyMap<string, MfaType> = new Map([
  ['SMS', 'SMS'],
  ['SMS_MFA', 'SMS'],
  ['TOTP', 'TOTP'],
  ['SOFTWARE_TOKEN_MFA', 'TOTP'],
  ['EMAIL', 'EMAIL'],
  ['EMAIL_OTP', 'EMAIL'],
]);

function parseMfaType(response: string, allowed: readonly MfaType[]): MfaType {
  const type = MFA_ALIASES.get(response.trim().toUpperCase());
  if (type === undefined || !allowed.includes(type)) {
    throw new AuthError({ name: 'InvalidParameterException', message: `Choose one of: ${allowed.join(', ')}.` });
  }
  return type;
}

async function respondToMfaSetup(ctx: ServiceContext, db: Database, session: SignInSession, user: UserRecord, pending: Extract<PendingChallenge, { name: 'MFA_SETUP' }>, response: string): Promise<AuthResponse> {
  if (pending.verifiedStep !== undefined && pending.pendingTotpSecret !== undefined) {
    user.totp = { secret: pending.pendingTotpSecret, lastUsedStep: pending.verifiedStep };
    enableMfa(user, 'TOTP');
    endSession(db, session);
    return tokensFor(ctx, db, user, session);
  }
  const email = response.trim();
  if (!pending.types.includes('EMAIL') || !isEmail(email)) {
    throw new AuthError({
      name: 'InvalidParameterException',
      message: pending.types.includes('EMAIL') ? 'Invalid email address format.' : 'Verify a TOTP code before completing MFA setup.',
    });
  }
  if (loginTaken(db, ctx.config, { email }, user)) {
    throw new AuthError({ name: 'AliasExistsException', message: 'An account with the given email already exists.' });
  }
  const sent = await sendCode(ctx, user, 'email', 'signIn', ctx.config.codes.signInTtlMs, email);
  endSession(db, session);
  return challengeResponse(ctx, db, session, { name: 'EMAIL_OTP', code: sent.record, factor: 'mfa' }, { name: 'EMAIL_OTP', delivery: sent.delivery }, { setupEmail: email });
}

function enableMfa(user: UserRecord, type: MfaType): void {
  if (!user.mfa.enabled.includes(type)) user.mfa.enabled.push(type);
  user.mfa.preferred ??= type;
}

async function respondToCode(ctx: ServiceContext, db: Database, session: SignInSession, user: UserRecord, pending: Extract<PendingChallenge, { name: 'SMS_MFA' | 'EMAIL_OTP' | 'SMS_OTP' }>, code: string): Promise<AuthResponse> {
  await checkSessionCode(ctx, db, session, pending.code, code);
  endSession(db, session);
  if (pending.factor === 'first') assertCanSignIn(user);
  // MFA codes may go to an unverified address; Cognito marks it verified once its code comes back.
  if (pending.factor === 'mfa') user.attributes[pending.name === 'SMS_MFA' ? 'phone_number_verified' : 'email_verified'] = 'true';
  if (session.setupEmail !== undefined) {
    user.attributes.email = session.setupEmail;
    user.attributes.email_verified = 'true';
    enableMfa(user, 'EMAIL');
  }
  return tokensFor(ctx, db, user, session);
}

async function respondToTotp(ctx: ServiceContext, db: Database, session: SignInSession, user: UserRecord, pending: Extract<PendingChallenge, { name: 'SOFTWARE_TOKEN_MFA' }>, code: string): Promise<AuthResponse> {
  const totp = user.totp;
  const step = totp && (await verifyTotp(totp.secret, code.trim(), ctx.config.clock()));
  // A code already used is refused, as Cognito does, so an observed code cannot be replayed.
  if (step === undefined || !totp || (totp.lastUsedStep !== undefined && step <= totp.lastUsedStep)) {
    pending.attemptsLeft -= 1;
    if (pending.attemptsLeft <= 0) {
      endSession(db, session);
      throw notAuthorized('Invalid session for the user, too many failed attempts.');
    }
    throw new AuthError({ name: 'CodeMismatchException', message: 'Invalid code or auth state for the user.' });
  }
  totp.lastUsedStep = step;
  endSession(db, session);
  return tokensFor(ctx, db, user, session);
}

async function respondToNewPassword(ctx: ServiceContext, db: Database, session: SignInSession, user: UserRecord, input: RespondInput): Promise<AuthResponse> {
  const password = input.response;
  assertPasswordAllowed(ctx, password);
  const attributes = input.userAttributes ?? {};
  validateUserAttributes(ctx.config, attributes, { requireAll: true, existing: user.attributes });
  user.password = await hashPassword(password, ctx.config.passwordHashIterations);
  user.status = 'CONFIRMED';
  Object.assign(user.attributes, attributes);
  user.updatedAt = ctx.config.clock();
  endSession(db, session);
  return mfaStep(ctx, db, user, session);
}

/** The device's proof: a remembered device then skips MFA; one forgotten meanwhile signs in as a new device. */
async function respondToDevice(ctx: ServiceContext, db: Database, session: SignInSession, user: UserRecord, pending: Extract<PendingChallenge, { name: 'DEVICE_SRP_AUTH' }>, signature: string): Promise<AuthResponse> {
  endSession(db, session);
  const device = trackedDevice(ctx, user, session.deviceKey);
  const { username, loginId, authFlowType, clientMetadata } = session;
  const base: SessionBase = { username, loginId, authFlowType, clientMetadata, ...(device ? { deviceKey: device.key, deviceProven: true } : {}) };
  if (device && !(await (await import('./device-calls.js')).proveDevice(device, pending.nonce, signature))) throw notAuthorized();
  return pending.next === 'mfa' ? mfaStep(ctx, db, user, base) : tokensFor(ctx, db, user, base);
}

async function respondToWebAuthn(ctx: ServiceContext, db: Database, session: SignInSession, user: UserRecord, challenge: string, credential: AuthenticationResponseJSON | undefined): Promise<AuthResponse> {
  if (!credential) throw new AuthError({ name: 'InvalidParameterException', message: 'A passkey response is required.' });
  const passkey = user.passkeys.find((p) => p.credentialId === credential.id);
  if (!passkey) throw notAuthorized('This passkey is not registered for the user.');
  const rp = relyingParty(ctx.config);
  endSession(db, session);
  const verified = await verifyAuthenticationResponse({
    response: credential,
    expectedChallenge: challenge,
    expectedOrigins: rp.origins,
    rpId: rp.id,
    requireUserVerification: ctx.config.webAuthn.userVerification === 'required',
    credential: passkey,
  });
  passkey.signCount = verified.signCount;
  assertCanSignIn(user);
  return tokensFor(ctx, db, user, session);
}

export async function respondToAuthChallenge(ctx: ServiceContext, db: Database, input: RespondInput): Promise<AuthResponse> {
  const session = takeSession(ctx, db, input.session);
  if (session.decoy) return respondToDecoy(ctx, db, session, input);
  const user = db.users.get(session.username);
  if (!user) {
    endSession(db, session);
    throw userNotFound();
  }
  const pending = session.challenge;
  switch (pending.name) {
    case 'NEW_PASSWORD_REQUIRED':
      return respondToNewPassword(ctx, db, session, user, input);
    case 'SMS_MFA':
    case 'EMAIL_OTP':
    case 'SMS_OTP':
      return respondToCode(ctx, db, session, user, pending, input.response);
    case 'SOFTWARE_TOKEN_MFA':
      return respondToTotp(ctx, db, session, user, pending, input.response);
    case 'SELECT_MFA_TYPE': {
      const type = parseMfaType(input.response, pending.types);
      endSession(db, session);
      return startMfa(ctx, db, user, session, type);
    }
    case 'MFA_SETUP':
      return respondToMfaSetup(ctx, db, session, user, pending, input.response);
    case 'SELECT_CHALLENGE': {
      const factor = chosenFactor(pending.available, input.response);
      endSession(db, session);
      return startFirstFactor(ctx, db, user, session, factor);
    }
    case 'PASSWORD':
      await checkSignInPassword(ctx, user, input.response);
      endSession(db, session);
      return afterFirstFactor(ctx, db, user, session);
    case 'CUSTOM_CHALLENGE':
      return respondToCustomChallenge(ctx, db, session, user, pending, input.response);
    case 'WEB_AUTHN':
      return respondToWebAuthn(ctx, db, session, user, pending.challenge, input.credential);
    case 'DEVICE_SRP_AUTH':
      return respondToDevice(ctx, db, session, user, pending, input.response);
    default: {
      return unreachable(pending, 'pending');
    }
  }
}

/** AssociateSoftwareToken during an MFA_SETUP challenge: a new secret, kept with the session until verified. */
export function associateSoftwareTokenForSession(ctx: ServiceContext, db: Database, sessionId: string): { secretCode: string } {
  const session = takeSession(ctx, db, sessionId);
  if (session.challenge.name !== 'MFA_SETUP' || !session.challenge.types.includes('TOTP')) {
    throw new AuthError({ name: 'InvalidParameterException', message: 'TOTP setup is not part of this sign-in.' });
  }
  const secretCode = generateTotpSecret();
  session.challenge.pendingTotpSecret = secretCode;
  delete session.challenge.verifiedStep;
  return { secretCode };
}

/** VerifySoftwareToken during an MFA_SETUP challenge. */
export async function verifySoftwareTokenForSession(ctx: ServiceContext, db: Database, sessionId: string, code: string): Promise<void> {
  const session = takeSession(ctx, db, sessionId);
  const pending = session.challenge;
  if (pending.name !== 'MFA_SETUP' || pending.pendingTotpSecret === undefined) {
    throw new AuthError({ name: 'InvalidParameterException', message: 'Start TOTP setup before verifying a code.' });
  }
  const step = await verifyTotp(pending.pendingTotpSecret, code.trim(), ctx.config.clock());
  if (step === undefined) throw new AuthError({ name: 'EnableSoftwareTokenMFAException', message: 'Code mismatch' });
  pending.verifiedStep = step;
}

/**
 * Signs in a user confirmSignUp just confirmed; a password flow still goes through MFA. `loginId` is the name
 * the user signed up with, which Amplify sends along with the session and reports as signInDetails.loginId.
 * A session signUp handed out for link verification stays unspent (UserNotConfirmedException) until the
 * link is followed, so the client can ask again.
 */
export async function autoSignIn(ctx: ServiceContext, db: Database, sessionId: string, loginId: string, deviceKeys: readonly string[] = []): Promise<AuthResponse> {
  const record = db.autoSignInSessions.get(sessionId);
  if (!record || record.expiresAt <= ctx.config.clock()) throw new AuthError({ name: 'AutoSignInException', message: 'The auto sign-in session has expired. Please sign in.' });
  const user = db.users.get(record.username);
  if (user?.status === 'UNCONFIRMED') throw new AuthError({ name: 'UserNotConfirmedException', message: 'User is not confirmed.' });
  db.autoSignInSessions.delete(sessionId);
  if (!user) throw userNotFound();
  const deviceKey = offeredDevice(ctx, user, deviceKeys);
  const base: SessionBase = {
    username: user.username,
    loginId: loginId.trim(),
    authFlowType: record.authFlowType,
    clientMetadata: {},
    ...(deviceKey === undefined ? {} : { deviceKey }),
  };
  assertCanSignIn(user);
  if (record.authFlowType === 'USER_AUTH') return tokensFor(ctx, db, user, base);
  return afterFirstFactor(ctx, db, user, base);
}
