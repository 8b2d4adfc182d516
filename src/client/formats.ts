/** Value formats shared by the pool's schema checks and the UI's validation. */

/** Pragmatic, not RFC 5322: one `@`, something before it, a domain of dot-separated labels, no spaces. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(value);
}

/** E.164: `+`, then 2 to 15 digits, the first one not 0. */
export function isE164(value: string): boolean {
  return /^\+[1-9]\d{1,14}$/.test(value);
}
