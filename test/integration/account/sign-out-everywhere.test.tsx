import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuthError } from '../../../src/index.js';
import { callsOf, findSection, renderAccount, signedInClient } from '../../support/account.js';
import { PENDING } from '../../support/scripted-client.js';

const only = { sections: ['SignOutEverywhere'] as const };

describe('Sign out everywhere', () => {
  it('ends every session, this one included, and reports signedOut then signedOutEverywhere', async () => {
    const { client, user, events } = renderAccount({ client: signedInClient(), props: only });
    const section = await findSection('Sign out everywhere');
    expect(section.getByText('Sign out on every device where you are signed in, this one included.')).toBeDefined();
    await user.click(section.getByRole('button', { name: 'Sign out everywhere' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeDefined();
    expect(callsOf(client, 'signOut')).toEqual([{ global: true }]);
    await waitFor(() => {
      expect(events.filter((event) => event.type !== 'signedIn')).toEqual([{ type: 'signedOut', reason: 'signOut' }, { type: 'signedOutEverywhere' }]);
    });
  });

  it('stays signed in and says why when the sign-out fails', async () => {
    const { user, accountEvents } = renderAccount({ client: signedInClient({ signOut: new AuthError({ name: 'NetworkError', message: 'offline' }) }), props: only });
    const section = await findSection('Sign out everywhere');
    await user.click(section.getByRole('button', { name: 'Sign out everywhere' }));
    expect((await section.findByRole('alert')).textContent).toBe('We could not reach the server. Check your connection and try again.');
    expect(section.getByRole('button', { name: 'Sign out everywhere' })).toBeDefined();
    expect(accountEvents()).toEqual([]);
  });

  it('sends one request for a double click', async () => {
    const { client, user } = renderAccount({ client: signedInClient({ signOut: PENDING }), props: only });
    const section = await findSection('Sign out everywhere');
    await user.dblClick(section.getByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => {
      expect(section.getByRole('button', { name: 'Signing out…' }).getAttribute('aria-busy')).toBe('true');
    });
    expect(callsOf(client, 'signOut')).toHaveLength(1);
  });
});
