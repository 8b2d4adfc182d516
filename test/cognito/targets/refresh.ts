// Refreshing tokens (Amplify v6 calls GetTokensFromRefreshToken; older clients InitiateAuth REFRESH_TOKEN_AUTH) and
// signing out everywhere (GlobalSignOut), with the revocations Cognito applies to the tokens.
import type { Context } from 'cognito-local/lib/services/context.js';
import { clientContext, stringField, type ClientContext, type EmulatorServices, type Target } from '../emulator-services.js';
import { cognitoError } from '../errors.js';
import { decodeJwt, issueTokens } from '../tokens.js';

export async function refreshTokens(services: EmulatorServices, ctx: Context, context: ClientContext, refreshToken: string | undefined): Promise<object> {
  if (!refreshToken) throw cognitoError.invalidParameter('Missing required parameter REFRESH_TOKEN');
  const user = await context.pool.getUserByRefreshToken(ctx, refreshToken);
  if (!user) throw cognitoError.invalidRefreshToken();
  if (!user.Enabled) throw cognitoError.userDisabled();
  const result = await issueTokens(services, ctx, context.pool, context.client, user, refreshToken);
  return { ChallengeParameters: {}, AuthenticationResult: result };
}

export const GetTokensFromRefreshToken =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const context = await clientContext(services, ctx, stringField(request, 'ClientId'));
    const { AuthenticationResult } = (await refreshTokens(services, ctx, context, stringField(request, 'RefreshToken'))) as { AuthenticationResult: object };
    return { AuthenticationResult };
  };

/** Revokes every refresh token of the user, and with them every access token they minted. */
export const GlobalSignOut =
  (services: EmulatorServices): Target =>
  async (ctx, request) => {
    const accessToken = stringField(request, 'AccessToken');
    const claims = accessToken ? decodeJwt(accessToken) : undefined;
    if (!claims || typeof claims.client_id !== 'string' || typeof claims.username !== 'string') throw cognitoError.invalidParameter('Invalid Access Token');
    const context = await clientContext(services, ctx, claims.client_id);
    const user = await context.pool.getUserByUsername(ctx, claims.username);
    if (!user) throw cognitoError.incorrectCredentials();
    for (const token of user.RefreshTokens) services.revocations.revokeRefreshToken(token);
    await context.pool.saveUser(ctx, { ...user, RefreshTokens: [] });
    return {};
  };
