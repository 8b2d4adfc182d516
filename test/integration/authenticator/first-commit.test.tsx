import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { KeyValueStorage } from '../../../src/client/local/index.js';
import { createLocalAuthClient } from '../../../src/local.js';
import { Authenticator } from '../../../src/index.js';
import { PASSWORD } from '../../support/constants.js';
import { createInspectableStorage } from '../../support/local-pool.js';
import { findHeading, input } from '../../support/screens.js';

const EMAIL = 'first@example.com';
const USERS = [{ username: EMAIL, password: PASSWORD }];

const authStatus = () => document.querySelector('[data-auth-status]')?.getAttribute('data-auth-status');

function App({ client, onCommit }: { client: ReturnType<typeof createLocalAuthClient>; onCommit: (phase: string) => void }) {
  return (
    <Profiler
      id="authenticator"
      onRender={(_id, phase) => {
        onCommit(phase);
      }}
    >
      <Authenticator client={client}>{({ user }) => <p>Hello {user.signInDetails?.loginId}</p>}</Authenticator>
    </Profiler>
  );
}

/** Lets the session check, the pool's code and the prefetches finish. */
async function settle(client: ReturnType<typeof createLocalAuthClient>): Promise<void> {
  await act(async () => {
    await client.ready;
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

describe('the first screen', () => {
  it('is settled in the first React commit when nothing is stored, and nothing re-renders it until the user acts', async () => {
    const client = createLocalAuthClient({ storage: createInspectableStorage(), signInStorage: createInspectableStorage(), users: USERS, passwordHashIterations: 1_000 });
    const commits: string[] = [];
    render(<App client={client} onCommit={(phase) => commits.push(phase)} />);
    // In the first commit already: the form, not transparent while a session is looked for.
    expect(commits).toEqual(['mount']);
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(authStatus()).toBe('unauthenticated');
    await settle(client);
    // Neither the session check nor react-hook-form's start adds a commit.
    expect(commits).toEqual(['mount']);

    const user = userEvent.setup({ delay: null });
    await user.type(input('Email'), EMAIL);
    expect(commits).toEqual(['mount']);
  });

  it('waits for the session check when a session is stored: the form stays transparent, then the app shows', async () => {
    const storage = createInspectableStorage();
    const first = createLocalAuthClient({ storage, users: USERS, passwordHashIterations: 1_000 });
    await first.ready;
    await first.signIn({ username: EMAIL, password: PASSWORD });

    const client = createLocalAuthClient({ storage, users: USERS, passwordHashIterations: 1_000 });
    render(<App client={client} onCommit={() => undefined} />);
    expect(authStatus()).toBe('configuring');
    expect(await screen.findByText(`Hello ${EMAIL}`)).toBeTruthy();
  });

  it('waits for the check when the storage answers only asynchronously (it cannot be read at once)', async () => {
    const items = new Map<string, string>();
    const storage: KeyValueStorage = {
      getItem: (key) => Promise.resolve(items.get(key) ?? null),
      setItem: (key, value) => {
        items.set(key, value);
      },
      removeItem: (key) => {
        items.delete(key);
      },
    };
    const client = createLocalAuthClient({ storage, users: USERS, passwordHashIterations: 1_000 });
    expect(client.mayHaveSession?.()).toBe(true);
    render(<App client={client} onCommit={() => undefined} />);
    expect(authStatus()).toBe('configuring');
    await waitFor(() => {
      expect(authStatus()).toBe('unauthenticated');
    });
  });

  it('is rendered by a server as still checking (only the browser knows nobody is signed in), and hydrates without a mismatch', async () => {
    const client = createLocalAuthClient({ storage: createInspectableStorage(), signInStorage: createInspectableStorage(), users: USERS, passwordHashIterations: 1_000 });
    expect(client.mayHaveSession?.()).toBe(false);
    const html = renderToString(<App client={client} onCommit={() => undefined} />);
    expect(html).toContain('data-auth-status="configuring"');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    const root = await act(() => hydrateRoot(container, <App client={client} onCommit={() => undefined} />, { onRecoverableError: recoverable }));
    await findHeading('Sign in');
    await waitFor(() => {
      expect(authStatus()).toBe('unauthenticated');
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act(() => {
      root.unmount();
    });
    container.remove();
  });
});
