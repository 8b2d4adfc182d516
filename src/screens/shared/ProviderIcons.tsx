import { unreachable } from '../../core/unreachable.js';
import type { BuiltInProviderName } from '../../hooks/options.js';

/** The four brands' marks, inline (no network, no icon font), simplified to one or few paths. */
export function ProviderIcon({ provider }: { provider: BuiltInProviderName }) {
  switch (provider) {
    case 'google':
      return (
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path fill="#4285F4" d="M22.5 12.2c0-.8-.1-1.5-.2-2.2H12v4.2h5.9a5 5 0 0 1-2.2 3.3v2.7h3.6c2-1.9 3.2-4.7 3.2-8Z" />
          <path fill="#34A853" d="M12 23c3 0 5.5-1 7.3-2.7l-3.6-2.8c-1 .7-2.2 1-3.7 1-2.9 0-5.3-1.9-6.2-4.5H2.1v2.9A11 11 0 0 0 12 23Z" />
          <path fill="#FBBC05" d="M5.8 14c-.2-.7-.4-1.3-.4-2s.2-1.4.4-2V7.1H2.1A11 11 0 0 0 1 12c0 1.8.4 3.4 1.1 4.9L5.8 14Z" />
          <path fill="#EA4335" d="M12 5.4c1.6 0 3.1.6 4.2 1.7l3.2-3.2A11 11 0 0 0 2.1 7.1L5.8 10c.9-2.7 3.3-4.6 6.2-4.6Z" />
        </svg>
      );
    case 'facebook':
      return (
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path fill="#1877F2" d="M24 12a12 12 0 1 0-13.9 11.9v-8.4H7.1V12h3V9.4c0-3 1.8-4.7 4.5-4.7 1.3 0 2.7.2 2.7.2v3h-1.5c-1.5 0-2 .9-2 1.9V12h3.4l-.5 3.5h-2.9v8.4A12 12 0 0 0 24 12Z" />
        </svg>
      );
    case 'amazon':
      return (
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M13.9 9.3c-2.4.1-5.6.8-5.6 3.7 0 2 1.3 3 3 3 1.4 0 2.4-.5 3.3-1.5.4.6.6.9 1.3 1.5.2.1.4.1.5 0l1.7-1.5c.2-.2.2-.4 0-.6-.4-.6-.8-1-.8-2V8.5c0-1.4.1-2.7-1-3.7A4.6 4.6 0 0 0 13 3.9c-2 0-4.2.7-4.7 3.2 0 .3.2.4.3.4l2 .2c.2 0 .3-.2.4-.4.2-.8.8-1.2 1.6-1.2.4 0 .9.2 1.1.5.3.4.3 1 .3 1.4v1.3Zm-.4 4.2c-.3.6-.8.9-1.4.9-.8 0-1.2-.6-1.2-1.5 0-1.7 1.5-2 3-2v.5c0 .8 0 1.5-.4 2.1Z" />
          <path fill="#FF9900" d="M20.2 17.5c-2.3 1.7-5.6 2.6-8.4 2.6a15.3 15.3 0 0 1-10.3-3.9c-.2-.2 0-.5.3-.3a20.8 20.8 0 0 0 18 1.1c.4-.2.8.3.4.5Zm.9-1c-.3-.3-1.9-.2-2.6-.1-.2 0-.3-.2 0-.3 1.3-.9 3.4-.7 3.6-.4.3.3-.1 2.5-1.2 3.5-.2.2-.4 0-.3-.1.2-.7.8-2.3.5-2.6Z" />
        </svg>
      );
    case 'apple':
      return (
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M16.4 12.6c0-2.4 2-3.6 2.1-3.7a4.5 4.5 0 0 0-3.5-1.9c-1.5-.2-2.9.9-3.7.9-.8 0-1.9-.9-3.2-.8a4.7 4.7 0 0 0-4 2.4c-1.7 3-.4 7.3 1.2 9.7.8 1.2 1.8 2.5 3 2.4 1.2 0 1.7-.8 3.2-.8s1.9.8 3.2.8c1.3 0 2.2-1.2 3-2.4.9-1.4 1.3-2.7 1.3-2.8 0 0-2.6-1-2.6-3.8ZM14 5.4c.7-.8 1.1-1.9 1-3-1 0-2.1.7-2.8 1.5-.6.7-1.2 1.8-1 2.9 1 .1 2.1-.6 2.8-1.4Z" />
        </svg>
      );
    default:
      return unreachable(provider, 'provider');
  }
}
