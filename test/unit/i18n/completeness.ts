import { DICTIONARIES, type BuiltInLanguage, type MessageKey } from '../../../src/i18n/index.js';

/**
 * Values a language may keep exactly as in English, per key: words the language has borrowed. Anything
 * else identical to English is an untranslated string.
 */
export const SAME_AS_ENGLISH: Partial<Record<MessageKey, readonly BuiltInLanguage[]>> = {
  'field.confirmation_code': ['de', 'fr', 'nl'], // «Code» is the German, French and Dutch word
  'field.website': ['de', 'nl'],
  'field.password': ['it'], // Italian UIs say «password»
  'mfa.EMAIL': ['id', 'it'],
  'common.errorDetail': ['de', 'nl'], // «Details» is German and Dutch too
};


function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/**
 * What is wrong with a dictionary, checked on its run-time value (a dictionary cast to the type, or loaded,
 * escapes the compiler's check): one line per problem, empty when it is complete.
 */
export function dictionaryProblems(
  language: BuiltInLanguage,
  dictionary: Readonly<Record<string, unknown>>,
  english: Readonly<Record<string, string>> = DICTIONARIES.en,
  sameAsEnglish: Readonly<Partial<Record<string, readonly BuiltInLanguage[]>>> = SAME_AS_ENGLISH,
): string[] {
  const KEYS = Object.keys(english);
  const problems: string[] = [];
  for (const key of KEYS) if (!Object.hasOwn(dictionary, key)) problems.push(`${language}: missing ${key} (English: "${english[key] ?? ''}")`);
  for (const key of Object.keys(dictionary)) if (!Object.hasOwn(english, key)) problems.push(`${language}: ${key} is not a key of en.ts`);
  for (const key of KEYS) {
    if (!Object.hasOwn(dictionary, key)) continue;
    const text = dictionary[key];
    const source = english[key] ?? '';
    if (typeof text !== 'string') {
      problems.push(`${language}: ${key} is not a string`);
      continue;
    }
    if (text.trim() === '') problems.push(`${language}: ${key} is empty`);
    if (placeholders(text).join() !== placeholders(source).join()) {
      problems.push(`${language}: ${key} has {${placeholders(text).join('}, {')}} where English has {${placeholders(source).join('}, {')}}`);
    }
    if (/[{}]/.test(text.replace(/\{\w+\}/g, ''))) problems.push(`${language}: ${key} has a stray brace`);
    if (/<\/?[a-z!]/i.test(text)) problems.push(`${language}: ${key} has HTML`);
    if (text === source && !(sameAsEnglish[key] ?? []).includes(language)) {
      problems.push(`${language}: ${key} is the English text "${source}" (translate it, or allow it in SAME_AS_ENGLISH)`);
    }
  }
  return problems;
}
