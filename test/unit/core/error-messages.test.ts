import { describe, expect, it } from 'vitest';
import { AuthError, toAuthError, type AuthErrorName } from '../../../src/client/errors.js';
import { errorMessageKey } from '../../../src/core/index.js';
import { DICTIONARIES } from '../../../src/i18n/index.js';

const en = DICTIONARIES.en;

const keyOf = (name: AuthErrorName, message = 'Something went wrong.') => errorMessageKey(new AuthError({ name, message }));

describe('errorMessageKey', () => {
  it('tells the situations Cognito words under one exception apart by the reason the client read', () => {
    expect(keyOf('NotAuthorizedException', 'Incorrect username or password.')).toBe('error.incorrectCredentials');
    expect(keyOf('NotAuthorizedException', 'Password attempts exceeded')).toBe('error.tooManyAttempts');
    expect(keyOf('NotAuthorizedException', 'User is disabled.')).toBe('error.userDisabled');
    expect(keyOf('NotAuthorizedException', 'Temporary password has expired and must be reset by an administrator.')).toBe('error.temporaryPasswordExpired');
    expect(keyOf('NotAuthorizedException', 'Refresh Token has expired')).toBe('error.sessionExpired');
    expect(keyOf('NotAuthorizedException', 'Access Token has been revoked')).toBe('error.sessionExpired');
    expect(keyOf('NotAuthorizedException', 'Invalid session for the user, session is expired.')).toBe('error.sessionExpired');
    expect(keyOf('NotAuthorizedException', 'Invalid session for the user, session can only be used once.')).toBe('error.sessionExpired');
    expect(keyOf('NotAuthorizedException', 'Invalid session for the user, too many failed attempts.')).toBe('error.tooManyCodes');
    expect(keyOf('InvalidParameterException', 'Cannot reset password for the user as there is no registered/verified email or phone_number')).toBe('error.noVerifiedContact');
    expect(keyOf('InvalidParameterException', 'Invalid phone number format.')).toBe('error.invalidParameter');
  });

  it('reads a message only under the exception Cognito uses it with', () => {
    expect(keyOf('CodeMismatchException', 'User is disabled.')).toBe('error.codeMismatch');
    expect(keyOf('UserNotFoundException', 'Password attempts exceeded')).toBe('error.userNotFound');
    expect(keyOf('CodeMismatchException', 'Invalid session for the user, session is expired.')).toBe('error.codeMismatch');
  });

  it('takes a reason given by the engine over the words of the message', () => {
    const error = new AuthError({ name: 'CodeMismatchException', message: 'anything', reason: 'wrongAnswer' });
    expect(errorMessageKey(error)).toBe('error.wrongAnswer');
  });

  it('gives every error a message that exists and says something', () => {
    const names: AuthErrorName[] = ['Unknown', 'InternalErrorException', 'NetworkError', 'CodeMismatchException', 'UsernameExistsException'];
    for (const name of names) expect(en[keyOf(name, '')].length).toBeGreaterThan(0);
  });
});

describe('toAuthError', () => {
  it('keeps the Cognito name of an error aws-amplify threw itself (a services override calling it)', () => {
    const amplifyError = Object.assign(new Error('Incorrect username or password.'), { name: 'NotAuthorizedException', recoverySuggestion: 'Check your password.' });
    const error = toAuthError(amplifyError);
    expect(error).toBeInstanceOf(AuthError);
    expect(error.name).toBe('NotAuthorizedException');
    expect(error.recoverySuggestion).toBe('Check your password.');
    expect(errorMessageKey(error)).toBe('error.incorrectCredentials');
    expect(error.cause).toBe(amplifyError);
  });

  it('reads the reason of such an error from its message, as for the clients own', () => {
    const error = toAuthError({ name: 'NotAuthorizedException', message: 'Password attempts exceeded' });
    expect(errorMessageKey(error)).toBe('error.tooManyAttempts');
  });

  it('calls anything else Unknown, keeping its words', () => {
    expect(toAuthError(new TypeError('boom'))).toMatchObject({ name: 'Unknown', message: 'boom' });
    expect(toAuthError({ name: 'SomethingElse', message: 'x' })).toMatchObject({ name: 'Unknown' });
    expect(toAuthError('plain')).toMatchObject({ name: 'Unknown', message: 'plain' });
  });
});
