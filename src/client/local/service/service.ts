import type {
  AWSAuthDevice,
  CodeDeliveryDetails,
  FetchMfaPreferenceOutput,
  SocialProvider,
  UpdateMfaPreferenceInput,
  VerifiableUserAttributeKey,
  WebAuthnCredential,
} from '../../types.js';
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from '../crypto/webauthn.js';
import type { ResolvedConfig } from '../config.js';
import type { KeyValueStorage } from '../storage.js';
import * as account from './account.js';
import { createUser, viewOf, type LocalUserView, type SeedUser } from './admin.js';
import type { AttributeUpdate } from './attribute-updates.js';
import { DatabaseStore } from './database.js';
import type { ServiceContext } from './delivery.js';
import { authorizeFederated, exchangeAuthorizationCode } from './federation.js';
import { addToGroup, groupsOf, removeFromGroup } from './groups.js';
import { Outbox } from './outbox.js';
import type { Database, UserRecord } from './records.js';
import * as signIn from './sign-in.js';
import * as signUp from './sign-up.js';
import { authorize, authorizeSession, refreshTokens, revokeAllTokens, revokeRefreshToken, type IssuedTokens } from './tokens.js';
import { findUser, userNotFound } from './users.js';

/**
 * What only some pools or calls need loads when first used, so that a pool's start-up code stays small (the
 * app's bundler splits it off): the account calls (attributes, password), device tracking, links, invitations.
 */
function deviceCalls(): Promise<typeof import('./device-calls.js')> {
  return import('./device-calls.js');
}

function attributeCalls(): Promise<typeof import('./attribute-updates.js')> {
  return import('./attribute-updates.js');
}

/**
 * The user pool service: what Cognito does on its side of the wire. Each call is one transaction on the
 * pool's database; calls that act for a signed-in user take the access token, as Cognito's do.
 */
export class UserPoolService {
  private readonly store: DatabaseStore;
  private readonly ctx: ServiceContext;
  /** Passkey registrations in progress, by user sub: a ceremony lasts seconds and need not persist. */
  private readonly registrations = new Map<string, string>();

  constructor(
    readonly config: ResolvedConfig,
    persistence: KeyValueStorage | undefined,
    readonly outbox: Outbox = new Outbox(config.clock),
  ) {
    this.ctx = { config, outbox: this.outbox };
    this.store = new DatabaseStore(persistence, `gatehouse.pool.${config.poolId}`, config.clock);
  }

  private run<T>(work: (db: Database, ctx: ServiceContext) => T | Promise<T>): Promise<T> {
    return this.store.transaction((db) => work(db, this.ctx));
  }

  private asUser<T>(accessToken: string, work: (user: UserRecord, db: Database, ctx: ServiceContext) => T | Promise<T>): Promise<T> {
    return this.run(async (db, ctx) => work(await authorize(db, ctx.config, accessToken), db, ctx));
  }

  initiateAuth(input: signIn.InitiateAuthInput): Promise<signIn.AuthResponse> {
    return this.run((db, ctx) => signIn.initiateAuth(ctx, db, input));
  }

  respondToAuthChallenge(input: signIn.RespondInput): Promise<signIn.AuthResponse> {
    return this.run((db, ctx) => signIn.respondToAuthChallenge(ctx, db, input));
  }

  /** Whether a sign-in session can still be answered (not ended, not past its three minutes). */
  signInSessionAlive(session: string): Promise<boolean> {
    return this.run((db, ctx) => {
      const found = db.sessions.get(session);
      return found !== undefined && found.expiresAt > ctx.config.clock();
    });
  }

  associateSoftwareTokenForSession(session: string): Promise<{ secretCode: string }> {
    return this.run((db, ctx) => signIn.associateSoftwareTokenForSession(ctx, db, session));
  }

  verifySoftwareTokenForSession(session: string, code: string): Promise<void> {
    return this.run((db, ctx) => signIn.verifySoftwareTokenForSession(ctx, db, session, code));
  }

  autoSignIn(session: string, loginId: string, deviceKeys: readonly string[]): Promise<signIn.AuthResponse> {
    return this.run((db, ctx) => signIn.autoSignIn(ctx, db, session, loginId, deviceKeys));
  }

  signUp(input: signUp.SignUpInput): Promise<signUp.SignUpResult> {
    return this.run((db, ctx) => signUp.signUp(ctx, db, input));
  }

  confirmSignUp(loginId: string, code: string): Promise<{ autoSignInSession?: string }> {
    return this.run((db, ctx) => signUp.confirmSignUp(ctx, db, loginId, code));
  }

  resendConfirmationCode(loginId: string): Promise<CodeDeliveryDetails> {
    return this.run((db, ctx) => signUp.resendConfirmationCode(ctx, db, loginId));
  }

  forgotPassword(loginId: string): Promise<CodeDeliveryDetails> {
    return this.run((db, ctx) => signUp.forgotPassword(ctx, db, loginId));
  }

  confirmForgotPassword(loginId: string, code: string, newPassword: string): Promise<void> {
    return this.run((db, ctx) => signUp.confirmForgotPassword(ctx, db, loginId, code, newPassword));
  }

  refresh(refreshToken: string): Promise<Pick<IssuedTokens, 'accessToken' | 'idToken' | 'expiresIn'>> {
    return this.run((db, ctx) => refreshTokens(db, ctx.config, refreshToken));
  }

  revokeToken(refreshToken: string): Promise<void> {
    return this.run((db, ctx) => revokeRefreshToken(db, ctx.config, refreshToken));
  }

  globalSignOut(accessToken: string): Promise<void> {
    return this.asUser(accessToken, (user, db, ctx) => {
      revokeAllTokens(db, ctx.config, user);
    });
  }

  getUser(accessToken: string): Promise<Record<string, string>> {
    return this.asUser(accessToken, (user) => account.userAttributes(user));
  }

  updateUserAttributes(accessToken: string, values: Record<string, string>): Promise<AttributeUpdate[]> {
    return this.asUser(accessToken, async (user, db, ctx) => (await attributeCalls()).updateUserAttributes(ctx, db, user, values));
  }

  getUserAttributeVerificationCode(accessToken: string, attribute: VerifiableUserAttributeKey): Promise<CodeDeliveryDetails> {
    return this.asUser(accessToken, async (user, db, ctx) => (await attributeCalls()).sendAttributeCode(ctx, db, user, attribute));
  }

  verifyUserAttribute(accessToken: string, attribute: VerifiableUserAttributeKey, code: string): Promise<void> {
    return this.asUser(accessToken, async (user, db, ctx) => (await attributeCalls()).confirmAttribute(ctx, db, user, attribute, code));
  }

  deleteUserAttributes(accessToken: string, keys: readonly string[]): Promise<void> {
    return this.asUser(accessToken, async (user, _db, ctx) => {
      (await import('./attribute-deletion.js')).deleteUserAttributes(ctx, user, keys);
    });
  }

  changePassword(accessToken: string, previous: string, proposed: string): Promise<void> {
    return this.asUser(accessToken, async (user, _db, ctx) => (await import('./change-password.js')).changePassword(ctx, user, previous, proposed));
  }

  /** DeleteUser: the user and everything of theirs; every token of theirs, on every device, is revoked. */
  deleteUser(accessToken: string): Promise<void> {
    return this.asUser(accessToken, (user, db, ctx) => {
      revokeAllTokens(db, ctx.config, user);
      for (const [id, session] of db.sessions) if (session.username === user.username) db.sessions.delete(id);
      for (const [id, record] of db.autoSignInSessions) if (record.username === user.username) db.autoSignInSessions.delete(id);
      db.users.delete(user.username);
    });
  }

  confirmDevice(accessToken: string, input: { deviceKey: string; publicKey: JsonWebKey; name?: string }): Promise<{ userConfirmationNecessary: boolean }> {
    return this.run(async (db, ctx) => {
      const { user, session } = await authorizeSession(db, ctx.config, accessToken);
      return (await deviceCalls()).confirmDevice(ctx, user, session, input);
    });
  }

  updateDeviceStatus(accessToken: string, deviceKey: string, status: 'remembered' | 'not_remembered'): Promise<void> {
    return this.asUser(accessToken, async (user, _db, ctx) => {
      (await deviceCalls()).updateDeviceStatus(ctx, user, deviceKey, status);
    });
  }

  forgetDevice(accessToken: string, deviceKey: string): Promise<void> {
    return this.asUser(accessToken, async (user, _db, ctx) => {
      (await deviceCalls()).forgetDevice(ctx, user, deviceKey);
    });
  }

  listDevices(accessToken: string): Promise<AWSAuthDevice[]> {
    return this.asUser(accessToken, async (user, _db, ctx) => (await deviceCalls()).listDevices(ctx, user));
  }

  associateSoftwareToken(accessToken: string): Promise<string> {
    return this.asUser(accessToken, (user) => account.associateSoftwareToken(user));
  }

  verifySoftwareToken(accessToken: string, code: string): Promise<void> {
    return this.asUser(accessToken, (user, _db, ctx) => account.verifySoftwareToken(ctx, user, code));
  }

  setUserMfaPreference(accessToken: string, input: UpdateMfaPreferenceInput): Promise<void> {
    return this.asUser(accessToken, (user, _db, ctx) => {
      account.setMfaPreference(ctx, user, input);
    });
  }

  getUserMfaPreference(accessToken: string): Promise<FetchMfaPreferenceOutput> {
    return this.asUser(accessToken, (user) => account.mfaPreference(user));
  }

  startWebAuthnRegistration(accessToken: string): Promise<PublicKeyCredentialCreationOptionsJSON> {
    return this.asUser(accessToken, (user, _db, ctx) => account.startPasskeyRegistration(ctx, user, this.registrations));
  }

  completeWebAuthnRegistration(accessToken: string, credential: RegistrationResponseJSON): Promise<void> {
    return this.asUser(accessToken, (user, _db, ctx) => account.completePasskeyRegistration(ctx, user, this.registrations, credential));
  }

  listWebAuthnCredentials(accessToken: string): Promise<WebAuthnCredential[]> {
    return this.asUser(accessToken, (user) => account.listPasskeys(user));
  }

  deleteWebAuthnCredential(accessToken: string, credentialId: string): Promise<void> {
    return this.asUser(accessToken, (user) => {
      account.deletePasskey(user, credentialId);
    });
  }

  authorizeFederated(provider: SocialProvider): Promise<string> {
    return this.run((db, ctx) => authorizeFederated(ctx, db, provider));
  }

  exchangeAuthorizationCode(code: string): Promise<{ tokens: IssuedTokens; username: string; sub: string }> {
    return this.run((db, ctx) => exchangeAuthorizationCode(ctx, db, code));
  }

  adminCreateUser(seed: SeedUser): Promise<LocalUserView> {
    return this.run((db, ctx) => createUser(ctx, db, seed));
  }

  adminGetUser(loginId: string): Promise<LocalUserView | undefined> {
    return this.run((db, ctx) => {
      const user = findUser(db, ctx.config, loginId);
      return user && viewOf(ctx.config, user);
    });
  }

  adminListUsers(): Promise<LocalUserView[]> {
    return this.run((db, ctx) => [...db.users.values()].map((user) => viewOf(ctx.config, user)));
  }

  /** An admin call on a named user: unknown names are UserNotFoundException, as the Admin* calls say. */
  private asAdmin<T>(loginId: string, work: (user: UserRecord, db: Database, ctx: ServiceContext) => T | Promise<T>): Promise<T> {
    return this.run((db, ctx) => {
      const user = findUser(db, ctx.config, loginId);
      if (!user) throw userNotFound();
      return work(user, db, ctx);
    });
  }

  adminAddUserToGroup(loginId: string, group: string): Promise<void> {
    return this.asAdmin(loginId, (user, _db, ctx) => {
      addToGroup(ctx.config, user, group);
    });
  }

  adminRemoveUserFromGroup(loginId: string, group: string): Promise<void> {
    return this.asAdmin(loginId, (user, _db, ctx) => {
      removeFromGroup(ctx.config, user, group);
    });
  }

  adminListGroupsForUser(loginId: string): Promise<string[]> {
    return this.asAdmin(loginId, (user, _db, ctx) => groupsOf(ctx.config, user));
  }

  followConfirmationLink(href: string): Promise<void> {
    return this.run(async (db, ctx) => (await import('./verification-link.js')).followConfirmationLink(ctx, db, href));
  }

  adminDeleteUser(loginId: string): Promise<void> {
    return this.run((db, ctx) => {
      const user = findUser(db, ctx.config, loginId);
      if (user) db.users.delete(user.username);
    });
  }

  adminSetUserEnabled(loginId: string, enabled: boolean): Promise<void> {
    return this.run((db, ctx) => {
      const user = findUser(db, ctx.config, loginId);
      if (user) user.enabled = enabled;
    });
  }
}
