import { enLater } from './en-later.js';
import { en, type Dictionary } from './en.js';

/** English whole: the first screens' messages and those of what comes later. */
export const englishDictionary: Dictionary = { ...en, ...enLater };
