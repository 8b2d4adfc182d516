export interface DialCode {
  /** The international prefix, e.g. "+44". */
  code: string;
  /** ISO 3166-1 alpha-2 country code, e.g. "GB". */
  country: string;
}

const REGIONAL_INDICATOR_A = 0x1f1e6;

/** "US" -> "🇺🇸": each letter maps to its regional indicator symbol, which fonts draw as the flag. */
export function flagEmoji(country: string): string {
  return country.toUpperCase().replace(/[A-Z]/g, (letter) => String.fromCodePoint(REGIONAL_INDICATOR_A + letter.charCodeAt(0) - 65));
}

/** Every country calling code; a separate chunk, fetched when a phone field first shows. */
export function loadDialCodes(): Promise<readonly DialCode[]> {
  return import('./dialCodeList.js').then((m) => m.DIAL_CODES);
}
