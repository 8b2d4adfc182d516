import { CognitoError } from 'cognito-local/lib/errors.js';

/** Cognito's answers, worded as the service words them (cognito-local answers its CognitoError as `{ __type, message }`). */
export const cognitoError = {
  incorrectCredentials: () => new CognitoError('NotAuthorizedException', 'Incorrect username or password.'),
  userDoesNotExist: () => new CognitoError('UserNotFoundException', 'User does not exist.'),
  userDisabled: () => new CognitoError('NotAuthorizedException', 'User is disabled.'),
  userNotConfirmed: () => new CognitoError('UserNotConfirmedException', 'User is not confirmed.'),
  passwordResetRequired: () => new CognitoError('PasswordResetRequiredException', 'Password reset required for the user'),
  invalidSession: () => new CognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
  invalidCode: () => new CognitoError('CodeMismatchException', 'Invalid code received for user'),
  invalidRefreshToken: () => new CognitoError('NotAuthorizedException', 'Invalid Refresh Token'),
  revokedAccessToken: () => new CognitoError('NotAuthorizedException', 'Access Token has been revoked'),
  invalidParameter: (message: string) => new CognitoError('InvalidParameterException', message),
  invalidPassword: (message: string) => new CognitoError('InvalidPasswordException', `Password does not conform to policy: ${message}`),
  flowNotEnabled: (flow: string) => new CognitoError('InvalidParameterException', `${flow} flow not enabled for this client`),
  invalidAccessToken: () => new CognitoError('NotAuthorizedException', 'Invalid Access Token'),
  expiredAccessToken: () => new CognitoError('NotAuthorizedException', 'Access Token has expired'),
  deviceNotFound: () => new CognitoError('ResourceNotFoundException', 'Device does not exist.'),
  invalidVerificationCode: () => new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.'),
  aliasExists: (attribute: string) => new CognitoError('AliasExistsException', `An account with the given ${attribute === 'email' ? 'email' : 'phone number'} already exists.`),
  passwordReused: () => new CognitoError('PasswordHistoryPolicyViolationException', 'The password was used recently and cannot be reused.'),
  totpMismatch: () => new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch'),
};
