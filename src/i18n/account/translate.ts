import type { Dictionary, MessageKey } from '../en.js';
import { directionOf } from '../languages.js';
import { builtInLanguage, type Translate } from '../translate.js';
import { accountEn, type AccountDictionary, type AccountMessageKey } from './en.js';

/** The account center's translate: its own keys, and every key of the Authenticator's dictionary. */
export type AccountTranslate = (key: MessageKey | AccountMessageKey, values?: Readonly<Record<string, string | number>>) => string;

/** Overrides per language of any message the account center shows: `{ fr: { 'account.profile.heading': 'Profil' } }`. */
export type AccountDictionaryOverrides = Partial<Record<string, Partial<Dictionary & AccountDictionary>>>;

function isAccountKey(key: string): key is AccountMessageKey {
  return Object.hasOwn(accountEn, key);
}

function baseLanguage(language: string): string {
  return language.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/**
 * Layers the account center's messages over the Authenticator's translate: the app's overrides for the tag,
 * its base language and the built-in language, then the built-in account dictionary, then English; a key of
 * the Authenticator's own goes to `base` (which has the app's Authenticator overrides) once no override has it.
 */
export function createAccountTranslator(base: Translate, language: string, dictionary: AccountDictionary | undefined, overrides: AccountDictionaryOverrides = {}): AccountTranslate {
  const code = builtInLanguage(language);
  const isolate = directionOf(language) === 'rtl' ? (value: string) => `\u2068${value}\u2069` : (value: string) => value;
  const layers = [...new Set([language, baseLanguage(language), ...(code === undefined ? [] : [code])])].map((tag) => overrides[tag]);
  const fill = (text: string, values: Readonly<Record<string, string | number>> | undefined) =>
    values === undefined ? text : text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? isolate(String(values[name])) : match));
  return (key, values) => {
    for (const layer of layers) {
      const found = layer?.[key];
      if (found !== undefined) return fill(found, values);
    }
    if (!isAccountKey(key)) return base(key, values);
    return fill(dictionary?.[key] ?? accountEn[key], values);
  };
}
