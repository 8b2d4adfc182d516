/**
 * The `otpauth://totp/` URI authenticator apps read from a QR code (Google's Key Uri Format), built the same
 * way for every client: `otpauth://totp/ISSUER:ACCOUNT?secret=SECRET&issuer=ISSUER`, each part percent-encoded.
 */

const LONE_SURROGATE_MIN = 0xd800;
const LONE_SURROGATE_MAX = 0xdfff;

/**
 * The text with each lone surrogate replaced by U+FFFD. encodeURIComponent throws a URIError on a lone
 * surrogate; a page title or username can hold one, and a setup screen must not break over it.
 */
function wellFormed(text: string): string {
  let out = '';
  // The string iterator yields a surrogate pair as one item, and a lone surrogate as an item of length 1.
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += char.length === 1 && code >= LONE_SURROGATE_MIN && code <= LONE_SURROGATE_MAX ? '\uFFFD' : char;
  }
  return out;
}

/**
 * The issuer as the label's prefix. Apps split the label at its first colon, literal or encoded, so a colon
 * in the issuer would cut it short: it becomes a fullwidth colon there. The `issuer` parameter keeps the
 * exact issuer, and apps prefer that parameter to the prefix.
 */
function labelIssuer(issuer: string): string {
  return issuer.replace(/:/g, '\uFF1A');
}

/** Base32 as apps expect it: upper case, no spaces, hyphens or padding. */
function canonicalSecret(secret: string): string {
  return secret.replace(/[\s=-]/g, '').toUpperCase();
}

/**
 * The setup URI for a TOTP secret. The account keeps any colon (percent-encoded): the label's first colon is
 * always the separator, because the issuer prefix has none.
 */
export function otpauthUri(sharedSecret: string, issuer: string, account: string): URL {
  const exactIssuer = wellFormed(issuer);
  const label = `${encodeURIComponent(labelIssuer(exactIssuer))}:${encodeURIComponent(wellFormed(account))}`;
  const secret = encodeURIComponent(canonicalSecret(sharedSecret));
  return new URL(`otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(exactIssuer)}`);
}
