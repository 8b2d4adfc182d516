import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AccountSettings, Authenticator } from '../../../src/index.js';
import { scriptedClient } from '../../support/scripted-client.js';

// The own QueryClient's chunk never comes (the network is down for good).
vi.mock('../../../src/hooks/query-client/create.js', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

/** Shows what a child threw. */
class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p role="alert">The account center could not load.</p> : this.props.children;
  }
}

describe('the account center without its query client', () => {
  it("reaches the app's error boundary, as a section whose chunk did not come does, instead of loading for good", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Boundary>
        <Authenticator client={scriptedClient({ signedIn: true })}>{() => <AccountSettings sections={['Profile']} />}</Authenticator>
      </Boundary>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('The account center could not load.');
  });
});
