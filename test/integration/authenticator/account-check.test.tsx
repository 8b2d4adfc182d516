import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuthError } from '../../../src/index.js';
import { PASSWORD } from '../../support/constants.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { findAlertText, findHeading, signIn } from '../../support/screens.js';

const EMAIL = 'ada@example.com';

describe('the look at the account after DONE', () => {
  it('fails on a network error, says so, and "Try again" finishes the sign-in', async () => {
    let failNext = false;
    const { user } = await renderAuthenticator({
      pool: { users: [{ username: EMAIL, password: PASSWORD }] },
      props: (client) => ({
        services: {
          getCurrentUser: async () => {
            if (failNext) {
              failNext = false;
              throw new AuthError({ name: 'NetworkError', message: 'A network error has occurred.' });
            }
            return client.getCurrentUser();
          },
        },
        children: ({ user: signedIn }) => <p>Welcome {signedIn.signInDetails?.loginId}</p>,
      }),
    });
    failNext = true;
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Signing you in…');
    expect(await findAlertText()).toBe('We could not reach the server. Check your connection and try again.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText(`Welcome ${EMAIL}`);
  });
});
