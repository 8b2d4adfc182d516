import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountSettings, AuthError, Authenticator } from '../../../src/index.js';
import { findSection } from '../../support/account.js';
import { PASSWORD } from '../../support/constants.js';
import { expectAlert, signIn } from '../../support/screens.js';
import { scriptedClient } from '../../support/scripted-client.js';

const EMAIL = 'ada@example.com';
const SIGNED_IN = { signIn: { isSignedIn: true, nextStep: { signInStep: 'DONE' as const } } };

afterEach(() => {
  onlineManager.setOnline(true);
});

describe("the Authenticator's TanStack Query client", () => {
  it("is the app's own under the app's QueryClientProvider: the flow's calls are its mutations, the account center's reads its queries", async () => {
    const queryClient = new QueryClient();
    const client = scriptedClient(SIGNED_IN);
    const user = userEvent.setup({ delay: null });
    render(
      <QueryClientProvider client={queryClient}>
        <Authenticator client={client}>{() => <AccountSettings sections={['Profile']} />}</Authenticator>
      </QueryClientProvider>,
    );
    await signIn(user, EMAIL, PASSWORD);
    const profile = await findSection('Profile');
    await profile.findByDisplayValue(EMAIL);
    const mutations = queryClient.getMutationCache().getAll().map((mutation) => mutation.options.mutationKey?.at(-1));
    expect(mutations).toContain('signIn');
    expect(queryClient.getQueryCache().findAll({ queryKey: ['gatehouse', 'account'] }).length).toBeGreaterThan(0);
  });

  it('is made on first use without one: the sign-in and the account center work', async () => {
    const client = scriptedClient(SIGNED_IN);
    const user = userEvent.setup({ delay: null });
    render(<Authenticator client={client}>{() => <AccountSettings sections={['Profile']} />}</Authenticator>);
    await signIn(user, EMAIL, PASSWORD);
    const profile = await findSection('Profile');
    expect(await profile.findByDisplayValue(EMAIL)).toBeTruthy();
  });

  it("never retries a call, whatever the app's client does by default", async () => {
    const client = scriptedClient({ signIn: new AuthError({ name: 'NetworkError', message: 'Network error' }) });
    const user = userEvent.setup({ delay: null });
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: 2, retryDelay: 0 } } });
    render(
      <QueryClientProvider client={queryClient}>
        <Authenticator client={client}>{() => <p>Signed in</p>}</Authenticator>
      </QueryClientProvider>,
    );
    await signIn(user, EMAIL, PASSWORD);
    await expectAlert('We could not reach the server. Check your connection and try again.');
    expect(client.calls.filter((call) => call.name === 'signIn')).toHaveLength(1);
  });

  it('sends a call while the browser says it is offline, so its failure is shown rather than a button busy until the network returns', async () => {
    const client = scriptedClient({ signIn: new AuthError({ name: 'NetworkError', message: 'Network error' }) });
    const user = userEvent.setup({ delay: null });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Authenticator client={client}>{() => <p>Signed in</p>}</Authenticator>
      </QueryClientProvider>,
    );
    onlineManager.setOnline(false);
    await signIn(user, EMAIL, PASSWORD);
    await expectAlert('We could not reach the server. Check your connection and try again.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('reads the account while offline too, and at once says it could not (no silent retries)', async () => {
    const client = scriptedClient({ ...SIGNED_IN, signedIn: true, fetchUserAttributes: new AuthError({ name: 'NetworkError', message: 'Network error' }) });
    onlineManager.setOnline(false);
    // The app's client retries reads by default (3 times, with back-off): the section still answers at once.
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Authenticator client={client}>{() => <AccountSettings sections={['Profile']} />}</Authenticator>
      </QueryClientProvider>,
    );
    const profile = await findSection('Profile');
    expect((await profile.findByRole('alert')).textContent).toContain('We could not load this section.');
  });
});
