import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGUAGES, en, loadDictionary, type BuiltInLanguage, type Dictionary } from '../../../src/i18n/index.js';
import { isMessageKey } from '../../../src/i18n/amplify-shape.js';
import { AMPLIFY_PHRASES } from '../../../src/i18n/amplify-phrases.js';
import { enLater } from '../../../src/i18n/en-later.js';
import { SAME_AS_ENGLISH, dictionaryProblems } from './completeness.js';

const TRANSLATED = LANGUAGES.filter((language) => language !== 'en');

// When this fails after a key was added to en.ts, translate the key in every language it names.
describe.each(TRANSLATED)('the %s dictionary', (language: BuiltInLanguage) => {
  it('loads, and has every key of English, no other, the same placeholders, nothing empty or left in English', async () => {
    const dictionary = await loadDictionary(language);
    expect(dictionaryProblems(language, dictionary)).toEqual([]);
  });

  it('is the one DICTIONARIES holds', async () => {
    expect(await loadDictionary(language)).toBe(DICTIONARIES[language]);
  });
});

describe('loadDictionary', () => {
  it('gives English whole: the first screens\' messages and those that load with the first call', async () => {
    const english = await loadDictionary('en');
    expect(english).toBe(DICTIONARIES.en);
    expect(english).toEqual({ ...en, ...enLater });
  });

  it('keeps the first load\'s English and the later English apart, with no key in both', () => {
    expect(Object.keys(enLater).filter((key) => Object.hasOwn(en, key))).toEqual([]);
  });

  it('tells every message key, the later ones too, from every Amplify UI phrase', () => {
    expect(Object.keys(DICTIONARIES.en).filter((key) => !isMessageKey(key))).toEqual([]);
    expect(Object.values(AMPLIFY_PHRASES).flat().filter((phrase) => isMessageKey(phrase))).toEqual([]);
  });

  it('rejects a tag that is not built in', async () => {
    await expect(loadDictionary('xx' as BuiltInLanguage)).rejects.toThrow(/xx/);
  });
});

describe('DICTIONARIES', () => {
  it('has a dictionary for every built-in language', () => {
    expect(Object.keys(DICTIONARIES).sort()).toEqual([...LANGUAGES].sort());
  });
});

describe('dictionaryProblems', () => {
  // French, completed with marked English for any key added to en.ts since: these cases stay about what they break.
  const shipped: Readonly<Record<string, string | undefined>> = DICTIONARIES.fr;
  const french = Object.fromEntries(Object.entries(DICTIONARIES.en).map(([key, english]) => [key, shipped[key] ?? `${english} (fr)`])) as Dictionary;

  it('finds nothing in a complete dictionary', () => {
    expect(dictionaryProblems('fr', french)).toEqual([]);
  });

  it('finds a missing key and an extra one in a dictionary cast to the type', () => {
    const rest = Object.entries(french).filter(([key]) => key !== 'signIn.submit');
    const broken = Object.fromEntries([...rest, ['signIn.submitt', 'Se connecter']]) as Dictionary;
    expect(dictionaryProblems('fr', broken)).toEqual([
      'fr: missing signIn.submit (English: "Sign in")',
      'fr: signIn.submitt is not a key of en.ts',
    ]);
  });

  it('finds a lost or renamed placeholder, an empty text, a stray brace and a value that is not a string', () => {
    const broken: Record<string, unknown> = {
      ...french,
      'social.signInWith': 'Se connecter avec {fournisseur}',
      'delivery.EMAIL': 'Nous avons envoyé un code.',
      'common.or': ' ',
      'common.skip': 'Passer }',
      'common.continue': 42,
    };
    expect(dictionaryProblems('fr', broken)).toEqual([
      'fr: common.or is empty',
      'fr: common.skip has a stray brace',
      'fr: common.continue is not a string',
      'fr: social.signInWith has {fournisseur} where English has {provider}',
      'fr: delivery.EMAIL has {} where English has {destination}',
    ]);
  });

  it('finds text left in English, unless the language borrows that word', () => {
    expect(dictionaryProblems('fr', { ...french, 'signIn.forgotPassword': en['signIn.forgotPassword'] })).toEqual([
      'fr: signIn.forgotPassword is the English text "Forgot your password?" (translate it, or allow it in SAME_AS_ENGLISH)',
    ]);
    expect(SAME_AS_ENGLISH['field.confirmation_code']).toContain('fr');
    expect(dictionaryProblems('fr', { ...french, 'field.confirmation_code': 'Code' })).toEqual([]);
    expect(dictionaryProblems('es', { ...french, 'field.confirmation_code': 'Code' })).toEqual([
      'es: field.confirmation_code is the English text "Code" (translate it, or allow it in SAME_AS_ENGLISH)',
    ]);
  });
});
