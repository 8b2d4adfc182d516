// The second run of an example: its aws-exports.js, as published (Amplify UI's legacy config keys), given to the
// real Amplify.configure and pointed at a fresh pool of the local Cognito emulator; the example's client module is
// then Gatehouse's Amplify adapter instead of the local pool.
import { Amplify, type ResourcesConfig } from 'aws-amplify';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { parseAmplifyConfig } from 'aws-amplify/utils';
import { createAmplifyAuthClient } from 'gatehouse/amplify';
import { MemoryStorage } from '../adapter/amplify';
import { cognitoApi, createPool, emulatorUrl, type PoolOptions, type PoolSetup } from '../cognito/api';

/** The keys of an Amplify CLI aws-exports.js that the examples' environments set. */
export interface LegacyAwsExports {
  aws_cognito_username_attributes?: string[];
  aws_cognito_signup_attributes?: string[];
  aws_cognito_verification_mechanisms?: string[];
  aws_cognito_mfa_configuration?: 'OFF' | 'ON' | 'OPTIONAL';
  aws_cognito_mfa_types?: string[];
  aws_cognito_social_providers?: string[];
  aws_cognito_password_protection_settings?: { passwordPolicyMinLength: number; passwordPolicyCharacters: string[] };
}

export interface AmplifyExample {
  client: ReturnType<typeof createAmplifyAuthClient>;
  setup: PoolSetup;
  storage: MemoryStorage;
}

/** A pool made with `pool` (CreateUserPool's request), configured into Amplify the way the example's aws-exports.js is. */
export async function amplifyExample(awsExports: LegacyAwsExports, pool: PoolOptions = {}): Promise<AmplifyExample> {
  const setup = await createPool(pool);
  // Amplify types its legacy config as `{ aws_project_region?: string }` only: the other keys are read untyped.
  const legacy: { aws_project_region: string } = {
    aws_project_region: 'us-east-1',
    ...{ aws_user_pools_id: setup.userPoolId, aws_user_pools_web_client_id: setup.userPoolClientId },
    ...awsExports,
  };
  const parsed = parseAmplifyConfig(legacy);
  const cognito = parsed.Auth?.Cognito;
  if (!cognito?.userPoolId || !cognito.userPoolClientId) throw new Error('aws-exports.js has no user pool');
  // The spread keeps Amplify's "user pool or identity pool" union open; the pool is there (checked above).
  Amplify.configure({ ...parsed, Auth: { Cognito: { ...cognito, userPoolEndpoint: emulatorUrl() } } } as ResourcesConfig);
  const storage = new MemoryStorage();
  cognitoUserPoolsTokenProvider.setKeyValueStorage(storage);
  return { client: createAmplifyAuthClient(), setup, storage };
}

/** A confirmed user of a username pool, with a verified email, as an administrator makes one. */
export async function createUsernameUser({ userPoolId }: PoolSetup, username: string, email: string, password = 'Passw0rd!'): Promise<void> {
  await cognitoApi('AdminCreateUser', {
    UserPoolId: userPoolId,
    Username: username,
    MessageAction: 'SUPPRESS',
    UserAttributes: [{ Name: 'email', Value: email }, { Name: 'email_verified', Value: 'true' }],
  });
  await cognitoApi('AdminSetUserPassword', { UserPoolId: userPoolId, Username: username, Password: password, Permanent: true });
}
