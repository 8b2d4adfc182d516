export { en, type Dictionary, type MessageKey } from './en.js';
export { DICTIONARIES } from './dictionaries.js';
export { LANGUAGES, directionOf, type BuiltInLanguage, type LanguageCode, type LanguageTag } from './languages.js';
export { builtInLanguage, createTranslator, type DictionaryOverrides, type Translate } from './translate.js';
export { loadDictionary } from './load.js';
// Only the check: the conversion (amplify-vocabulary.ts) and its phrase table load lazily, when an app needs them.
export { isAmplifyShaped } from './amplify-shape.js';
export type { DictionaryProp } from './translate.js';
export type { AmplifyVocabulary, PhraseLookup } from './amplify-vocabulary.js';
