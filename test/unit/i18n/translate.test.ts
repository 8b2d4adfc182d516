import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGUAGES, builtInLanguage, createTranslator, directionOf, en } from '../../../src/i18n/index.js';

describe('builtInLanguage', () => {
  it('is the tag itself for a built-in language', () => {
    for (const language of LANGUAGES) expect(builtInLanguage(language)).toBe(language);
  });

  it('falls back to the base language of a regional or script tag', () => {
    expect(builtInLanguage('fr-CA')).toBe('fr');
    expect(builtInLanguage('pt-BR')).toBe('pt');
    expect(builtInLanguage('zh-CN')).toBe('zh');
    expect(builtInLanguage('zh-TW')).toBe('zh');
    expect(builtInLanguage('zh-Hant-HK')).toBe('zh');
    expect(builtInLanguage('nb-NO')).toBe('nb');
  });

  it('reads Amplify UI’s kr and ua, and the other codes of a built-in language', () => {
    expect(builtInLanguage('kr')).toBe('ko');
    expect(builtInLanguage('ua')).toBe('uk');
    expect(builtInLanguage('no')).toBe('nb');
    expect(builtInLanguage('nn-NO')).toBe('nb');
    expect(builtInLanguage('iw')).toBe('he');
    expect(builtInLanguage('in-ID')).toBe('id');
  });

  it('ignores case and reads underscores as hyphens', () => {
    expect(builtInLanguage('PT_br')).toBe('pt');
    expect(builtInLanguage('De')).toBe('de');
  });

  it('is undefined for a language without a dictionary', () => {
    expect(builtInLanguage('ro')).toBeUndefined();
    expect(builtInLanguage('xx-YY')).toBeUndefined();
    expect(builtInLanguage('constructor')).toBeUndefined();
    expect(builtInLanguage('')).toBeUndefined();
  });
});

describe('createTranslator', () => {
  it('uses the dictionary of the language', () => {
    expect(createTranslator('de', DICTIONARIES)('signIn.submit')).toBe('Anmelden');
    expect(createTranslator('ko', DICTIONARIES)('signIn.submit')).toBe(DICTIONARIES.ko['signIn.submit']);
  });

  it('falls back to the base language of a regional tag, and to the language an alias names', () => {
    const t = createTranslator('fr-CA', DICTIONARIES);
    expect(t('signIn.submit')).toBe(DICTIONARIES.fr['signIn.submit']);
    expect(t('signIn.submit')).not.toBe(en['signIn.submit']);
    expect(createTranslator('ar-EG', DICTIONARIES)('common.or')).toBe(DICTIONARIES.ar['common.or']);
    expect(createTranslator('pt-BR', DICTIONARIES)('signIn.forgotPassword')).toBe(DICTIONARIES.pt['signIn.forgotPassword']);
    expect(createTranslator('kr', DICTIONARIES)('signIn.submit')).toBe(DICTIONARIES.ko['signIn.submit']);
    expect(createTranslator('ua', DICTIONARIES)('signIn.submit')).toBe(DICTIONARIES.uk['signIn.submit']);
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

  it('takes the overrides of an alias and of the language it names', () => {
    expect(createTranslator('kr', DICTIONARIES, { kr: { 'signIn.submit': '들어가기' } })('signIn.submit')).toBe('들어가기');
    expect(createTranslator('kr', DICTIONARIES, { ko: { 'signIn.submit': '들어가기' } })('signIn.submit')).toBe('들어가기');
  });

  it('takes the base language’s overrides for a language that has no built-in dictionary', () => {
    const t = createTranslator('ro-RO', DICTIONARIES, { ro: { 'signIn.submit': 'Conectare' } });
    expect(t('signIn.submit')).toBe('Conectare');
    expect(t('signUp.submit')).toBe(en['signUp.submit']);
  });

  it('falls back to English for an unknown language', () => {
    expect(createTranslator('xx', DICTIONARIES)('signIn.submit')).toBe(en['signIn.submit']);
    expect(createTranslator('zz-ZZ', DICTIONARIES)('error.unknown')).toBe(en['error.unknown']);
  });

  it('interpolates {count}', () => {
    expect(createTranslator('en', DICTIONARIES)('password.rule.minLength', { count: 8 })).toBe('at least 8 characters');
    expect(createTranslator('de', DICTIONARIES)('password.rule.minLength', { count: 12 })).toBe('mindestens 12 Zeichen');
  });

  it('isolates an inserted value in right-to-left text', () => {
    expect(createTranslator('he', DICTIONARIES)('delivery.EMAIL', { destination: 'a@example.com' })).toBe(
      'שלחנו קוד באימייל אל \u2068a@example.com\u2069.',
    );
    expect(createTranslator('fr', DICTIONARIES)('setupTotp.qrLabel', { account: 'a@example.com' })).not.toContain('\u2068');
  });

  it('leaves an unknown placeholder as it is', () => {
    const t = createTranslator('en', DICTIONARIES);
    expect(t('social.signInWith', { other: 'Google' })).toBe('Sign in with {provider}');
    expect(t('social.signInWith')).toBe('Sign in with {provider}');
    expect(t('social.signInWith', { provider: 'Google' })).toBe('Sign in with Google');
  });
});

describe('directionOf', () => {
  it('is right to left for Arabic and Hebrew, with or without a region, under any code', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'he-IL', 'iw']) expect(directionOf(tag)).toBe('rtl');
  });

  it('is left to right for the other built-in languages', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'ar' && l !== 'he')) expect(directionOf(language)).toBe('ltr');
  });
});
