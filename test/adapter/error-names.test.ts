// Every error name the adapter can meet gets words of its own: Cognito's, read from its API reference, and
// aws-amplify's, read from the aws-amplify/auth (and @aws-amplify/core) actually installed.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromAmplifyError } from '../../src/amplify.js';
import { errorMessageKey } from '../../src/core/error-messages.js';
import { DICTIONARIES } from '../../src/i18n/index.js';

const en = DICTIONARIES.en;

/** The exceptions of every user-pool operation aws-amplify/auth calls, from the Cognito API reference. */
const COGNITO_EXCEPTIONS = [
  'AliasExistsException', 'CodeDeliveryFailureException', 'CodeMismatchException', 'ConcurrentModificationException',
  'DeviceKeyExistsException', 'EnableSoftwareTokenMFAException', 'ExpiredCodeException', 'ForbiddenException',
  'InternalErrorException', 'InvalidEmailRoleAccessPolicyException', 'InvalidLambdaResponseException', 'InvalidParameterException',
  'InvalidPasswordException', 'InvalidSmsRoleAccessPolicyException', 'InvalidSmsRoleTrustRelationshipException',
  'InvalidUserPoolConfigurationException', 'LimitExceededException', 'MFAMethodNotFoundException', 'NotAuthorizedException',
  'OperationNotEnabledException', 'PasswordHistoryPolicyViolationException', 'PasswordResetRequiredException',
  'RefreshTokenReuseException', 'ResourceNotFoundException', 'SoftwareTokenMFANotFoundException', 'TooManyFailedAttemptsException',
  'TooManyRequestsException', 'UnauthorizedException', 'UnexpectedLambdaException', 'UnsupportedOperationException',
  'UnsupportedTokenTypeException', 'UserLambdaValidationException', 'UserNotConfirmedException', 'UserNotFoundException',
  'UsernameExistsException', 'WebAuthnChallengeNotFoundException', 'WebAuthnClientMismatchException',
  'WebAuthnConfigurationMissingException', 'WebAuthnCredentialNotSupportedException', 'WebAuthnNotEnabledException',
  'WebAuthnOriginNotAllowedException', 'WebAuthnRelyingPartyMismatchException',
  // The identity pool's (GetId, GetCredentialsForIdentity), which fetchAuthSession calls when one is configured.
  'ExternalServiceException', 'InvalidIdentityPoolConfigurationException', 'ResourceConflictException',
];

/**
 * Names whose only honest advice is "try again": a hiccup of the service, of the pool's own Lambda, of the
 * identity pool, or an answer Amplify could not use. The generic message says exactly that.
 */
const TRY_AGAIN = new Set([
  'Unknown',
  'InternalErrorException',
  'ConcurrentModificationException',
  'DeviceKeyExistsException',
  'InvalidLambdaResponseException',
  'UnexpectedLambdaException',
  'ExternalServiceException',
  'ResourceConflictException',
  'GetIdResponseException',
  'CredentialsException',
  'CredentialsNotFoundException',
  'EmptyUserIdForSRPException',
  'EmptyBigIntegersaltToHashDevices',
  'EmptyBigIntegerVerifierDevices',
  'EmptyBigIntegerRandomPassword',
  'SetUpTOTPException',
  'OAuthSignOutException',
]);

/** @aws-amplify/core's names that only push notifications, analytics and its service-worker helper throw. */
const NOT_AUTH = new Set(['NoEndpointId', 'ServiceWorker']);

const require = createRequire(import.meta.url);
const authDir = dirname(createRequire(require.resolve('aws-amplify/package.json')).resolve('@aws-amplify/auth/package.json'));
const coreDir = dirname(createRequire(join(authDir, 'package.json')).resolve('@aws-amplify/core/package.json'));

function moduleTexts(dir: string): string[] {
  return readdirSync(join(dir, 'dist/esm'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => readFileSync(join(dir, 'dist/esm', file), 'utf8'));
}

function matches(texts: string[], pattern: RegExp): string[] {
  return texts.flatMap((text) => [...text.matchAll(pattern)].map((match) => match[1] ?? ''));
}

/** The names aws-amplify throws: its error enums, its `*_EXCEPTION` constants and the names it writes out. */
function amplifyNames(): string[] {
  const auth = moduleTexts(authDir);
  const core = moduleTexts(coreDir);
  const enumValues = (name: string, texts: string[]) => matches(texts, new RegExp(`${name}\\["\\w+"\\] = "(\\w+)"`, 'g'));
  const authErrorTypes = new Map([...auth.join('\n').matchAll(/AuthErrorTypes\["(\w+)"\] = "(\w+)"/g)].map((match) => [match[1], match[2]]));
  return [
    ...matches(auth, /\w+Exception\["\w+"\] = "(\w+)"/g),
    ...enumValues('AuthValidationErrorCode', auth),
    ...enumValues('PasskeyErrorCode', auth),
    ...enumValues('AuthErrorCodes', auth),
    ...matches(auth, /_EXCEPTION = '(\w+)'/g),
    ...matches([...auth, ...core], /name: '(\w+)'/g),
    ...matches(auth, /name: AuthErrorTypes\.(\w+)/g).map((key) => authErrorTypes.get(key) ?? key),
    ...enumValues('AmplifyErrorCode', core),
    ...enumValues('AuthConfigurationErrorCode', core),
  ].filter((name) => !NOT_AUTH.has(name));
}

function throughAdapter(name: string, message = '') {
  const error = fromAmplifyError(Object.assign(new Error(message), { name }));
  return { error, key: errorMessageKey(error) };
}

describe('error names through the adapter', () => {
  const names = [...new Set([...COGNITO_EXCEPTIONS, ...amplifyNames()])].sort();

  it('finds Amplify\'s names where this version of aws-amplify keeps them', () => {
    // A change in Amplify's build that hides them would silently empty this test.
    expect(names.length).toBeGreaterThan(COGNITO_EXCEPTIONS.length + 40);
    expect(names).toEqual(expect.arrayContaining(['PasskeyRegistrationFailed', 'RelyingPartyMismatch', 'OAuthSignInException', 'EmptySignInUsername', 'SoftwareTokenMFANotFoundException']));
  });

  it('keeps Cognito\'s exception names as they are', () => {
    for (const name of COGNITO_EXCEPTIONS) expect(throughAdapter(name).error.name, name).toBe(name);
  });

  it('gives every name words of its own, unless its only advice is to try again', () => {
    const generic = names.filter((name) => !TRY_AGAIN.has(name) && throughAdapter(name).key === 'error.unknown');
    expect(generic).toEqual([]);
    const nameless = names.filter((name) => !TRY_AGAIN.has(name) && throughAdapter(name).error.name === 'Unknown');
    expect(nameless).toEqual([]);
  });

  it('has English words for every name it can produce, and for names it has never heard of', () => {
    for (const name of [...names, 'SomethingNewException', 'constructor', 'toString']) {
      const { error, key } = throughAdapter(name);
      expect(en[key], `${name} → ${error.name} → ${key}`).toMatch(/\S/);
    }
  });

  it('says a device Cognito no longer knows is unknown to the account, not that sign-in is misconfigured', () => {
    const { error, key } = throughAdapter('ResourceNotFoundException', 'Device does not exist.');
    expect(error.name).toBe('DeviceMetadataNotFoundException');
    expect(key).toBe('error.deviceUnknown');
    expect(throughAdapter('ResourceNotFoundException', 'User pool client 123 does not exist.').key).toBe('error.configuration');
  });
});
