import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { QueryClientSource } from './source.js';

/**
 * Gives the hooks below (TanStack's useQuery, useMutation) the Authenticator's own client, loading it first;
 * with the app's client, its QueryClientProvider is already above.
 */
export function ProvideQueryClient({ source, fallback, children }: { source: QueryClientSource; fallback: ReactNode; children: ReactNode }) {
  const [, setLoaded] = useState(0);
  const [failure, setFailure] = useState<{ error: unknown }>();
  const queryClient = source.current();
  useEffect(() => {
    if (!source.own || queryClient) return;
    let current = true;
    source.load().then(
      () => {
        if (current) setLoaded((count) => count + 1);
      },
      (error: unknown) => {
        if (current) setFailure({ error });
      },
    );
    return () => {
      current = false;
    };
  }, [source, queryClient]);
  // As a lazy section whose chunk did not come: the app's error boundary hears it.
  if (failure) throw failure.error;
  if (!source.own) return children;
  return queryClient ? <QueryClientProvider client={queryClient}>{children}</QueryClientProvider> : fallback;
}
