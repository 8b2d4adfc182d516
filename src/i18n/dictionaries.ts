import { ar } from './ar.js';
import { de } from './de.js';
import { en, type Dictionary } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ja } from './ja.js';
import type { LanguageCode } from './languages.js';

/** The built-in dictionaries, one per supported language. */
export const DICTIONARIES: Readonly<Record<LanguageCode, Dictionary>> = { en, es, fr, de, ja, ar };
