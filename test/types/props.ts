// Type-level checks of the public props, run by `tsc --noEmit` (npm test's type-check): each
// `@ts-expect-error` fails the check if the line below it ever compiles.
import type { AuthenticatorProps, BuiltInLanguage, LanguageTag } from '../../src/index.ts';

type Props = Omit<AuthenticatorProps, 'client'>;

export const fields: Props = { formFields: { signIn: { username: { label: 'Work email', order: 1 } }, signUp: { email: { placeholder: 'you@example.com' } } } };

// @ts-expect-error a misspelt field name inside a screen of formFields is refused
export const misspelt: Props = { formFields: { signIn: { usrname: { label: 'Work email' } } } };

// @ts-expect-error a screen that has no form is refused
export const noSuchScreen: Props = { formFields: { signInn: { username: { label: 'x' } } } };

// `language` takes the built-in tags (which the editor offers) and any other BCP 47 tag.
export const builtIn: BuiltInLanguage = 'ar';
export const regional: Props = { language: 'fr-CA' satisfies LanguageTag };
export const arabic: Props = { language: builtIn };

// @ts-expect-error a language is a string tag
export const notATag: Props = { language: 42 };

// Services typed as Amplify UI's examples type them (`AuthenticatorProps['services']`, which includes undefined) are
// accepted back as the prop.
declare const services: AuthenticatorProps['services'];
export const servicesPassedBack: Props = { services };
