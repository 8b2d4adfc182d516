import { enErrors } from './en-errors.js';
import { en, type Dictionary } from './en.js';

/** English whole: the first screen's messages and the error messages. */
export const englishDictionary: Dictionary = { ...en, ...enErrors };
