import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../../support/constants.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { fieldError, input } from '../../support/screens.js';

describe('field errors change only on submit', () => {
  // An error cleared on blur moves the submit button up between mousedown and mouseup: the click is lost.
  it('keeps an error while the user fixes the field and leaves it, and clears it on the next submit', async () => {
    const { user } = await renderAuthenticator();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    // Validation is asynchronous (the app's own rules may be): wait for it to show.
    await waitFor(() => {
      expect(fieldError('Email')).toBe('This field is required.');
    });
    await user.type(input('Email'), 'ada@example.com');
    await user.tab();
    expect(fieldError('Email')).toBe('This field is required.');
    await user.type(input(/^Password/), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    // The required-field error is gone (what the service then says of this unknown user is another matter).
    await waitFor(() => {
      expect(fieldError('Email')).not.toBe('This field is required.');
    });
  });
});
