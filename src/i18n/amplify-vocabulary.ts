import { AMPLIFY_PHRASES, AMPLIFY_PHRASE_VALUES } from './amplify-phrases.js';
import { isMessageKey } from './amplify-shape.js';
import { PLACEHOLDER, translationOf as translated } from './amplify-start-phrases.js';
import type { Dictionary, MessageKey } from './en.js';
import { englishDictionary as en } from './en-full.js';

/** One language of an Amplify UI vocabulary: English phrase → translation (`{ 'Sign In': 'Se connecter' }`). */
export type AmplifyVocabulary = Readonly<Record<string, string>>;

/**
 * The translation of an Amplify UI phrase, if there is one: what Amplify's `I18n.get(phrase)` answers (typed
 * `any` there, so anything but a non-empty string other than the phrase itself counts as no translation).
 */
export type PhraseLookup = (phrase: string) => unknown;

const PLACEHOLDERS = /\{(\w+)\}/g;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const THAI = /[\u0e00-\u0e7f]/g;

function placeholders(text: string): string {
  return [...text.matchAll(PLACEHOLDERS)].map((match) => match[1] ?? '').sort().join();
}

/** How a sentence in this script ends where Amplify UI appended a value to it: 。 for Chinese and Japanese, nothing for Thai. */
function sentenceEnd(text: string): string {
  const letters = text.replace(/\s/g, '').length;
  const share = (script: RegExp) => (text.match(script)?.length ?? 0) / Math.max(letters, 1);
  if (share(CJK) > 0.5) return '。';
  if (share(THAI) > 0.5) return '';
  return '.';
}

/** The message as Gatehouse shows it: a pending label keeps its ellipsis, and the placeholders must be English's. */
function finish(key: MessageKey, text: string): string | undefined {
  const english: string = en[key];
  const ended = english.endsWith('…') && !/(…|\.\.\.)$/.test(text) ? `${text}…` : text;
  return placeholders(ended) === placeholders(english) ? ended : undefined;
}

function translatePhrase(key: MessageKey, phrase: string, lookup: PhraseLookup): string | undefined {
  const match = PLACEHOLDER.exec(phrase);
  if (match === null) {
    const text = translated(phrase, lookup);
    return text === undefined ? undefined : finish(key, text);
  }
  const [token, name = ''] = match;
  const values = AMPLIFY_PHRASE_VALUES[name];
  if (values === undefined) {
    const text = translated(phrase.slice(0, match.index).trimEnd(), lookup);
    return text === undefined ? undefined : finish(key, `${text} ${token}${en[key].endsWith('.') ? sentenceEnd(text) : ''}`);
  }
  for (const value of values) {
    const text = translated(phrase.replace(token, value), lookup);
    if (text?.includes(value)) return finish(key, text.replace(value, token));
  }
  return undefined;
}

/**
 * Every message that has an Amplify UI phrase the lookup translates. Give it Amplify's I18n
 * (`(phrase) => I18n.get(phrase)`) so that vocabularies set with `I18n.putVocabularies` and the language set
 * with `I18n.setLanguage` reach Gatehouse's screens.
 */
export function fromAmplifyLookup(lookup: PhraseLookup): Partial<Dictionary> {
  const dictionary: Partial<Dictionary> = {};
  for (const key of Object.keys(AMPLIFY_PHRASES).filter(isMessageKey)) {
    for (const phrase of AMPLIFY_PHRASES[key] ?? []) {
      const text = translatePhrase(key, phrase, lookup);
      if (text !== undefined) {
        dictionary[key] = text;
        break;
      }
    }
  }
  return dictionary;
}

/**
 * A Gatehouse dictionary from one language of an Amplify UI vocabulary. Gatehouse message keys given
 * directly are kept and win over a phrase for the same message; phrases Gatehouse has no place for are
 * ignored.
 */
export function fromAmplifyVocabulary(vocabulary: AmplifyVocabulary): Partial<Dictionary> {
  const dictionary = fromAmplifyLookup((phrase) => (Object.hasOwn(vocabulary, phrase) ? vocabulary[phrase] : undefined));
  for (const [key, text] of Object.entries(vocabulary)) {
    if (isMessageKey(key) && typeof text === 'string') dictionary[key] = text;
  }
  return dictionary;
}
