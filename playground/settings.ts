import { LANGUAGES, directionOf, type LanguageCode } from '../src/index.ts';
import type { Preset } from './presets.ts';

// The playground's own preferences. Not secrets, and deliberately not under the `gatehouse.` prefix,
// so that "Reset pool" leaves them alone.
const THEME_KEY = 'gatehouse-playground.theme';
const LANGUAGE_KEY = 'gatehouse-playground.language';

export type ThemeChoice = 'light' | 'dark' | 'system';

export const THEMES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

export const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  en: 'English',
  ar: 'العربية',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  he: 'עברית',
  hu: 'Magyar',
  id: 'Bahasa Indonesia',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  nb: 'Norsk bokmål',
  nl: 'Nederlands',
  pl: 'Polski',
  pt: 'Português',
  ru: 'Русский',
  sv: 'Svenska',
  th: 'ไทย',
  tr: 'Türkçe',
  uk: 'Українська',
  zh: '中文',
};

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked: the choice lasts until the reload, which is fine for a playground.
  }
}

const isLanguage = (value: string | null | undefined): value is LanguageCode => LANGUAGES.some((code) => code === value);

export function storedTheme(): ThemeChoice {
  const value = read(THEME_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function storedLanguage(): LanguageCode {
  const value = read(LANGUAGE_KEY);
  if (isLanguage(value)) return value;
  const browser = navigator.language.split('-')[0]?.toLowerCase();
  return isLanguage(browser) ? browser : 'en';
}

/** `data-theme` on <html> drives both the theme's tokens and the page; `system` leaves it to prefers-color-scheme. */
export function applyTheme(theme: ThemeChoice, persist = false): void {
  if (theme === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
  if (persist) write(THEME_KEY, theme);
}

export function applyLanguage(language: LanguageCode, persist = false): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
  if (persist) write(LANGUAGE_KEY, language);
}

/** Forgets this preset's pool: its user database, its session and any sign-in in progress. */
export function resetPool(preset: Preset): void {
  const poolId = preset.pool.poolId ?? '';
  for (const storage of [localStorage, sessionStorage]) {
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
      (key): key is string => key !== null && key.startsWith('gatehouse.') && key.split('.').includes(poolId),
    );
    for (const key of keys) storage.removeItem(key);
  }
}
