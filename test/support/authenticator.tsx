import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import { Authenticator, type AuthClient, type AuthenticatorEvent, type AuthenticatorProps } from '../../src/index.js';
import type { LocalAuthClient, LocalAuthClientOptions } from '../../src/local.js';
import { createTestPool, type TestPool } from './local-pool.js';

export type AuthenticatorTestProps = Omit<AuthenticatorProps, 'client'>;

export interface RenderAuthenticatorOptions {
  /** The local pool, or its configuration and seed users; it always runs on the pool's fake clock. */
  pool?: LocalAuthClientOptions | TestPool;
  /** The Authenticator's props, or a function of the pool's client (for services that call it). */
  props?: AuthenticatorTestProps | ((client: LocalAuthClient) => AuthenticatorTestProps);
  /** Wraps the Authenticator (a Profiler, a Provider…). */
  wrap?: (authenticator: ReactNode) => ReactNode;
  /** The client the Authenticator gets, made from the pool's (say, one that hides part of the backend config). */
  clientFor?: (client: LocalAuthClient) => AuthClient;
  /** Runs on the pool before the first render (say, signing in so that a session exists). */
  prepare?: (pool: TestPool) => Promise<unknown>;
  /** Settles once the first screen shows. Default: an h2 (every built-in screen has one). */
  ready?: () => Promise<unknown>;
}

export interface AuthenticatorHarness {
  pool: TestPool;
  client: LocalAuthClient;
  user: UserEvent;
  /** Everything `onAuthEvent` reported, in order (the test's own `onAuthEvent` is called too). */
  events: AuthenticatorEvent[];
  result: RenderResult;
  /** Renders again with other props, keeping the same client and the same mounted tree. */
  rerender: (props: AuthenticatorTestProps) => void;
  /** The newest code the pool "sent" to an email address or phone number. */
  codeFor: (destination: string) => string;
}

/**
 * Renders `<Authenticator>` on a fresh local pool (fast hashing, a clock the test moves with
 * `pool.advance`) and waits for its first screen.
 */
export async function renderAuthenticator({
  pool: poolOptions = {},
  props = {},
  wrap = (node) => node,
  clientFor = (client) => client,
  prepare,
  ready = () => screen.findAllByRole('heading', { level: 2 }),
}: RenderAuthenticatorOptions = {}): Promise<AuthenticatorHarness> {
  const pool = 'devices' in poolOptions ? poolOptions : createTestPool(poolOptions);
  await pool.client.ready;
  await prepare?.(pool);
  const client = clientFor(pool.client);
  const events: AuthenticatorEvent[] = [];
  const element = (current: AuthenticatorTestProps) => {
    const { onAuthEvent } = current;
    return wrap(
      <Authenticator
        language="en"
        {...current}
        client={client}
        onAuthEvent={(event) => {
          events.push(event);
          onAuthEvent?.(event);
        }}
      />,
    );
  };
  const result = render(element(typeof props === 'function' ? props(pool.client) : props));
  const harness: AuthenticatorHarness = {
    pool,
    client: pool.client,
    user: userEvent.setup({ delay: null }),
    events,
    result,
    rerender: (next) => {
      result.rerender(element(next));
    },
    codeFor: (destination) => pool.codeSentTo(destination),
  };
  await ready();
  // The session check ends 'configuring'; acting before it would race with it.
  await waitFor(() => {
    expect(document.querySelector('[data-auth-status="configuring"]')).toBeNull();
  });
  return harness;
}
