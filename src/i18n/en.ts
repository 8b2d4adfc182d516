import type { enLater } from './en-later.js';

/**
 * The English of the first screens: sign-in, sign-up, reset, the signed-in view, and what any screen shares.
 * What only comes after a call (the later steps' screens, most error messages) is in en-later.ts, loaded with
 * the first call. Other languages define every key of both (the compiler checks); `{name}` marks a value filled
 * in at run time.
 */
export const en = {
  'common.backToSignIn': 'Back to sign in',
  'common.required': 'required',
  'common.or': 'or',
  'common.showPassword': 'Show password',
  'common.hidePassword': 'Hide password',
  'common.countryCode': 'Country code',
  'common.pleaseWait': 'Please wait…',
  'common.dismiss': 'Dismiss',
  'common.skip': 'Skip',
  'common.continue': 'Continue',
  'common.tryAgain': 'Try again',
  'common.resendCode': 'Send a new code',
  'common.codeResent': 'We sent a new code.',
  'common.takingLong': 'Still working on it. This is taking longer than usual.',
  'common.signOut': 'Sign out',
  'common.signingOut': 'Signing out…',
  'common.signingIn': 'Signing you in…',
  'common.errorDetail': 'Details: {detail}',

  'field.username': 'Username',
  'field.email': 'Email',
  'field.phone_number': 'Phone number',
  'field.password': 'Password',
  'field.newPassword': 'New password',
  'field.confirm_password': 'Confirm password',
  'field.confirmation_code': 'Code',
  'field.answer': 'Answer',
  'field.given_name': 'First name',
  'field.family_name': 'Last name',
  'field.middle_name': 'Middle name',
  'field.name': 'Full name',
  'field.nickname': 'Nickname',
  'field.preferred_username': 'Preferred username',
  'field.birthdate': 'Date of birth',
  'field.address': 'Address',
  'field.gender': 'Gender',
  'field.locale': 'Language',
  'field.picture': 'Picture URL',
  'field.profile': 'Profile URL',
  'field.website': 'Website',
  'field.zoneinfo': 'Time zone',

  'tabs.label': 'Sign in or create an account',
  'signIn.tab': 'Sign in',
  'signIn.heading': 'Sign in',
  'signIn.submit': 'Sign in',
  'signIn.pending': 'Signing in…',
  'signIn.forgotPassword': 'Forgot your password?',
  'signIn.passwordWasReset': 'Your password has been reset. Sign in with your new password.',
  'signIn.accountConfirmed': 'Your account is confirmed. Sign in to continue.',
  'signIn.otherOptions': 'Other sign-in options',
  'signIn.withPassword': 'Sign in with password',
  // The sign-in screen's buttons for a passwordless first factor.
  'firstFactor.EMAIL_OTP': 'Sign in with email code',
  'firstFactor.SMS_OTP': 'Sign in with text message code',
  'firstFactor.WEB_AUTHN': 'Sign in with passkey',
  'firstFactor.PASSWORD': 'Sign in with password',
  // A notice the first screen shows after a passkey is made.
  'passkeyPrompt.created': 'Your passkey is ready.',

  'signUp.tab': 'Create account',
  'signUp.heading': 'Create an account',
  'signUp.submit': 'Create account',
  'signUp.pending': 'Creating your account…',

  'social.signInWith': 'Sign in with {provider}',

  'password.checklist': 'Password requirements',
  'password.rule.minLength': 'at least {count} characters',
  'password.rule.lowercase': 'a lowercase letter',
  'password.rule.uppercase': 'an uppercase letter',
  'password.rule.number': 'a number',
  'password.rule.symbol': 'a symbol, like ! or ?',
  'password.rule.met': 'Met:',
  'password.rule.unmet': 'Missing:',

  'forgotPassword.heading': 'Reset your password',
  'forgotPassword.description': 'We will send you a code to reset your password.',
  'forgotPassword.submit': 'Send code',
  'forgotPassword.pending': 'Sending…',

  'authenticated.signedInAs': 'Signed in as {name}',

  'authenticated.manageAccount': 'Manage account',

  'validation.required': 'This field is required.',
  'validation.email': 'Enter an email address like name@example.com.',
  'validation.phone': 'Enter a phone number, digits only.',
  'validation.passwordPolicy': 'Your password does not meet every requirement yet.',
  'validation.passwordMismatch': 'The passwords do not match.',
  'validation.passwordWhitespace': 'Your password cannot start or end with a space.',
  'validation.code': 'Enter the code you received: digits only.',
  'validation.tooShort': 'Enter at least {min} characters.',
  'validation.tooLong': 'Enter at most {max} characters.',
  'validation.number': 'Enter a number.',
  'validation.tooSmall': 'Enter {min} or more.',
  'validation.tooLarge': 'Enter {max} or less.',
  'validation.date': 'Enter a date like 1990-12-31.',
  'validation.dateTime': 'Enter a date and a time.',
  'validation.url': 'Enter a web address that starts with https://.',

  'error.passwordResetRequired': 'You need to reset your password before you sign in.',
  'error.invalidParameter': 'Some of the details are not valid.',
  'error.rejected': 'Your request was declined.',
  'error.network': 'We could not reach the server. Check your connection and try again.',
  'error.unknown': 'Something went wrong. Please try again.',
} as const;

export type MessageKey = keyof typeof en | keyof typeof enLater;

export type Dictionary = Record<MessageKey, string>;
