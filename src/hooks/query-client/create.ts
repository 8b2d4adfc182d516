import { QueryClient } from '@tanstack/react-query';

// Each of Gatehouse's queries and mutations sets its own retry and network mode, as with an app's client.
export function createQueryClient(): QueryClient {
  return new QueryClient();
}
