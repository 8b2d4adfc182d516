import { I18n } from 'aws-amplify/utils';
import { afterEach, describe, expect, it } from 'vitest';
import { AMPLIFY_PHRASES, AMPLIFY_PHRASE_VALUES } from '../../../src/i18n/amplify-phrases.js';
import { isAmplifyShaped } from '../../../src/i18n/amplify-shape.js';
import { fromAmplifyLookup, fromAmplifyVocabulary } from '../../../src/i18n/amplify-vocabulary.js';
import { DICTIONARIES, createTranslator, type MessageKey } from '../../../src/i18n/index.js';

const en = DICTIONARIES.en;

/** A French vocabulary as an Amplify UI app writes one, keyed by Amplify UI's English phrases. */
const FRENCH = {
  'Sign In': 'Connexion',
  'Create Account': 'Inscription',
  'Sign in': 'Entrer',
  'Signing in': 'Connexion en cours',
  Username: 'Identifiant',
  Email: 'Courriel',
  Password: 'Mot de passe secret',
  'Show password': 'Voir le mot de passe',
  'Hide password': 'Cacher le mot de passe',
  'Forgot your password?': 'Mot de passe perdu ?',
  or: 'ou bien',
  'Sign In with Google': 'Continuer avec Google',
};

/** The sign-in screen as French Amplify vocabulary and Gatehouse's built-in dictionaries show it. */
function signInScreen(dictionary: Readonly<Record<string, string>>) {
  const t = createTranslator('fr', DICTIONARIES, { fr: fromAmplifyVocabulary(dictionary) });
  return {
    tab: t('signIn.tab'),
    signUpTab: t('signUp.tab'),
    heading: t('signIn.heading'),
    username: t('field.username'),
    email: t('field.email'),
    password: t('field.password'),
    show: t('common.showPassword'),
    hide: t('common.hidePassword'),
    submit: t('signIn.submit'),
    pending: t('signIn.pending'),
    forgot: t('signIn.forgotPassword'),
    or: t('common.or'),
    social: t('social.signInWith', { provider: 'Apple' }),
    back: t('common.backToSignIn'),
  };
}

describe('fromAmplifyVocabulary', () => {
  it('translates the sign-in screen from a French vocabulary in Amplify’s shape', () => {
    expect(signInScreen(FRENCH)).toEqual({
      tab: 'Connexion',
      signUpTab: 'Inscription',
      heading: 'Entrer',
      username: 'Identifiant',
      email: 'Courriel',
      password: 'Mot de passe secret',
      show: 'Voir le mot de passe',
      hide: 'Cacher le mot de passe',
      submit: 'Entrer',
      // Gatehouse's pending labels end in an ellipsis, as Amplify UI's do once it has added one.
      pending: 'Connexion en cours…',
      forgot: 'Mot de passe perdu ?',
      or: 'ou bien',
      // 'Sign In with Google' gives the message for every provider.
      social: 'Continuer avec Apple',
      // What the vocabulary leaves out keeps Gatehouse's French.
      back: DICTIONARIES.fr['common.backToSignIn'],
    });
  });

  it('lets a Gatehouse key given directly win over a phrase for the same message', () => {
    const dictionary = fromAmplifyVocabulary({ 'Back to Sign In': 'Retour', 'common.backToSignIn': 'Revenir', 'signUp.tab': 'Nouveau compte' });
    expect(dictionary).toEqual({ 'common.backToSignIn': 'Revenir', 'signUp.tab': 'Nouveau compte' });
  });

  it('ignores a phrase Gatehouse has no place for', () => {
    expect(fromAmplifyVocabulary({ 'Back to Sign In': 'Retour', 'It may take a minute to arrive': 'Patience', Hello: 'Bonjour' })).toEqual({
      'common.backToSignIn': 'Retour',
    });
  });

  it('ignores a phrase mapped to itself, as Amplify UI’s English dictionary maps every phrase', () => {
    expect(fromAmplifyVocabulary({ 'Sign In': 'Sign In', Password: 'Password' })).toEqual({});
  });

  it('takes the first phrase of a message that the vocabulary translates', () => {
    expect(fromAmplifyVocabulary({ 'Forgot Password?': 'Oublié ?' })['signIn.forgotPassword']).toBe('Oublié ?');
    expect(fromAmplifyVocabulary({ 'Forgot Password?': 'Oublié ?', 'Forgot your password?': 'Mot de passe oublié ?' })['signIn.forgotPassword']).toBe(
      'Mot de passe oublié ?',
    );
  });

  it('puts the destination back after the phrase Amplify UI writes it after, ending the sentence as the script does', () => {
    const french = fromAmplifyVocabulary({
      'Your code is on the way. To log in, enter the code we emailed to': 'Votre code arrive. Saisissez le code envoyé à',
    });
    expect(french['delivery.EMAIL']).toBe('Votre code arrive. Saisissez le code envoyé à {destination}.');
    const japanese = fromAmplifyVocabulary({ 'Your code is on the way. To log in, enter the code we texted to': '次の番号にコードを送信しました' });
    expect(japanese['delivery.SMS']).toBe('次の番号にコードを送信しました {destination}。');
    const thai = fromAmplifyVocabulary({ 'Your code is on the way. To log in, enter the code we emailed to': 'เราส่งรหัสไปที่' });
    expect(thai['delivery.EMAIL']).toBe('เราส่งรหัสไปที่ {destination}');
  });

  it('turns the length in Amplify UI’s password rule back into {count}, whatever the pool’s length', () => {
    const t = (vocabulary: Record<string, string>) => createTranslator('fr', {}, { fr: fromAmplifyVocabulary(vocabulary) });
    expect(t({ 'Password must have at least 8 characters': 'Au moins 8 caractères' })('password.rule.minLength', { count: 10 })).toBe('Au moins 10 caractères');
    expect(t({ 'Password must have at least 12 characters': '12 caractères minimum' })('password.rule.minLength', { count: 12 })).toBe('12 caractères minimum');
  });

  it('drops a translation that lost the value Gatehouse has to put back', () => {
    expect(fromAmplifyVocabulary({ 'Sign In with Google': 'Se connecter' })).toEqual({});
  });

  it('reads Cognito’s error messages and Amplify UI’s validation messages', () => {
    expect(
      fromAmplifyVocabulary({
        'Incorrect username or password.': 'Identifiants incorrects.',
        'User does not exist.': 'Utilisateur inconnu.',
        'Your passwords must match': 'Les mots de passe diffèrent',
      }),
    ).toEqual({
      'error.incorrectCredentials': 'Identifiants incorrects.',
      'error.userNotFound': 'Utilisateur inconnu.',
      'validation.passwordMismatch': 'Les mots de passe diffèrent',
    });
  });
});

describe('fromAmplifyLookup', () => {
  afterEach(() => {
    I18n.setLanguage('en');
  });

  it('reads the vocabularies Amplify’s I18n holds, in the language I18n is set to', () => {
    I18n.putVocabularies({ fr: { 'Resend Code': 'Renvoyer', 'Back to Sign In': 'Retour' }, de: { 'Back to Sign In': 'Zurück' } });
    I18n.setLanguage('fr');
    expect(fromAmplifyLookup((phrase) => I18n.get(phrase))).toEqual({ 'common.resendCode': 'Renvoyer', 'common.backToSignIn': 'Retour' });
    I18n.setLanguage('de');
    expect(fromAmplifyLookup((phrase) => I18n.get(phrase))).toEqual({ 'common.backToSignIn': 'Zurück' });
  });

  it('gives nothing when the lookup has no translations', () => {
    expect(fromAmplifyLookup(() => undefined)).toEqual({});
    expect(fromAmplifyLookup((phrase) => phrase)).toEqual({});
  });
});

describe('isAmplifyShaped', () => {
  it('is true when a key is an Amplify UI phrase, false for Gatehouse keys and for nothing', () => {
    expect(isAmplifyShaped({ 'Sign In': 'Connexion' })).toBe(true);
    expect(isAmplifyShaped({ 'signIn.submit': 'Entrer', 'Sign In': 'Connexion' })).toBe(true);
    expect(isAmplifyShaped({ 'signIn.submit': 'Entrer' })).toBe(false);
    expect(isAmplifyShaped({})).toBe(false);
  });
});

describe('AMPLIFY_PHRASES', () => {
  const entries = Object.entries(AMPLIFY_PHRASES);
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

  it('names only keys that exist in en.ts', () => {
    expect(entries.map(([key]) => key).filter((key) => !Object.hasOwn(en, key))).toEqual([]);
  });

  it('gives every key at least one phrase, each with the placeholders of its English message', () => {
    for (const [key, phrases = []] of entries) {
      expect(phrases.length, key).toBeGreaterThan(0);
      for (const phrase of phrases) {
        expect(phrase.trim(), key).not.toBe('');
        expect(placeholders(phrase), `${key}: ${phrase}`).toEqual(placeholders(en[key as MessageKey]));
      }
    }
  });

  it('has values to try for a placeholder inside a phrase; any other placeholder ends its phrase', () => {
    for (const [key, phrases = []] of entries) {
      for (const phrase of phrases) {
        const [name] = placeholders(phrase);
        if (name === undefined || name in AMPLIFY_PHRASE_VALUES) continue;
        expect(phrase, key).toMatch(new RegExp(` \\{${name}\\}$`));
      }
    }
  });
});
