/**
 * The built-in languages: English first (the source of every key), then the others by tag. Every language
 * Amplify UI ships for its Authenticator, plus Arabic; Amplify's non-standard `kr` and `ua` are aliases
 * (see `builtInLanguage`).
 */
export const LANGUAGES = ['en', 'ar', 'de', 'es', 'fr', 'he', 'hu', 'id', 'it', 'ja', 'ko', 'nb', 'nl', 'pl', 'pt', 'ru', 'sv', 'th', 'tr', 'uk', 'zh'] as const;

/** A language with a built-in dictionary. */
export type BuiltInLanguage = (typeof LANGUAGES)[number];

/** The earlier name of `BuiltInLanguage`, kept for the apps that use it. */
export type LanguageCode = BuiltInLanguage;

/**
 * Any BCP 47 tag ('fr-CA', 'pt-BR', 'ro'…). The built-in tags come first in an editor's autocompletion;
 * `string & {}` keeps them from being widened away into plain `string`.
 */
export type LanguageTag = BuiltInLanguage | (string & {});

const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi']);

/** The writing direction of a language tag. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return RTL.has(language.split(/[-_]/)[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
