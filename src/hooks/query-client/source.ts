import type { QueryClient } from '@tanstack/react-query';

/**
 * Where the Authenticator's TanStack Query client comes from: the app's, when it has a QueryClientProvider,
 * or the Authenticator's own, made on first use. TanStack's core is not needed to show the first screen
 * (the session check is a plain call), so the own client's code loads with the first action.
 */
export interface QueryClientSource {
  /** The client, once it is at hand. */
  current: () => QueryClient | undefined;
  load: () => Promise<QueryClient>;
  /** The Authenticator's own: whatever reads queries (the account center) provides it to its hooks. */
  readonly own: boolean;
}

export function appQueryClient(queryClient: QueryClient): QueryClientSource {
  return { current: () => queryClient, load: () => Promise.resolve(queryClient), own: false };
}

export function ownQueryClient(): QueryClientSource {
  let made: QueryClient | undefined;
  let making: Promise<QueryClient> | undefined;
  const load = (): Promise<QueryClient> => {
    making ??= import('./create.js').then(
      ({ createQueryClient }) => {
        made = createQueryClient();
        return made;
      },
      (error: unknown) => {
        // A failed fetch (offline) is tried again on the next use, not remembered.
        making = undefined;
        throw error;
      },
    );
    return making;
  };
  return { current: () => made, load, own: true };
}
