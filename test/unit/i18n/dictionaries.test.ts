import { describe, expect, it } from 'vitest';
import {
  DICTIONARIES,
  LANGUAGES,
  type LanguageCode,
  type MessageKey,
  createTranslator,
  directionOf,
  en,
} from '../../../src/i18n/index.js';

const KEYS = Object.keys(en).sort() as MessageKey[];
const TRANSLATED = LANGUAGES.filter((language) => language !== 'en');

/** Strings a translation may keep exactly as in English even when longer than 3 words (product names). */
const SAME_AS_ENGLISH: ReadonlySet<string> = new Set<string>([]);

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

describe('DICTIONARIES', () => {
  it('has a dictionary for every language, English being en itself', () => {
    expect(Object.keys(DICTIONARIES).sort()).toEqual([...LANGUAGES].sort());
    expect(DICTIONARIES.en).toBe(en);
  });

  describe.each(TRANSLATED)('%s', (language: LanguageCode) => {
    const dictionary = DICTIONARIES[language];

    it('has exactly the keys of English', () => {
      expect(Object.keys(dictionary).sort()).toEqual(KEYS);
    });

    it.each(KEYS)('%s keeps the placeholders of English', (key) => {
      expect(placeholders(dictionary[key])).toEqual(placeholders(en[key]));
    });

    it('has no empty strings, stray braces or HTML', () => {
      for (const key of KEYS) {
        const text = dictionary[key];
        expect(text.trim(), key).not.toBe('');
        expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
        expect(text, key).not.toMatch(/<\/?[a-z!]/i);
      }
    });

    it('leaves no English text of more than 3 words untranslated', () => {
      const untranslated = KEYS.filter(
        (key) => wordCount(en[key]) > 3 && dictionary[key] === en[key] && !SAME_AS_ENGLISH.has(en[key]),
      );
      expect(untranslated).toEqual([]);
    });
  });
});

describe('createTranslator', () => {
  it('uses the dictionary of the language', () => {
    expect(createTranslator('de', DICTIONARIES)('signIn.submit')).toBe('Anmelden');
    expect(createTranslator('ja', DICTIONARIES)('signIn.submit')).toBe(DICTIONARIES.ja['signIn.submit']);
  });

  it('falls back to the base language of a regional tag', () => {
    const t = createTranslator('fr-CA', DICTIONARIES);
    expect(t('signIn.submit')).toBe(DICTIONARIES.fr['signIn.submit']);
    expect(t('signIn.submit')).not.toBe(en['signIn.submit']);
    expect(createTranslator('ar-EG', DICTIONARIES)('common.or')).toBe(DICTIONARIES.ar['common.or']);
  });

  it('lets overrides win over the built-in dictionary', () => {
    const overrides = { es: { 'signIn.submit': 'Entrar' } };
    const t = createTranslator('es', DICTIONARIES, overrides);
    expect(t('signIn.submit')).toBe('Entrar');
    expect(t('signUp.submit')).toBe(DICTIONARIES.es['signUp.submit']);
    // An override of the base language applies to its regional tags too; the exact tag's override comes first.
    expect(createTranslator('es-MX', DICTIONARIES, overrides)('signIn.submit')).toBe('Entrar');
    const regional = { ...overrides, 'es-MX': { 'signIn.submit': 'Ingresar' } };
    expect(createTranslator('es-MX', DICTIONARIES, regional)('signIn.submit')).toBe('Ingresar');
  });

  it('falls back to English for an unknown language', () => {
    expect(createTranslator('xx', DICTIONARIES)('signIn.submit')).toBe(en['signIn.submit']);
    expect(createTranslator('zz-ZZ', DICTIONARIES)('error.unknown')).toBe(en['error.unknown']);
  });

  it('interpolates {count}', () => {
    expect(createTranslator('en', DICTIONARIES)('password.rule.minLength', { count: 8 })).toBe('at least 8 characters');
    expect(createTranslator('de', DICTIONARIES)('password.rule.minLength', { count: 12 })).toBe('mindestens 12 Zeichen');
  });

  it('leaves an unknown placeholder as it is', () => {
    const t = createTranslator('en', DICTIONARIES);
    expect(t('social.signInWith', { other: 'Google' })).toBe('Sign in with {provider}');
    expect(t('social.signInWith')).toBe('Sign in with {provider}');
    expect(t('social.signInWith', { provider: 'Google' })).toBe('Sign in with Google');
  });
});

describe('directionOf', () => {
  it('is right to left for Arabic, with or without a region', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
  });

  it('is left to right for the other languages', () => {
    expect(directionOf('en')).toBe('ltr');
    for (const language of TRANSLATED.filter((l) => l !== 'ar')) expect(directionOf(language)).toBe('ltr');
  });
});
