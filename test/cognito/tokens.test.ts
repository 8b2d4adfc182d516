import { describe, expect, it } from 'vitest';
import { claims, cognitoApi, createPool, createUser, initiateAuth, uniqueEmail } from './api.js';

const flows = { client: { ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] } };

async function signIn() {
  const setup = await createPool(flows);
  const email = uniqueEmail('tokens');
  await createUser(setup, { email });
  const { AuthenticationResult } = await initiateAuth(setup, 'USER_PASSWORD_AUTH', { USERNAME: email, PASSWORD: 'Passw0rd!' });
  if (!AuthenticationResult?.RefreshToken) throw new Error('no tokens');
  return { setup, email, tokens: { ...AuthenticationResult, RefreshToken: AuthenticationResult.RefreshToken } };
}

describe('tokens, refresh and revocation', () => {
  it('marks the access and ID tokens with the origin_jti of their refresh token', async () => {
    const { tokens } = await signIn();
    const origin = claims(tokens.RefreshToken).jti;
    expect(claims(tokens.AccessToken).origin_jti).toBe(origin);
    expect(claims(tokens.IdToken).origin_jti).toBe(origin);
  });

  it('refreshes through GetTokensFromRefreshToken and REFRESH_TOKEN_AUTH, keeping the origin', async () => {
    const { setup, tokens } = await signIn();
    const refreshed = await cognitoApi<{ AuthenticationResult: { AccessToken: string; RefreshToken?: string } }>('GetTokensFromRefreshToken', {
      ClientId: setup.userPoolClientId,
      RefreshToken: tokens.RefreshToken,
    });
    expect(claims(refreshed.AuthenticationResult.AccessToken).origin_jti).toBe(claims(tokens.RefreshToken).jti);
    expect(refreshed.AuthenticationResult.RefreshToken).toBeUndefined();
    const viaInitiate = await initiateAuth(setup, 'REFRESH_TOKEN_AUTH', { REFRESH_TOKEN: tokens.RefreshToken });
    expect(viaInitiate.AuthenticationResult?.AccessToken).toBeTypeOf('string');
  });

  it('RevokeToken revokes the refresh token and the access tokens minted from it', async () => {
    const { setup, tokens } = await signIn();
    await cognitoApi('GetUser', { AccessToken: tokens.AccessToken });
    await cognitoApi('RevokeToken', { ClientId: setup.userPoolClientId, Token: tokens.RefreshToken });
    await expect(cognitoApi('GetUser', { AccessToken: tokens.AccessToken })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Access Token has been revoked',
    });
    await expect(cognitoApi('GetTokensFromRefreshToken', { ClientId: setup.userPoolClientId, RefreshToken: tokens.RefreshToken })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid Refresh Token',
    });
  });

  it('GlobalSignOut revokes every session of the user', async () => {
    const { setup, email, tokens } = await signIn();
    const other = await initiateAuth(setup, 'USER_PASSWORD_AUTH', { USERNAME: email, PASSWORD: 'Passw0rd!' });
    await cognitoApi('GlobalSignOut', { AccessToken: tokens.AccessToken });
    await expect(cognitoApi('GetUser', { AccessToken: other.AuthenticationResult?.AccessToken })).rejects.toMatchObject({ message: 'Access Token has been revoked' });
  });
});
