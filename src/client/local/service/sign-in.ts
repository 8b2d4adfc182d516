import { AuthError } from '../../errors.js';
import { isEmail } from '../../formats.js';
import type { AuthFactorType, AuthFlowType, CodeDeliveryDetails, MfaType } from '../../types.js';
import { randomBytes, toBase64Url } from '../crypto/bytes.js';
import { generateTotpSecret, verifyTotp } from '../crypto/totp.js';
import {
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '../crypto/webauthn.js';
import type { ChallengeResult, CustomAuthEvent } from '../config.js';
import { missingRequiredAttributes, validateUserAttributes } from './attributes.js';
import { checkCode } from './codes.js';
import { sendCode, type ServiceContext } from './delivery.js';
import { lockedForAttempt, recordFailedPassword, resetLockout } from './lockout.js';
import { decideMfa } from './mfa.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { assertPasswordAllowed } from './passwords.js';
import type { Database, PendingChallenge, SignInSession, UserRecord } from './records.js';
import { issueTokens, type IssuedTokens } from './tokens.js';
import { findUser, loginTaken, userNotFound } from './users.js';
import { relyingParty } from './relying-party.js';

/** A challenge as the service states it to the client (Cognito's ChallengeName and ChallengeParameters). */
export type ServiceChallenge =
  | { name: 'NEW_PASSWORD_REQUIRED'; requiredAttributes: string[] }
  | { name: 'SMS_MFA' | 'EMAIL_OTP' | 'SMS_OTP'; delivery: CodeDeliveryDetails }
  | { name: 'SOFTWARE_TOKEN_MFA' }
  | { name: 'SELECT_MFA_TYPE'; types: MfaType[] }
  | { name: 'MFA_SETUP'; types: MfaType[] }
  | { name: 'SELECT_CHALLENGE'; available: AuthFactorType[] }
  | { name: 'PASSWORD' }
  | { name: 'CUSTOM_CHALLENGE'; parameters: Record<string, string> }
  | { name: 'WEB_AUTHN'; options: PublicKeyCredentialRequestOptionsJSON };

export type AuthResponse =
  | { kind: 'challenge'; session: string; challenge: ServiceChallenge }
  | { kind: 'tokens'; tokens: IssuedTokens; username: string; sub: string; authFlowType: AuthFlowType; loginId: string };

export interface InitiateAuthInput {
  authFlowType: AuthFlowType;
  loginId: string;
  password?: string;
  preferredChallenge?: AuthFactorType;
  clientMetadata: Record<string, string>;
}

export interface RespondInput {
  session: string;
  /** The code, password, choice, email address or custom answer. */
  response: string;
  userAttributes?: Record<string, string>;
  credential?: AuthenticationResponseJSON;
}

type SessionBase = Pick<SignInSession, 'username' | 'loginId' | 'authFlowType' | 'clientMetadata'>;

const INCORRECT = 'Incorrect username or password.';
const SESSION_EXPIRED = 'Invalid session for the user, session is expired.';

function notAuthorized(message = INCORRECT): AuthError {
  return new AuthError({ name: 'NotAuthorizedException', message });
}

function openSession(ctx: ServiceContext, db: Database, base: SessionBase, challenge: PendingChallenge, setupEmail?: string): string {
  const id = toBase64Url(randomBytes(32));
  db.sessions.set(id, {
    username: base.username,
    loginId: base.loginId,
    authFlowType: base.authFlowType,
    clientMetadata: base.clientMetadata,
    id,
    challenge,
    expiresAt: ctx.config.clock() + ctx.config.codes.signInTtlMs,
    ...(setupEmail === undefined ? {} : { setupEmail }),
  });
  return id;
}

function challengeResponse(ctx: ServiceContext, db: Database, base: SessionBase, pending: PendingChallenge, stated: ServiceChallenge, setupEmail?: string): AuthResponse {
  return { kind: 'challenge', session: openSession(ctx, db, base, pending, setupEmail), challenge: stated };
}

async function tokensFor(ctx: ServiceContext, db: Database, user: UserRecord, base: SessionBase): Promise<AuthResponse> {
  const tokens = await issueTokens(db, ctx.config, user, { authFlowType: base.authFlowType, loginId: base.loginId });
  return { kind: 'tokens', tokens, username: user.username, sub: user.sub, authFlowType: base.authFlowType, loginId: base.loginId };
}

/** Checks a password with Cognito's lockout: after too many wrong ones the account refuses even the right one. */
async function checkSignInPassword(ctx: ServiceContext, user: UserRecord, password: string): Promise<void> {
  const { config } = ctx;
  const now = config.clock();
  if (lockedForAttempt(user, config, now)) throw notAuthorized('Password attempts exceeded');
  const correct = user.password !== undefined && (await verifyPassword(password, user.password));
  // With existence errors prevented, Cognito says a disabled account is disabled only to the right password.
  if (!user.enabled && (correct || !config.preventUserExistenceErrors)) throw notAuthorized('User is disabled.');
  if (correct) {
    resetLockout(user);
    return;
  }
  recordFailedPassword(user, config, now);
  throw notAuthorized();
}

function assertCanSignIn(user: UserRecord): void {
  if (!user.enabled) throw notAuthorized('User is disabled.');
  if (user.status === 'UNCONFIRMED') throw new AuthError({ name: 'UserNotConfirmedException', message: 'User is not confirmed.' });
  if (user.status === 'RESET_REQUIRED') {
    throw new AuthError({ name: 'PasswordResetRequiredException', message: 'Password reset required for the user' });
  }
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
      const unknown: never = decision;
      return unknown;
    }
  }
}

/** After the first factor: the user's status, then a custom challenge or MFA. */
async function afterFirstFactor(ctx: ServiceContext, db: Database, user: UserRecord, base: SessionBase): Promise<AuthResponse> {
  assertCanSignIn(user);
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    const requiredAttributes = missingRequiredAttributes(ctx.config, user.attributes);
    return challengeResponse(ctx, db, base, { name: 'NEW_PASSWORD_REQUIRED', requiredAttributes }, { name: 'NEW_PASSWORD_REQUIRED', requiredAttributes });
  }
  if (base.authFlowType === 'CUSTOM_WITH_SRP') {
    return customStep(ctx, db, user, base, [{ challengeName: 'PASSWORD_VERIFIER', challengeResult: true }]);
  }
  return mfaStep(ctx, db, user, base);
}

function defaultDefine(event: CustomAuthEvent): { issueTokens: boolean; failAuthentication: boolean } {
  const last = event.session.at(-1);
  if (last?.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult) return { issueTokens: true, failAuthentication: false };
  const failures = event.session.filter((r) => r.challengeName === 'CUSTOM_CHALLENGE' && !r.challengeResult).length;
  return { issueTokens: false, failAuthentication: failures >= 3 };
}

async function customStep(ctx: ServiceContext, db: Database, user: UserRecord, base: SessionBase, history: ChallengeResult[]): Promise<AuthResponse> {
  const triggers = ctx.config.customAuth;
  if (!triggers) throw notAuthorized('Custom auth lambda trigger is not configured for the user pool.');
  const event: CustomAuthEvent = { username: user.username, userAttributes: { ...user.attributes }, session: history, clientMetadata: base.clientMetadata };
  const decision = await (triggers.defineAuthChallenge ?? defaultDefine)(event);
  if (decision.failAuthentication) throw notAuthorized();
  if (decision.issueTokens) return tokensFor(ctx, db, user, base);
  const created = await triggers.createAuthChallenge(event);
  return challengeResponse(
    ctx,
    db,
    base,
    {
      name: 'CUSTOM_CHALLENGE',
      privateParameters: created.privateChallengeParameters,
      history,
      ...(created.challengeMetadata === undefined ? {} : { metadata: created.challengeMetadata }),
    },
    { name: 'CUSTOM_CHALLENGE', parameters: created.publicChallengeParameters },
  );
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
        const unknown: never = factor;
        return unknown;
      }
    }
  });
}

async function startFirstFactor(ctx: ServiceContext, db: Database, user: UserRecord, base: SessionBase, factor: AuthFactorType): Promise<AuthResponse> {
  switch (factor) {
    case 'EMAIL_OTP':
    case 'SMS_OTP': {
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
      const unknown: never = factor;
      return unknown;
    }
  }
}

async function initiateUserAuth(ctx: ServiceContext, db: Database, user: UserRecord, base: SessionBase, input: InitiateAuthInput): Promise<AuthResponse> {
  assertCanSignIn(user);
  const available = availableFactors(ctx, user);
  const preferred = input.preferredChallenge;
  const isPassword = (factor: AuthFactorType | undefined) => factor === 'PASSWORD' || factor === 'PASSWORD_SRP';
  if (preferred !== undefined && available.includes(preferred)) {
    if (isPassword(preferred) && input.password !== undefined) {
      await checkSignInPassword(ctx, user, input.password);
      return afterFirstFactor(ctx, db, user, base);
    }
    return startFirstFactor(ctx, db, user, base, preferred);
  }
  const [only] = available;
  if (only === undefined) throw notAuthorized('The user has no sign-in method available.');
  if (available.length === 1) return startFirstFactor(ctx, db, user, base, only);
  return challengeResponse(ctx, db, base, { name: 'SELECT_CHALLENGE', available }, { name: 'SELECT_CHALLENGE', available });
}

export async function initiateAuth(ctx: ServiceContext, db: Database, input: InitiateAuthInput): Promise<AuthResponse> {
  const { config } = ctx;
  if (input.loginId.trim() === '') throw new AuthError({ name: 'InvalidParameterException', message: 'A username is required to sign in.' });
  const user = findUser(db, config, input.loginId);
  if (!user) throw config.preventUserExistenceErrors ? notAuthorized() : userNotFound();
  const base: SessionBase = { username: user.username, loginId: input.loginId.trim(), authFlowType: input.authFlowType, clientMetadata: input.clientMetadata };
  switch (input.authFlowType) {
    case 'USER_SRP_AUTH':
    case 'USER_PASSWORD_AUTH':
    case 'CUSTOM_WITH_SRP':
      if (input.password === undefined || input.password === '') {
        throw new AuthError({ name: 'InvalidParameterException', message: 'A password is required to sign in.' });
      }
      await checkSignInPassword(ctx, user, input.password);
      return afterFirstFactor(ctx, db, user, base);
    case 'CUSTOM_WITHOUT_SRP':
      assertCanSignIn(user);
      return customStep(ctx, db, user, base, []);
    case 'USER_AUTH':
      if (!config.passwordless) throw new AuthError({ name: 'InvalidParameterException', message: 'USER_AUTH flow not enabled for this client' });
      return initiateUserAuth(ctx, db, user, base, input);
    default: {
      const unknown: never = input.authFlowType;
      return unknown;
    }
  }
}

function takeSession(ctx: ServiceContext, db: Database, id: string): SignInSession {
  const session = db.sessions.get(id);
  if (!session || session.expiresAt <= ctx.config.clock()) throw notAuthorized(SESSION_EXPIRED);
  return session;
}

function endSession(db: Database, session: SignInSession): void {
  db.sessions.delete(session.id);
}

/** A wrong code spends an attempt; the last one ends the session. */
async function checkSessionCode(ctx: ServiceContext, db: Database, session: SignInSession, record: { expiresAt: number; attemptsLeft: number; salt: string; hash: string }, code: string): Promise<void> {
  const result = await checkCode(record, code, ctx.config.clock());
  if (result === 'valid') return;
  if (result === 'mismatch') throw new AuthError({ name: 'CodeMismatchException', message: 'Invalid code or auth state for the user.' });
  endSession(db, session);
  if (result === 'expired') throw new AuthError({ name: 'ExpiredCodeException', message: 'Invalid code provided, please request a code again.' });
  throw notAuthorized('Invalid session for the user, too many failed attempts.');
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
  return challengeResponse(ctx, db, session, { name: 'EMAIL_OTP', code: sent.record, factor: 'mfa' }, { name: 'EMAIL_OTP', delivery: sent.delivery }, email);
}

function enableMfa(user: UserRecord, type: MfaType): void {
  if (!user.mfa.enabled.includes(type)) user.mfa.enabled.push(type);
  user.mfa.preferred ??= type;
}

async function respondToCode(ctx: ServiceContext, db: Database, session: SignInSession, user: UserRecord, pending: Extract<PendingChallenge, { name: 'SMS_MFA' | 'EMAIL_OTP' | 'SMS_OTP' }>, code: string): Promise<AuthResponse> {
  await checkSessionCode(ctx, db, session, pending.code, code);
  endSession(db, session);
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
  return tokensFor(ctx, db, user, session);
}

export async function respondToAuthChallenge(ctx: ServiceContext, db: Database, input: RespondInput): Promise<AuthResponse> {
  const session = takeSession(ctx, db, input.session);
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
      const factor = pending.available.find((f) => f === input.response.trim().toUpperCase());
      if (factor === undefined) {
        throw new AuthError({ name: 'InvalidParameterException', message: `Choose one of: ${pending.available.join(', ')}.` });
      }
      endSession(db, session);
      return startFirstFactor(ctx, db, user, session, factor);
    }
    case 'PASSWORD':
      await checkSignInPassword(ctx, user, input.response);
      endSession(db, session);
      return afterFirstFactor(ctx, db, user, session);
    case 'CUSTOM_CHALLENGE': {
      const event: CustomAuthEvent = { username: user.username, userAttributes: { ...user.attributes }, session: pending.history, clientMetadata: session.clientMetadata };
      const triggers = ctx.config.customAuth;
      if (!triggers) throw notAuthorized('Custom auth lambda trigger is not configured for the user pool.');
      const { answerCorrect } = await triggers.verifyAuthChallengeResponse({ ...event, privateChallengeParameters: pending.privateParameters, challengeAnswer: input.response });
      endSession(db, session);
      const result: ChallengeResult = { challengeName: 'CUSTOM_CHALLENGE', challengeResult: answerCorrect, ...(pending.metadata === undefined ? {} : { challengeMetadata: pending.metadata }) };
      return customStep(ctx, db, user, session, [...pending.history, result]);
    }
    case 'WEB_AUTHN':
      return respondToWebAuthn(ctx, db, session, user, pending.challenge, input.credential);
    default: {
      const unknown: never = pending;
      return unknown;
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
 */
export async function autoSignIn(ctx: ServiceContext, db: Database, sessionId: string, loginId: string): Promise<AuthResponse> {
  const record = db.autoSignInSessions.get(sessionId);
  if (!record || record.expiresAt <= ctx.config.clock()) throw new AuthError({ name: 'AutoSignInException', message: 'The auto sign-in session has expired. Please sign in.' });
  db.autoSignInSessions.delete(sessionId);
  const user = db.users.get(record.username);
  if (!user) throw userNotFound();
  const base: SessionBase = { username: user.username, loginId: loginId.trim(), authFlowType: record.authFlowType, clientMetadata: {} };
  assertCanSignIn(user);
  if (record.authFlowType === 'USER_AUTH') return tokensFor(ctx, db, user, base);
  return afterFirstFactor(ctx, db, user, base);
}
