import { describe, expect, it } from 'vitest';
import { accountEn } from '../../../src/i18n/account/en.js';
import { loadAccountDictionary } from '../../../src/i18n/account/load.js';
import { LANGUAGES, type BuiltInLanguage } from '../../../src/i18n/index.js';
import { dictionaryProblems } from './completeness.js';

/** Account-center words a language keeps as in English. */
const ACCOUNT_SAME_AS_ENGLISH: Partial<Record<string, readonly BuiltInLanguage[]>> = {
  'account.passkeys.heading': ['de'], // German UIs say «Passkeys»
};

const TRANSLATED = LANGUAGES.filter((language) => language !== 'en');

// When this fails after a key was added to src/i18n/account/en.ts, translate it in every language it names.
describe.each(TRANSLATED)('the %s account dictionary', (language: BuiltInLanguage) => {
  it('loads, and has every key of English, no other, the same placeholders, nothing empty or left in English', async () => {
    const dictionary = await loadAccountDictionary(language);
    expect(dictionaryProblems(language, dictionary, accountEn, ACCOUNT_SAME_AS_ENGLISH)).toEqual([]);
  });
});

describe('loadAccountDictionary', () => {
  it('gives English at once and rejects a tag that is not built in', async () => {
    expect(await loadAccountDictionary('en')).toBe(accountEn);
    await expect(loadAccountDictionary('xx' as BuiltInLanguage)).rejects.toThrow(/xx/);
  });
});
