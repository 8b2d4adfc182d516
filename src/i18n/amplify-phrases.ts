import { START_SCREEN_PHRASES, START_SCREEN_PHRASE_VALUES } from './amplify-start-phrases.js';
import type { MessageKey } from './en.js';

/**
 * The English phrases Amplify UI's Authenticator shows, or translates, where Gatehouse shows each message:
 * its dictionary and default texts, the validation messages it produces, and the Cognito error messages it
 * passes through `translate()` that Amplify UI's own dictionaries translate. An Amplify-shaped vocabulary
 * (`I18n.putVocabularies({ fr: { 'Sign In': 'Se connecter' } })`) is read through this table.
 *
 * Matched by place and meaning, not by wording: 'Verify' is the button of the screen where Gatehouse says
 * 'Send code'. The first phrase of a list that the vocabulary translates wins. Keys without a phrase here
 * have no counterpart in Amplify UI and keep their built-in text.
 *
 * A phrase may hold one of its message's `{placeholders}`:
 * - with values in `AMPLIFY_PHRASE_VALUES` ({provider}, {count}), Amplify UI's phrase holds a concrete value
 *   ('Sign In with Google'): each value is tried, and the translation gets the placeholder back where the
 *   value stood;
 * - otherwise ({destination}) Amplify UI writes the value after its phrase: the phrase is looked up without
 *   it, and the translation gets the placeholder back at its end.
 *
 * Loaded only by amplify-vocabulary.ts, itself loaded only when an app uses an Amplify-shaped dictionary or
 * Amplify's I18n.
 */
export const AMPLIFY_PHRASES: Partial<Record<MessageKey, readonly string[]>> = {
  ...START_SCREEN_PHRASES,

  'signUp.heading': ['Create a new account', 'Create Account'],
  'signUp.submit': ['Create Account'],
  'signUp.pending': ['Creating Account'],

  'password.rule.minLength': ['Password must have at least {count} characters'],
  'password.rule.lowercase': ['Password must have lower case letters'],
  'password.rule.uppercase': ['Password must have upper case letters'],
  'password.rule.number': ['Password must have numbers'],
  'password.rule.symbol': ['Password must have special characters'],

  'delivery.EMAIL': ['Your code is on the way. To log in, enter the code we emailed to {destination}'],
  'delivery.SMS': ['Your code is on the way. To log in, enter the code we texted to {destination}'],
  'delivery.none': ['Your code is on the way. To log in, enter the code we sent you'],

  'confirmSignUp.heading': ['Confirm Sign Up'],
  'confirmSignUp.submit': ['Confirm'],
  'confirmSignUp.pending': ['Confirming'],

  'forgotPassword.heading': ['Reset your password', 'Reset Password'],
  'forgotPassword.submit': ['Send code', 'Send Code'],
  'forgotPassword.pending': ['Sending'],

  'confirmResetPassword.heading': ['Reset your Password', 'Reset Password'],
  'confirmResetPassword.submit': ['Reset Password', 'Submit'],
  'confirmResetPassword.pending': ['Submitting'],

  'forceNewPassword.heading': ['Change Password'],
  'forceNewPassword.submit': ['Change Password'],
  'forceNewPassword.pending': ['Changing'],

  'customChallenge.submit': ['Confirm'],

  'verifyUser.heading': ['Account recovery requires verified contact information'],
  'verifyUser.legend': ['Verify Contact'],
  'verifyUser.submit': ['Verify'],
  'confirmVerifyUser.submit': ['Submit'],

  'confirmSignIn.heading': ['Confirm MFA Code'],
  'confirmSignIn.submit': ['Confirm'],
  'confirmSignIn.pending': ['Confirming'],

  'setupTotp.heading': ['Setup TOTP'],
  'setupTotp.manual': ['Copy and paste the secret key below into an authenticator app and then enter the code in the text field below.'],
  'setupTotp.copy': ['COPY'],
  'setupTotp.copied': ['COPIED'],
  'setupTotp.submit': ['Confirm'],

  'selectMfaType.heading': ['Multi-Factor Authentication'],
  'selectMfaSetupType.heading': ['Multi-Factor Authentication Setup'],
  'mfa.SMS': ['Text Message (SMS)'],
  'mfa.TOTP': ['Authenticator App (TOTP)'],
  'mfa.EMAIL': ['Email Message'],
  'mfa.legend': ['Select MFA Type'],
  'selectMfa.submit': ['Confirm'],

  'setupEmail.heading': ['Setup Email'],
  'setupEmail.submit': ['Confirm'],

  'signInPassword.submit': ['Sign in'],

  'passkeyPrompt.heading': ['Sign in faster with Passkey'],
  'passkeyPrompt.description': [
    'Passkeys are WebAuthn credentials that validate your identity using biometric data like touch or facial recognition or device authentication like passwords or PINs, serving as a secure password replacement.',
  ],
  'passkeyPrompt.create': ['Create a Passkey'],
  'passkeyPrompt.creating': ['Registering'],
  'passkeyPrompt.skip': ['Continue without a Passkey'],
  'passkeyPrompt.created': ['Passkey created successfully!', 'Your passkey has been successfully registered.'],

  'validation.required': ['This field is required'],
  'validation.email': ['Please enter a valid email'],
  'validation.phone': ['Invalid phone number format'],
  'validation.passwordMismatch': ['Your passwords must match'],

  'error.incorrectCredentials': ['Incorrect username or password.', 'Incorrect username or password'],
  'error.userNotFound': ['User does not exist.', 'User does not exist', 'Username/client id combination not found.'],
  'error.userExists': ['User already exists', 'An account with the given email already exists.'],
  'error.userDisabled': ['User is disabled.'],
  'error.noVerifiedContact': ['Cannot reset password for the user as there is no registered/verified email or phone_number'],
  'error.codeMismatch': ['The verification code you entered is incorrect. Please try again.', 'Invalid verification code provided, please try again.'],
  'error.codeExpired': ['Your verification code has expired. Please request a new code.'],
  'error.codeDelivery': ['Unable to send verification code. Please try again.'],
  'error.invalidPassword': ['Invalid password format'],
  'error.tooManyAttempts': ['Attempt limit exceeded, please try after some time.', 'Password attempts exceeded'],
  'error.network': ['A network error has occurred.', 'Network error'],
  'error.passkeyCanceled': ['Passkey authentication was canceled. Please try again or use a different sign-in method.'],
};

/** Cognito's range of password lengths, the default (8) first: the length Amplify UI's phrase most often holds. */
const PASSWORD_LENGTHS = ['8', ...Array.from({ length: 94 }, (_, index) => String(index + 6)).filter((length) => length !== '8')];

/** The concrete values Amplify UI's phrases hold where Gatehouse has a placeholder. */
export const AMPLIFY_PHRASE_VALUES: Readonly<Record<string, readonly string[]>> = {
  ...START_SCREEN_PHRASE_VALUES,
  count: PASSWORD_LENGTHS,
};
