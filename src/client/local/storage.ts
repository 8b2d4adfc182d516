import type { CookieStorageOptions } from './cookie-storage.js';

/** Any Web-Storage-like object, synchronous or not (Amplify's KeyValueStorageInterface is async). */
export interface KeyValueStorage {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}

/** Where a client keeps its data: a browser storage, cookies (Amplify's `CookieStorage`), memory, or your own. */
export type StorageOption = 'memory' | 'localStorage' | 'sessionStorage' | 'cookie' | { cookie: CookieStorageOptions } | KeyValueStorage;

export function createMemoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

function webStorage(name: 'localStorage' | 'sessionStorage'): Storage | undefined {
  // Reading the property itself throws where storage is blocked (sandboxed frames, some privacy modes).
  try {
    return typeof window === 'undefined' ? undefined : window[name];
  } catch {
    return undefined;
  }
}

/**
 * Cookies, loaded when first used (cookie-storage.ts). Options that browsers would refuse are refused at once,
 * where the pool is created.
 */
function cookieStorage(options: CookieStorageOptions = {}): KeyValueStorage {
  const secure = options.secure ?? (typeof location !== 'undefined' && location.protocol === 'https:');
  if (options.sameSite === 'none' && !secure) throw new Error('sameSite: none requires secure cookies (browsers refuse it otherwise).');
  const storage = import('./cookie-storage.js').then((module) => module.createCookieStorage({ ...options, secure }) ?? createMemoryStorage());
  return {
    getItem: async (key) => (await storage).getItem(key),
    setItem: async (key, value) => (await storage).setItem(key, value),
    removeItem: async (key) => (await storage).removeItem(key),
  };
}

/** The storage for an option; a browser storage (or cookies) that is not available falls back to memory. */
export function resolveStorage(option: StorageOption | undefined, fallback: 'localStorage' | 'sessionStorage'): KeyValueStorage {
  const choice = option ?? fallback;
  if (typeof choice === 'object') return 'getItem' in choice ? choice : cookieStorage(choice.cookie);
  if (choice === 'memory') return createMemoryStorage();
  if (choice === 'cookie') return cookieStorage();
  return webStorage(choice) ?? createMemoryStorage();
}

/** The Web Storage behind an option, when it is one: other tabs announce its changes with `storage` events. */
export function sharedWebStorage(option: StorageOption | undefined, fallback: 'localStorage' | 'sessionStorage'): Storage | undefined {
  const choice = option ?? fallback;
  return choice === 'localStorage' ? webStorage('localStorage') : undefined;
}
