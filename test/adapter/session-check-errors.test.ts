import { describe, expect, it, vi } from 'vitest';
import { AuthError } from '../../src/client/errors.js';

// aws-amplify's getCurrentUser, failing with one of its own names: the session check has only the two names it
// usually hears at hand, and names the rest with the adapter's table, which loads with its calls.
vi.mock('aws-amplify/auth', async (importOriginal) => ({
  ...(await importOriginal<typeof import('aws-amplify/auth')>()),
  getCurrentUser: () => Promise.reject(Object.assign(new Error('Auth UserPool not configured.'), { name: 'AuthTokenConfigException' })),
}));

const { createAmplifyAuthClient } = await import('../../src/amplify.js');

describe("the Amplify adapter's session check", () => {
  it("names an error it does not have at hand with the adapter's table", async () => {
    const error: unknown = await createAmplifyAuthClient().getCurrentUser().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ name: 'AuthUserPoolException' });
  });
});
