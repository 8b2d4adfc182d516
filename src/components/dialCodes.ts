export interface DialCode {
  /** The international prefix, e.g. "+44". */
  code: string;
  /** ISO 3166-1 alpha-2 country code, e.g. "GB". */
  country: string;
}

/** Common countries, ordered by prefix so that the list reads like a phone book; +1 US first so "+1" selects it. */
export const DIAL_CODES: readonly DialCode[] = [
  { code: '+1', country: 'US' },
  { code: '+1', country: 'CA' },
  { code: '+7', country: 'RU' },
  { code: '+7', country: 'KZ' },
  { code: '+20', country: 'EG' },
  { code: '+27', country: 'ZA' },
  { code: '+30', country: 'GR' },
  { code: '+31', country: 'NL' },
  { code: '+32', country: 'BE' },
  { code: '+33', country: 'FR' },
  { code: '+34', country: 'ES' },
  { code: '+36', country: 'HU' },
  { code: '+39', country: 'IT' },
  { code: '+40', country: 'RO' },
  { code: '+41', country: 'CH' },
  { code: '+43', country: 'AT' },
  { code: '+44', country: 'GB' },
  { code: '+45', country: 'DK' },
  { code: '+46', country: 'SE' },
  { code: '+47', country: 'NO' },
  { code: '+48', country: 'PL' },
  { code: '+49', country: 'DE' },
  { code: '+51', country: 'PE' },
  { code: '+52', country: 'MX' },
  { code: '+54', country: 'AR' },
  { code: '+55', country: 'BR' },
  { code: '+56', country: 'CL' },
  { code: '+57', country: 'CO' },
  { code: '+60', country: 'MY' },
  { code: '+61', country: 'AU' },
  { code: '+62', country: 'ID' },
  { code: '+63', country: 'PH' },
  { code: '+64', country: 'NZ' },
  { code: '+65', country: 'SG' },
  { code: '+66', country: 'TH' },
  { code: '+81', country: 'JP' },
  { code: '+82', country: 'KR' },
  { code: '+84', country: 'VN' },
  { code: '+86', country: 'CN' },
  { code: '+90', country: 'TR' },
  { code: '+91', country: 'IN' },
  { code: '+92', country: 'PK' },
  { code: '+212', country: 'MA' },
  { code: '+234', country: 'NG' },
  { code: '+254', country: 'KE' },
  { code: '+351', country: 'PT' },
  { code: '+353', country: 'IE' },
  { code: '+358', country: 'FI' },
  { code: '+380', country: 'UA' },
  { code: '+420', country: 'CZ' },
  { code: '+852', country: 'HK' },
  { code: '+880', country: 'BD' },
  { code: '+886', country: 'TW' },
  { code: '+966', country: 'SA' },
  { code: '+971', country: 'AE' },
  { code: '+972', country: 'IL' },
];

const REGIONAL_INDICATOR_A = 0x1f1e6;

/** "US" -> "🇺🇸": each letter maps to its regional indicator symbol, which fonts draw as the flag. */
export function flagEmoji(country: string): string {
  return country.toUpperCase().replace(/[A-Z]/g, (letter) => String.fromCodePoint(REGIONAL_INDICATOR_A + letter.charCodeAt(0) - 65));
}
