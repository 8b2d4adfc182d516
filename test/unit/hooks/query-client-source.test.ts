import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { ownQueryClient } from '../../../src/hooks/query-client/source.js';

const network = vi.hoisted(() => ({ up: false }));

// The chunk of the own client, as fetched over a network that is down at first.
vi.mock('../../../src/hooks/query-client/create.js', async (importOriginal) => {
  if (!network.up) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

describe("the Authenticator's own QueryClient", () => {
  it('is fetched again after a failed fetch, not remembered as failed', async () => {
    const source = ownQueryClient();
    await expect(source.load()).rejects.toThrow();
    expect(source.current()).toBeUndefined();
    network.up = true;
    vi.resetModules();
    const client = await source.load();
    expect(client).toBeInstanceOf(QueryClient);
    expect(source.current()).toBe(client);
    expect(await source.load()).toBe(client);
  });
});
