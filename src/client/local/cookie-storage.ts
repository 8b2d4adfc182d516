import type { KeyValueStorage } from './storage.js';

/** Like Amplify's `CookieStorage` options (`aws-amplify/utils`). */
export interface CookieStorageOptions {
  domain?: string;
  /** Default `/`. */
  path?: string;
  /** Days until the cookies expire. Default 365, as Amplify's. */
  expires?: number;
  /** Default: on an https page only. */
  secure?: boolean;
  /** Default `lax`. */
  sameSite?: 'strict' | 'lax' | 'none';
}

/** The one part of `document` a cookie storage needs. */
export interface CookieJar {
  cookie: string;
}

const DAY_SECONDS = 24 * 60 * 60;
/**
 * Browsers keep at most 4096 bytes of name and value per cookie, and silently drop a longer one: a value
 * longer than this is split over numbered cookies, and its own cookie holds `:` and the count (an encoded
 * value never holds a bare `:`).
 */
const CHUNK = 3500;

function readJar(jar: CookieJar): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of jar.cookie.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return cookies;
}

function decoded(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** A cookie storage on the page's cookies, or undefined where there are none (no `document`). */
export function createCookieStorage(options: CookieStorageOptions = {}, jar: CookieJar | undefined = typeof document === 'undefined' ? undefined : document): KeyValueStorage | undefined {
  if (!jar) return undefined;
  const secure = options.secure ?? (typeof location !== 'undefined' && location.protocol === 'https:');
  const sameSite = options.sameSite ?? 'lax';
  const attributes = [
    `Path=${options.path ?? '/'}`,
    ...(options.domain === undefined ? [] : [`Domain=${options.domain}`]),
    ...(secure ? ['Secure'] : []),
    `SameSite=${sameSite.charAt(0).toUpperCase()}${sameSite.slice(1)}`,
  ];
  const maxAge = Math.round((options.expires ?? 365) * DAY_SECONDS);
  const write = (name: string, value: string, seconds = maxAge) => {
    jar.cookie = [`${encodeURIComponent(name)}=${value}`, ...attributes, `Max-Age=${seconds}`].join('; ');
  };
  const read = (name: string) => readJar(jar).get(encodeURIComponent(name));
  const chunkCount = (name: string) => {
    const head = read(name);
    return head?.startsWith(':') ? Number.parseInt(head.slice(1), 10) || 0 : 0;
  };
  const removeChunks = (name: string, from: number) => {
    for (let i = from; i < chunkCount(name); i++) write(`${name}.${i}`, '', 0);
  };
  return {
    getItem(key) {
      const head = read(key);
      if (head === undefined) return null;
      if (!head.startsWith(':')) return decoded(head);
      const parts: string[] = [];
      for (let i = 0; i < chunkCount(key); i++) {
        const part = read(`${key}.${i}`);
        if (part === undefined) return null;
        parts.push(part);
      }
      return decoded(parts.join(''));
    },
    setItem(key, value) {
      const encoded = encodeURIComponent(value);
      const chunks = Math.ceil(encoded.length / CHUNK);
      if (chunks <= 1) {
        removeChunks(key, 0);
        write(key, encoded);
        return;
      }
      removeChunks(key, chunks);
      for (let i = 0; i < chunks; i++) write(`${key}.${i}`, encoded.slice(i * CHUNK, (i + 1) * CHUNK));
      write(key, `:${String(chunks)}`);
    },
    removeItem(key) {
      removeChunks(key, 0);
      write(key, '', 0);
    },
  };
}
