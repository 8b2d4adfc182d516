import { en, type MessageKey } from './en.js';

/** How every message key looks ('signIn.submit', 'mfa.TOTP.description', 'field.phone_number'); no sentence does. */
const KEY_SHAPE = /^[a-z][A-Za-z]*(\.[A-Za-z_]+)+$/;

/**
 * Whether a dictionary key is one of Gatehouse's message keys, not an English sentence. The keys of what loads
 * later (en-later.ts) are not at hand here, so a key of their shape counts.
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key) || KEY_SHAPE.test(key);
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
