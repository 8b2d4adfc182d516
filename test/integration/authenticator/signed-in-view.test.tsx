import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAuthenticator } from '../../support/authenticator.js';
import { EMAIL, PASSWORD } from '../../support/constants.js';
import { expectSignedIn, signIn } from '../../support/screens.js';

describe('the default signed-in view', () => {
  it('opens the account center of the signed-in user behind "Manage account", and closes it again', async () => {
    const { user } = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: PASSWORD }] } });
    await signIn(user, EMAIL, PASSWORD);
    await expectSignedIn(EMAIL);
    const manage = screen.getByRole('button', { name: 'Manage account' });
    expect(manage.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('region', { name: 'Profile' })).toBeNull();

    await user.click(manage);
    expect(manage.getAttribute('aria-expanded')).toBe('true');
    const profile = await screen.findByRole('region', { name: 'Profile' }, { timeout: 5000 });
    expect(await within(profile).findByText(EMAIL)).toBeDefined();
    expect(await screen.findByRole('region', { name: 'Change password' })).toBeDefined();
    expect(document.getElementById(manage.getAttribute('aria-controls') ?? '')?.contains(profile)).toBe(true);

    await user.click(manage);
    expect(manage.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('region', { name: 'Profile' })).toBeNull();
    // Signing out is still one button away.
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { name: 'Sign in' });
  });
});
