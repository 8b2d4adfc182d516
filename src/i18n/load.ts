import type { Dictionary } from './en.js';
import type { BuiltInLanguage } from './languages.js';

/**
 * One dynamic import per language, so that each is its own chunk and an app ships only English up front.
 * The record's type makes the compiler reject a built-in language without a loader.
 */
const LOADERS: Readonly<Record<Exclude<BuiltInLanguage, 'en'>, () => Promise<Dictionary>>> = {
  ar: () => import('./ar.js').then((m) => m.ar),
  de: () => import('./de.js').then((m) => m.de),
  es: () => import('./es.js').then((m) => m.es),
  fr: () => import('./fr.js').then((m) => m.fr),
  he: () => import('./he.js').then((m) => m.he),
  hu: () => import('./hu.js').then((m) => m.hu),
  id: () => import('./id.js').then((m) => m.id),
  it: () => import('./it.js').then((m) => m.it),
  ja: () => import('./ja.js').then((m) => m.ja),
  ko: () => import('./ko.js').then((m) => m.ko),
  nb: () => import('./nb.js').then((m) => m.nb),
  nl: () => import('./nl.js').then((m) => m.nl),
  pl: () => import('./pl.js').then((m) => m.pl),
  pt: () => import('./pt.js').then((m) => m.pt),
  ru: () => import('./ru.js').then((m) => m.ru),
  sv: () => import('./sv.js').then((m) => m.sv),
  th: () => import('./th.js').then((m) => m.th),
  tr: () => import('./tr.js').then((m) => m.tr),
  uk: () => import('./uk.js').then((m) => m.uk),
  zh: () => import('./zh.js').then((m) => m.zh),
};

/** A built-in dictionary, fetched when first needed (English whole: en.ts and en-later.ts). */
export function loadDictionary(code: BuiltInLanguage): Promise<Dictionary> {
  if (code === 'en') return import('./en-full.js').then((m) => m.englishDictionary);
  // A tag from outside the type (a JavaScript caller) rejects rather than throwing synchronously.
  return Object.hasOwn(LOADERS, code) ? LOADERS[code]() : Promise.reject(new Error(`No built-in dictionary for ${code}`));
}
