// The pool `npm run playground:cognito` serves: made through the emulator's API, with users for the password,
// TOTP and passwordless flows, described as the amplify_outputs.json an Amplify Gen 2 backend would write.
import { TOTP } from 'otpauth';
import { callCognito } from './http.js';

export const PLAYGROUND_PASSWORD = 'Passw0rd!';

export interface PlaygroundUsers {
  password: string;
  /** Signs in with a password. */
  plain: string;
  /** Signs in with a password then a TOTP code of `totpSecret`. */
  totp: string;
  totpSecret: string;
  /** Signs in with an emailed code, chosen at USER_AUTH's first-factor selection (it has the password too). */
  passwordless: string;
}

/** amplify_outputs.json, plus `custom.gatehouse`: the emulator's endpoint (which Gen 2 outputs cannot carry) and the seeded users. */
export interface PlaygroundOutputs {
  version: string;
  auth: Record<string, unknown>;
  custom: { gatehouse: { userPoolEndpoint: string; messagesUrl: string; users: PlaygroundUsers } };
}

export async function seedPlaygroundPool(endpoint: string): Promise<PlaygroundOutputs> {
  const api = <T = Record<string, unknown>>(target: string, body: object) => callCognito<T>(endpoint, target, body);
  const passwordPolicy = { MinimumLength: 8, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true };
  const { UserPool } = await api<{ UserPool: { Id: string } }>('CreateUserPool', {
    PoolName: 'gatehouse-playground',
    UsernameAttributes: ['email'],
    AutoVerifiedAttributes: ['email'],
    MfaConfiguration: 'OPTIONAL',
    Policies: { PasswordPolicy: passwordPolicy, SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } },
  });
  const { UserPoolClient } = await api<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
    UserPoolId: UserPool.Id,
    ClientName: 'gatehouse-playground',
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  const users = { password: PLAYGROUND_PASSWORD, plain: 'alice@example.com', totp: 'tara@example.com', totpSecret: '', passwordless: 'pat@example.com' };
  for (const email of [users.plain, users.totp, users.passwordless]) {
    await api('AdminCreateUser', {
      UserPoolId: UserPool.Id,
      Username: email,
      TemporaryPassword: PLAYGROUND_PASSWORD,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
      ],
    });
    await api('AdminSetUserPassword', { UserPoolId: UserPool.Id, Username: email, Password: PLAYGROUND_PASSWORD, Permanent: true });
  }
  // TOTP through the API, as the user would turn it on from the account.
  const { AuthenticationResult } = await api<{ AuthenticationResult: { AccessToken: string } }>('InitiateAuth', {
    ClientId: UserPoolClient.ClientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: users.totp, PASSWORD: PLAYGROUND_PASSWORD },
  });
  const { SecretCode } = await api<{ SecretCode: string }>('AssociateSoftwareToken', { AccessToken: AuthenticationResult.AccessToken });
  const code = new TOTP({ secret: SecretCode }).generate();
  await api('VerifySoftwareToken', { AccessToken: AuthenticationResult.AccessToken, UserCode: code, FriendlyDeviceName: 'Playground' });
  await api('SetUserMFAPreference', { AccessToken: AuthenticationResult.AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
  await api('GlobalSignOut', { AccessToken: AuthenticationResult.AccessToken });
  users.totpSecret = SecretCode;

  return {
    version: '1.4',
    auth: {
      aws_region: UserPool.Id.split('_')[0],
      user_pool_id: UserPool.Id,
      user_pool_client_id: UserPoolClient.ClientId,
      username_attributes: ['email'],
      standard_required_attributes: ['email'],
      user_verification_types: ['email'],
      password_policy: { min_length: 8, require_lowercase: true, require_uppercase: true, require_numbers: true, require_symbols: true },
      mfa_configuration: 'OPTIONAL',
      mfa_methods: ['TOTP'],
      passwordless: { email_otp_enabled: true },
    },
    custom: { gatehouse: { userPoolEndpoint: endpoint, messagesUrl: `${endpoint}/_emulator/messages`, users } },
  };
}
