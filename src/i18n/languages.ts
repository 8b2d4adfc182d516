export const LANGUAGES = ['en', 'es', 'fr', 'de', 'ja', 'ar'] as const;

export type LanguageCode = (typeof LANGUAGES)[number];

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);

/** The writing direction of a language tag. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return RTL.has(language.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
