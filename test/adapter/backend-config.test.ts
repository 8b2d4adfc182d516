import { Amplify } from 'aws-amplify';
import { Hub } from 'aws-amplify/utils';
import { describe, expect, it } from 'vitest';
import { createAmplifyAuthClient, fromAmplifyError } from '../../src/amplify.js';
import { AuthError } from '../../src/client/errors.js';
import type { AuthEvent } from '../../src/client/types.js';

describe('getBackendConfig() from Amplify.getConfig()', () => {
  it('reads a Gen 2 amplify_outputs.json as the Authenticator\'s defaults', () => {
    Amplify.configure({
      version: '1.4',
      auth: {
        aws_region: 'us-east-1',
        user_pool_id: 'us-east-1_abc',
        user_pool_client_id: 'client',
        username_attributes: ['email'],
        standard_required_attributes: ['email', 'name'],
        password_policy: { min_length: 10, require_lowercase: true, require_uppercase: true, require_numbers: true, require_symbols: false },
        mfa_configuration: 'OPTIONAL',
        mfa_methods: ['TOTP', 'SMS'],
        passwordless: { email_otp_enabled: true },
        oauth: {
          identity_providers: ['GOOGLE', 'SIGN_IN_WITH_APPLE'],
          domain: 'auth.example.com',
          scopes: ['openid'],
          redirect_sign_in_uri: ['http://localhost/'],
          redirect_sign_out_uri: ['http://localhost/'],
          response_type: 'code',
        },
      },
    });
    expect(createAmplifyAuthClient().getBackendConfig()).toEqual({
      loginMechanisms: ['email'],
      signUpAttributes: ['name'],
      passwordPolicy: { minLength: 10, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: false },
      mfa: { enforcement: 'OPTIONAL', types: ['SMS', 'TOTP'] },
      passwordless: { firstFactors: ['EMAIL_OTP', 'PASSWORD'] },
      socialProviders: ['Google', 'Apple'],
    });
  });

  it('says nothing it was not told', () => {
    Amplify.configure({ Auth: { Cognito: { userPoolId: 'us-east-1_abc', userPoolClientId: 'client', loginWith: { username: true, phone: true } } } });
    expect(createAmplifyAuthClient().getBackendConfig()).toEqual({ loginMechanisms: ['username', 'phone_number'] });
  });
});

describe('fromAmplifyError()', () => {
  function amplifyError(name: string, message: string, recoverySuggestion?: string): Error {
    return Object.assign(new Error(message), { name, recoverySuggestion });
  }

  it('keeps Cognito\'s names, messages and recovery suggestions', () => {
    const error = fromAmplifyError(amplifyError('CodeMismatchException', 'Invalid code received for user', 'Try again.'));
    expect(error).toBeInstanceOf(AuthError);
    expect({ name: error.name, message: error.message, recoverySuggestion: error.recoverySuggestion }).toEqual({
      name: 'CodeMismatchException',
      message: 'Invalid code received for user',
      recoverySuggestion: 'Try again.',
    });
  });

  it('maps Amplify\'s client-side names to the contract\'s', () => {
    expect(fromAmplifyError(amplifyError('EmptySignInUsername', 'username is required to signIn')).name).toBe('InvalidParameterException');
    expect(fromAmplifyError(amplifyError('IncorrectMFAMethod', 'bad')).name).toBe('InvalidParameterException');
    expect(fromAmplifyError(amplifyError('InvalidRedirectException', 'bad')).name).toBe('OAuthNotConfigureException');
    expect(fromAmplifyError(amplifyError('PasskeyAuthenticationCanceled', 'bad')).name).toBe('PasskeyRetrievalCanceledException');
    expect(fromAmplifyError(amplifyError('NetworkError', 'Network error')).name).toBe('NetworkError');
    expect(fromAmplifyError(amplifyError('SomethingNew', 'what')).name).toBe('Unknown');
    expect(fromAmplifyError('plain').message).toBe('plain');
  });
});

describe('subscribe()', () => {
  it('passes on the auth events the contract knows, and stops when asked', () => {
    const events: AuthEvent[] = [];
    const stop = createAmplifyAuthClient().subscribe((event) => events.push(event));
    const failure = new Error('refresh failed');
    Hub.dispatch('auth', { event: 'tokenRefresh_failure', data: { error: failure } }, 'Auth', Symbol.for('amplify_default'));
    Hub.dispatch('auth', { event: 'customOAuthState', data: 'state' }, 'Auth', Symbol.for('amplify_default'));
    Hub.dispatch('auth', { event: 'signInWithRedirect' }, 'Auth', Symbol.for('amplify_default'));
    stop();
    Hub.dispatch('auth', { event: 'signedOut' }, 'Auth', Symbol.for('amplify_default'));
    expect(events).toEqual([{ event: 'tokenRefresh_failure', data: { error: failure } }, { event: 'signInWithRedirect' }]);
  });
});
