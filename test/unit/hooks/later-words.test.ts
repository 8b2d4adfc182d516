import { describe, expect, it } from 'vitest';
import { AuthError } from '../../../src/client/errors.js';
import { describeError, installLaterWords } from '../../../src/hooks/errors.js';
import { laterWords } from '../../../src/hooks/later-words.js';
import { DICTIONARIES } from '../../../src/i18n/dictionaries.js';
import { createTranslator } from '../../../src/i18n/translate.js';

const codeMismatch = new AuthError({ name: 'CodeMismatchException', message: 'Invalid verification code provided, please try again.' });
const offline = new AuthError({ name: 'NetworkError', message: 'Failed to fetch' });

// One file, one module instance: the later words start out missing here, as on a page before its first call.
describe('the words of what comes after a call, which load with the first call', () => {
  it('are not needed to name what the first load can meet: a network failure, else the generic message', () => {
    const translate = createTranslator('en', {});
    expect(describeError(offline, translate, 8).message).toBe('We could not reach the server. Check your connection and try again.');
    expect(describeError(codeMismatch, translate, 8).message).toBe('Something went wrong. Please try again.');
  });

  it('name each failure and give the later screens their English once installed', () => {
    expect(createTranslator('en', {})('confirmSignUp.heading')).toBe('');
    expect(createTranslator('en', {})('delivery.EMAIL', { destination: 'a***@example.com' })).toBe('');
    installLaterWords(laterWords);
    expect(describeError(codeMismatch, createTranslator('en', {}), 8).message).toBe('That code is not right. Check it and try again.');
    expect(createTranslator('en', {})('confirmSignUp.heading')).toBe('Confirm your account');
    expect(describeError(codeMismatch, createTranslator('fr', { fr: DICTIONARIES.fr }), 8).message).toBe(DICTIONARIES.fr['error.codeMismatch']);
  });
});
