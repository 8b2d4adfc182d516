import { createCookieStorage, type CookieStorageOptions } from './cookie-storage.js';

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

/** The storage for an option; a browser storage (or cookies) that is not available falls back to memory. */
export function resolveStorage(option: StorageOption | undefined, fallback: 'localStorage' | 'sessionStorage'): KeyValueStorage {
  const choice = option ?? fallback;
  if (typeof choice === 'object') return 'getItem' in choice ? choice : (createCookieStorage(choice.cookie) ?? createMemoryStorage());
  if (choice === 'memory') return createMemoryStorage();
  if (choice === 'cookie') return createCookieStorage() ?? createMemoryStorage();
  return webStorage(choice) ?? createMemoryStorage();
}

/** The Web Storage behind an option, when it is one: other tabs announce its changes with `storage` events. */
export function sharedWebStorage(option: StorageOption | undefined, fallback: 'localStorage' | 'sessionStorage'): Storage | undefined {
  const choice = option ?? fallback;
  return choice === 'localStorage' ? webStorage('localStorage') : undefined;
}
