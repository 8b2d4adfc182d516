import { describe, expect, it } from 'vitest';
import { translatesStartScreen } from '../../../src/i18n/amplify-start-phrases.js';

const only =
  (phrase: string, text: string) =>
  (asked: string): unknown =>
    asked === phrase ? text : asked;

describe('translatesStartScreen', () => {
  it("is false for Amplify's answer without a vocabulary: every phrase back as it is", () => {
    expect(translatesStartScreen((phrase) => phrase)).toBe(false);
  });

  it('is false for answers that are no translation: empty, blank, not a string', () => {
    expect(translatesStartScreen(() => '')).toBe(false);
    expect(translatesStartScreen(() => '  ')).toBe(false);
    expect(translatesStartScreen(() => undefined)).toBe(false);
    expect(translatesStartScreen(() => 42)).toBe(false);
  });

  it('is true for one translated phrase of the sign-in screen', () => {
    expect(translatesStartScreen(only('Forgot your password?', 'Mot de passe oublié ?'))).toBe(true);
    expect(translatesStartScreen(only('Username', 'Nom d’utilisateur'))).toBe(true);
  });

  it('asks for a social button with each provider Amplify UI names, as Amplify UI writes it', () => {
    expect(translatesStartScreen(only('Sign In with Apple', 'Se connecter avec Apple'))).toBe(true);
    expect(translatesStartScreen(only('Sign In with {provider}', 'Se connecter avec {provider}'))).toBe(false);
  });

  it("is false for a translation of a later screen's phrase only", () => {
    expect(translatesStartScreen(only('Reset your password', 'Réinitialisez votre mot de passe'))).toBe(false);
  });
});
