import { en, type MessageKey } from './en.js';

/**
 * Whether a dictionary key is one of Gatehouse's message keys ('signIn.submit'), not an English sentence. Every
 * `error.` key counts: most error messages load later (en-errors.ts), and no sentence starts that way.
 */
export function isMessageKey(key: string): key is MessageKey {
  return key.startsWith('error.') || Object.hasOwn(en, key);
}

/**
 * Whether a dictionary is keyed the way Amplify UI's vocabularies are, by English sentence
 * (`{ 'Sign In': 'Se connecter' }`): true as soon as one key is not a Gatehouse message key.
 * Small and free of the phrase table, so that deciding costs nothing; converting
 * (`fromAmplifyVocabulary` in amplify-vocabulary.ts) is the part that loads lazily.
 */
export function isAmplifyShaped(dictionary: Readonly<Record<string, unknown>>): boolean {
  return Object.keys(dictionary).some((key) => !isMessageKey(key));
}
