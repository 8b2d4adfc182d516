export { en, type Dictionary, type MessageKey } from './en.js';
export { DICTIONARIES } from './dictionaries.js';
export { LANGUAGES, directionOf, type BuiltInLanguage, type LanguageCode, type LanguageTag } from './languages.js';
export { builtInLanguage, createTranslator, type DictionaryOverrides, type Translate } from './translate.js';
export { loadDictionary } from './load.js';
