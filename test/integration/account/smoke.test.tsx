import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findSection, renderAccount, signedInClient } from '../../support/account.js';

describe('smoke', () => {
  it('renders', async () => {
    renderAccount({ client: signedInClient({}) });
    const profile = await findSection('Profile');
    await profile.findByLabelText('Email');
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby') && r.querySelector('h2')?.textContent)).toEqual([]);
  });
});
