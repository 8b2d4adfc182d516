import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SeedUser } from '../../../src/local.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { EMAIL, PASSWORD, PHONE, TOTP_SECRET } from '../../support/constants.js';
import { expectBackToSignIn, expectSignedIn, findHeading, radioNames, signIn, submitCode } from '../../support/screens.js';
import { poolWith } from '../../support/local-pool.js';

const OPTIONAL_MFA = { mfa: { enforcement: 'OPTIONAL', types: ['SMS', 'TOTP', 'EMAIL'] } } as const;
/** SMS and the app enabled, neither preferred: the sign-in asks which to use. */
const TWO_FACTOR_USER: SeedUser = { username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE }, totpSecret: TOTP_SECRET, mfa: { enabled: ['SMS', 'TOTP'] } };

describe('selectMfaType: a user with two MFA types and no preference', () => {
  it('offers exactly the enabled types by their human names, and signs in with the app', async () => {
    const pool = poolWith(OPTIONAL_MFA, [TWO_FACTOR_USER]);
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, EMAIL, PASSWORD);

    await findHeading('Choose how to verify it’s you');
    expectBackToSignIn();
    // EMAIL is allowed by the pool but not enabled for this user: not offered.
    expect(radioNames('Verification method')).toEqual(['Text message', 'Authenticator app']);
    expect(screen.getByRole('radio', { name: 'Text message' })).toHaveProperty('checked', true);
    expect(pool.messagesTo(PHONE)).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'Authenticator app' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('Open your authenticator app and enter the 6-digit code it shows for this account.');
    expectBackToSignIn();
    await submitCode(user, pool.totpCode(TOTP_SECRET));
    await expectSignedIn(EMAIL);
    expect(pool.messagesTo(PHONE)).toEqual([]);
  });

  it('sends a text message when that is the choice, and signs in with its code', async () => {
    const pool = poolWith(OPTIONAL_MFA, [TWO_FACTOR_USER]);
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Choose how to verify it’s you');

    await user.click(screen.getByRole('radio', { name: 'Text message' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('We texted a code to +*******0100.');
    await submitCode(user, pool.codeSentTo(PHONE));
    await expectSignedIn(EMAIL);
  });
});
