import { en, type Dictionary, type MessageKey } from './en.js';
import { LANGUAGES, directionOf, type LanguageCode } from './languages.js';

/** Overrides of some messages, per language: `{ es: { 'signIn.submit': 'Entrar' } }`. */
export type DictionaryOverrides = Partial<Record<string, Partial<Dictionary>>>;

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

/** The built-in language a tag falls back to: itself, or its base language ('fr-CA' → 'fr'). */
export function builtInLanguage(language: string): LanguageCode | undefined {
  const exact = LANGUAGES.find((l) => l === language);
  return exact ?? LANGUAGES.find((l) => l === language.split('-')[0]?.toLowerCase());
}

/**
 * The translate function for a language (a BCP 47 tag: 'es', 'fr-CA'…): the app's overrides first, then
 * the built-in dictionary of the language or of its base language, then English.
 */
export function createTranslator(language: string, dictionaries: Readonly<Partial<Record<LanguageCode, Dictionary>>>, overrides: DictionaryOverrides = {}): Translate {
  const code = builtInLanguage(language);
  // In right-to-left text, an inserted email or phone number is isolated so its own direction holds (FSI…PDI).
  const isolate = directionOf(language) === 'rtl' ? (value: string) => `\u2068${value}\u2069` : (value: string) => value;
  const layers = [overrides[language], code === undefined ? undefined : overrides[code], code === undefined ? undefined : dictionaries[code]];
  return (key, values) => {
    let text = en[key] as string;
    for (const layer of layers) {
      const found = layer?.[key];
      if (found !== undefined) {
        text = found;
        break;
      }
    }
    return values === undefined ? text : text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? isolate(String(values[name])) : match));
  };
}
