import { cleanup } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AMPLIFY_PHRASES } from '../../../src/i18n/amplify-phrases.js';
import { START_SCREEN_PHRASES } from '../../../src/i18n/amplify-start-phrases.js';
import { englishDictionary } from '../../../src/i18n/en-full.js';
import type { MessageKey } from '../../../src/i18n/en.js';
import { renderAuthenticator, type RenderAuthenticatorOptions } from '../../support/authenticator.js';
import { passkeyConfig, softAuthenticator } from '../../support/passkeys.js';

/** Every text the page shows or names: text of elements, labels for assistive technology, placeholders. */
function shownTexts(): Set<string> {
  const texts = new Set<string>();
  for (const element of document.body.querySelectorAll('*')) {
    for (const text of [element.textContent, element.getAttribute('aria-label'), element.getAttribute('placeholder'), element.getAttribute('title')]) {
      if (text) texts.add(text.trim());
    }
  }
  return texts;
}

/** The keys whose English text the page shows, a {placeholder} standing for any value. */
function shownKeys(): MessageKey[] {
  const texts = [...shownTexts()];
  return (Object.keys(AMPLIFY_PHRASES) as MessageKey[]).filter((key) => {
    const english = new RegExp(`^${englishDictionary[key].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`);
    return texts.some((text) => english.test(text));
  });
}

const START_SCREENS: Record<string, RenderAuthenticatorOptions> = {
  'email sign-in': {},
  'username or phone, with every social provider': {
    pool: { loginWith: { username: true, phone: true } },
    props: { socialProviders: ['amazon', 'apple', 'facebook', 'google'] },
  },
  'passwordless, email code first': {
    pool: { ...passkeyConfig(softAuthenticator()), loginWith: { email: true, phone: true } },
    props: { passwordless: { hiddenAuthMethods: [], preferredAuthMethod: 'EMAIL_OTP' } },
  },
};

// Whether Amplify's I18n translates the first screen is told from START_SCREEN_PHRASES alone (the rest of the
// table loads later): a phrase of that screen missing there would show untranslated.
describe('the phrases probed before the phrase table loads', () => {
  for (const [name, options] of Object.entries(START_SCREENS)) {
    it(`hold every message the sign-in screen shows (${name})`, async () => {
      await renderAuthenticator(options);
      const shown = shownKeys();
      expect(shown.length).toBeGreaterThan(4);
      // A key whose English is also a start key's ('Create account' is the tab and sign-up's button) is that key here.
      const startEnglish = new Set(Object.keys(START_SCREEN_PHRASES).map((key) => englishDictionary[key as MessageKey]));
      expect(shown.filter((key) => !(key in START_SCREEN_PHRASES) && !startEnglish.has(englishDictionary[key]))).toEqual([]);
      cleanup();
    });
  }
});
