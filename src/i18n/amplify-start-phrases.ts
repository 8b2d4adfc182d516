import type { MessageKey } from './en.js';

/**
 * The part of Amplify UI's phrase table (amplify-phrases.ts) that the sign-in screen can show before the user
 * does anything: its fields, buttons, links and tabs. In the first load, so that the Authenticator can tell from
 * Amplify's I18n at once whether the first screen has a translation (then the whole table loads now) or not
 * (then it loads with the next screens, once the user starts).
 */
export const START_SCREEN_PHRASES: Partial<Record<MessageKey, readonly string[]>> = {
  'common.backToSignIn': ['Back to Sign In'],
  'common.or': ['or'],
  'common.showPassword': ['Show password'],
  'common.hidePassword': ['Hide password'],
  'common.dismiss': ['Dismiss alert'],
  'common.skip': ['Skip'],
  'common.continue': ['Continue'],
  'common.resendCode': ['Resend Code'],
  'common.signOut': ['Sign Out', 'Sign out'],
  'common.signingIn': ['Signing in'],
  'field.username': ['Username'],
  'field.email': ['Email'],
  'field.phone_number': ['Phone Number'],
  'field.password': ['Password'],
  'field.newPassword': ['New password', 'New Password'],
  'field.confirm_password': ['Confirm Password'],
  'field.confirmation_code': ['Code', 'Confirmation Code'],
  'field.given_name': ['Given Name'],
  'field.family_name': ['Family Name'],
  'field.middle_name': ['Middle Name'],
  'field.name': ['Name'],
  'field.nickname': ['Nickname'],
  'field.preferred_username': ['Preferred Username'],
  'field.birthdate': ['Birthdate'],
  'field.profile': ['Profile'],
  'field.website': ['Website'],
  'signIn.tab': ['Sign In'],
  'signIn.heading': ['Sign in', 'Sign in to your account'],
  'signIn.submit': ['Sign in', 'Sign In'],
  'signIn.pending': ['Signing in'],
  'signIn.forgotPassword': ['Forgot your password?', 'Forgot Password?', 'Forgot password?'],
  'signIn.otherOptions': ['Other sign-in options'],
  'signIn.withPassword': ['Sign In with Password'],
  'signUp.tab': ['Create Account'],
  'social.signInWith': ['Sign In with {provider}'],
  'firstFactor.EMAIL_OTP': ['Sign In with Email'],
  'firstFactor.SMS_OTP': ['Sign In with SMS'],
  'firstFactor.WEB_AUTHN': ['Sign In with Passkey'],
  'firstFactor.PASSWORD': ['Sign In with Password'],
};

/** The concrete values the start screen's phrases hold where Gatehouse has a placeholder. */
export const START_SCREEN_PHRASE_VALUES: Readonly<Record<string, readonly string[]>> = {
  // Amplify UI's own names for its social providers.
  provider: ['Google', 'Facebook', 'Apple', 'Amazon'],
};

/** A `{placeholder}` in a phrase. */
export const PLACEHOLDER = /\{(\w+)\}/;

/**
 * A translation, or nothing: Amplify's I18n answers the phrase itself when it has none (and its English
 * dictionary maps every phrase to itself); its answer is typed `any`, so only a non-empty string counts.
 */
export function translationOf(phrase: string, lookup: (phrase: string) => unknown): string | undefined {
  const text = lookup(phrase);
  return typeof text === 'string' && text.trim() !== '' && text !== phrase ? text : undefined;
}

/** The texts Amplify's I18n is asked for a phrase: a concrete value in place of its placeholder, or the text before it. */
function asked(phrase: string): readonly string[] {
  const match = PLACEHOLDER.exec(phrase);
  if (match === null) return [phrase];
  const values = START_SCREEN_PHRASE_VALUES[match[1] ?? ''];
  return values === undefined ? [phrase.slice(0, match.index).trimEnd()] : values.map((value) => phrase.replace(match[0], value));
}

/** Whether the lookup (Amplify's `I18n.get`) translates any phrase of the start screen. */
export function translatesStartScreen(lookup: (phrase: string) => unknown): boolean {
  return Object.values(START_SCREEN_PHRASES).some((phrases) => phrases.some((phrase) => asked(phrase).some((text) => translationOf(text, lookup) !== undefined)));
}
