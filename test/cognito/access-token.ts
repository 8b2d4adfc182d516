// The signed-in user of a call authorized with an access token (the account calls), and the account state this
// emulator keeps on the user's record beside cognito-local's fields.
import type { Context } from 'cognito-local/lib/services/context.js';
import type { User } from 'cognito-local/lib/services/userPoolService.js';
import { clientContext, stringField, type ClientContext, type EmulatorServices } from './emulator-services.js';
import { cognitoError } from './errors.js';
import { decodeJwt } from './tokens.js';

export type VerifiableAttribute = 'email' | 'phone_number';

/** A code sent to verify an email address or phone number, and the value it verifies (the current one or a pending one). */
export interface AttributeCode {
  Code: string;
  Value: string;
}

/** What the emulator adds to cognito-local's user record. */
export interface AccountUser extends User {
  AttributeCodes?: Partial<Record<VerifiableAttribute, AttributeCode>>;
  /** Earlier passwords, newest first, for Policies.PasswordPolicy.PasswordHistorySize. */
  PasswordHistory?: string[];
  /** A secret AssociateSoftwareToken made while another one is in use: the old one works until the new one is verified. */
  PendingSoftwareTokenSecret?: string;
}

export interface SignedIn extends ClientContext {
  user: AccountUser;
}

/** The user an access token speaks for; fails as Cognito fails a token that is not one, has expired, or whose user is gone. */
export async function signedInUser(services: EmulatorServices, ctx: Context, request: Record<string, unknown>): Promise<SignedIn> {
  const token = stringField(request, 'AccessToken');
  const claims = token === undefined ? undefined : decodeJwt(token);
  if (!claims || claims.token_use !== 'access' || typeof claims.client_id !== 'string' || typeof claims.username !== 'string') {
    throw cognitoError.invalidAccessToken();
  }
  if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) throw cognitoError.expiredAccessToken();
  const context = await clientContext(services, ctx, claims.client_id);
  const user = await context.pool.getUserByUsername(ctx, claims.username);
  if (!user) throw cognitoError.userDoesNotExist();
  return { ...context, user };
}
