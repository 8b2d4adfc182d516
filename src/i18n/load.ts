import type { Dictionary } from './en.js';
import type { LanguageCode } from './languages.js';

/** A built-in dictionary, fetched when first needed so that an app ships only English up front. */
export function loadDictionary(code: Exclude<LanguageCode, 'en'>): Promise<Dictionary> {
  switch (code) {
    case 'es':
      return import('./es.js').then((m) => m.es);
    case 'fr':
      return import('./fr.js').then((m) => m.fr);
    case 'de':
      return import('./de.js').then((m) => m.de);
    case 'ja':
      return import('./ja.js').then((m) => m.ja);
    case 'ar':
      return import('./ar.js').then((m) => m.ar);
    default: {
      const unknown: never = code;
      return Promise.reject(new Error(`No dictionary for ${String(unknown)}`));
    }
  }
}
