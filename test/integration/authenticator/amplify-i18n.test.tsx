import { screen } from '@testing-library/react';
import { I18n } from 'aws-amplify/utils';
import { afterEach, describe, expect, it } from 'vitest';
import { withAmplifyVocabulary } from '../../support/amplify-vocabulary.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { findHeading } from '../../support/screens.js';

afterEach(() => {
  I18n.setLanguage('en');
});

// Amplify UI's docs: I18n.putVocabularies(translations) and I18n.setLanguage('fr') translate the Authenticator.
describe("Amplify's I18n vocabularies, with the Amplify adapter", () => {
  it('translate the screens where a vocabulary has the phrase, keep the built-in text elsewhere', async () => {
    I18n.putVocabularies({ fr: { 'Sign In': 'Se connecter', 'Sign in': 'Connexion', Password: 'Mot de passe', 'Forgot your password?': 'Mot de passe oublié ?' } });
    I18n.setLanguage('fr');
    await renderAuthenticator({ clientFor: withAmplifyVocabulary, props: { language: 'en' }, ready: () => findHeading('Connexion') });
    expect(screen.getByRole('tab', { name: 'Se connecter' })).toBeDefined();
    expect(screen.getByLabelText(/^Mot de passe/)).toBeDefined();
    expect(screen.getByRole('button', { name: 'Mot de passe oublié ?' })).toBeDefined();
    // No phrase for it in the vocabulary: Gatehouse's own text.
    expect(screen.getByRole('tab', { name: 'Create account' })).toBeDefined();
  });

  it("the app's dictionary prop wins over the vocabulary", async () => {
    I18n.putVocabularies({ fr: { 'Sign in': 'Connexion' } });
    I18n.setLanguage('fr');
    await renderAuthenticator({ clientFor: withAmplifyVocabulary, props: { language: 'en', dictionary: { en: { 'signIn.heading': 'Bienvenue' } } }, ready: () => findHeading('Bienvenue') });
  });

  it('a language without a vocabulary shows the built-in texts', async () => {
    I18n.setLanguage('de');
    await renderAuthenticator({ clientFor: withAmplifyVocabulary, props: { language: 'en' }, ready: () => findHeading('Sign in') });
    expect(screen.getByRole('tab', { name: 'Sign in' })).toBeDefined();
  });
});
