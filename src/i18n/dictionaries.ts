import { ar } from './ar.js';
import { de } from './de.js';
import type { Dictionary } from './en.js';
import { englishDictionary } from './en-full.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { he } from './he.js';
import { hu } from './hu.js';
import { id } from './id.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import type { BuiltInLanguage } from './languages.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { sv } from './sv.js';
import { th } from './th.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import { zh } from './zh.js';

/**
 * Every built-in dictionary at once, for an app that wants them all up front (a server render, a test).
 * The Authenticator itself never imports this: it loads the one language it needs (`loadDictionary`).
 */
export const DICTIONARIES: Readonly<Record<BuiltInLanguage, Dictionary>> = { en: englishDictionary, ar, de, es, fr, he, hu, id, it, ja, ko, nb, nl, pl, pt, ru, sv, th, tr, uk, zh };
