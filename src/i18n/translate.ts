import { en, type Dictionary, type MessageKey } from './en.js';
import { LANGUAGES, directionOf, type BuiltInLanguage, type LanguageCode } from './languages.js';

/** Overrides of some messages, per language: `{ es: { 'signIn.submit': 'Entrar' } }`. */
export type DictionaryOverrides = Partial<Record<string, Partial<Dictionary>>>;

/**
 * The `dictionary` prop: per language, Gatehouse's message keys (`{ 'signIn.submit': 'Log in' }`), or Amplify
 * UI's vocabulary keyed by English phrases (`{ 'Sign In': 'Se connecter' }`), or both.
 */
export type DictionaryProp = Partial<Record<string, Partial<Dictionary> | Readonly<Record<string, string>>>>;

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

/** The English of what comes after the first call (en-later.ts), once it has come: see src/hooks/errors.ts. */
let laterEnglish: Readonly<Partial<Dictionary>> = {};

export function addLaterEnglish(texts: Readonly<Partial<Dictionary>>): void {
  laterEnglish = texts;
}

/**
 * Tags that name a built-in language under another code: Amplify UI's own `kr` and `ua`, the deprecated
 * ISO codes `iw` and `in`, and Norwegian's macrolanguage `no` and Nynorsk `nn`, whose readers read Bokmål.
 */
const ALIASES: ReadonlyMap<string, BuiltInLanguage> = new Map([
  ['kr', 'ko'],
  ['ua', 'uk'],
  ['iw', 'he'],
  ['in', 'id'],
  ['no', 'nb'],
  ['nn', 'nb'],
]);

function builtIn(code: string): BuiltInLanguage | undefined {
  return LANGUAGES.find((l) => l === code) ?? ALIASES.get(code);
}

/** The first subtag of a language tag, lower-cased: 'pt-BR' → 'pt'. Underscores count as hyphens ('pt_BR'). */
function baseLanguage(language: string): string {
  return language.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/**
 * The built-in language a tag falls back to: itself, or its base language ('fr-CA' → 'fr', 'zh-TW' → 'zh',
 * 'pt-BR' → 'pt'), alias codes included ('kr' → 'ko', 'ua' → 'uk', 'no' → 'nb'). Case does not matter.
 */
export function builtInLanguage(language: string): LanguageCode | undefined {
  return builtIn(language.toLowerCase()) ?? builtIn(baseLanguage(language));
}

/**
 * The translate function for a language (a BCP 47 tag: 'es', 'fr-CA'…): the app's overrides for the exact
 * tag, then for its base language, then for the built-in language it falls back to, then that built-in
 * dictionary, then English.
 */
export function createTranslator(
  language: string,
  dictionaries: Readonly<Partial<Record<LanguageCode, Dictionary>>>,
  overrides: DictionaryOverrides = {},
  /** The client's vocabulary (Amplify's I18n), under the app's `dictionary` and over the built-in texts. */
  vocabulary?: Partial<Dictionary>,
): Translate {
  const code = builtInLanguage(language);
  // In right-to-left text, an inserted email or phone number is isolated so its own direction holds (FSI…PDI).
  const isolate = directionOf(language) === 'rtl' ? (value: string) => `\u2068${value}\u2069` : (value: string) => value;
  const tags = [...new Set([language, baseLanguage(language), ...(code === undefined ? [] : [code])])];
  const layers = [...tags.map((tag) => overrides[tag]), vocabulary, code === undefined ? undefined : dictionaries[code]];
  return (key, values) => {
    // Empty for a key this version has not (a caller in plain JavaScript), or one of en-later.ts before it
    // came: describeError then falls back to the generic words.
    let text: string | undefined = (en as Partial<Dictionary>)[key] ?? laterEnglish[key];
    for (const layer of layers) {
      const found = layer?.[key];
      if (found !== undefined) {
        text = found;
        break;
      }
    }
    if (text === undefined) return '';
    return values === undefined ? text : text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? isolate(String(values[name])) : match));
  };
}
