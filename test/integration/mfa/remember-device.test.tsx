import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DeviceTracking, SeedUser } from '../../../src/local.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { EMAIL, PASSWORD, PHONE } from '../../support/constants.js';
import { poolWith, type TestPool } from '../../support/local-pool.js';
import { expectSignedIn, findHeading, signIn, submitCode, wrongCode } from '../../support/screens.js';

const SMS_USER: SeedUser = { username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE }, mfa: { enabled: ['SMS'], preferred: 'SMS' } };

function trackingPool(deviceTracking: DeviceTracking): TestPool {
  return poolWith({ deviceTracking, mfa: { enforcement: 'OPTIONAL', types: ['SMS'] } }, [SMS_USER]);
}

const rememberBox = () => screen.queryByRole<HTMLInputElement>('checkbox', { name: 'Remember this device' });

async function signOut(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  await findHeading('Sign in');
}

describe('"Remember this device" on the MFA code screen', () => {
  it('remembered, the next sign-in from this device asks for no code', async () => {
    const pool = trackingPool('userOptIn');
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    const box = rememberBox();
    expect(box?.checked).toBe(false);
    await user.click(box as HTMLInputElement);
    // A wrong code first: the choice stays as it was.
    await submitCode(user, wrongCode(pool.codeSentTo(PHONE)));
    await screen.findByRole('alert');
    expect(rememberBox()?.checked).toBe(true);
    await submitCode(user, pool.codeSentTo(PHONE));
    await expectSignedIn(EMAIL);
    const codesSent = pool.messagesTo(PHONE).length;

    await signOut(user);
    await signIn(user, EMAIL, PASSWORD);
    await expectSignedIn(EMAIL);
    expect(pool.messagesTo(PHONE)).toHaveLength(codesSent);
  });

  it('left unticked, the next sign-in asks for a code again', async () => {
    const pool = trackingPool('userOptIn');
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    await submitCode(user, pool.codeSentTo(PHONE));
    await expectSignedIn(EMAIL);

    await signOut(user);
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    expect(rememberBox()?.checked).toBe(false);
  });

  it('ticked on a code screen the user left, it does not carry over to the next sign-in', async () => {
    const pool = trackingPool('userOptIn');
    const { user } = await renderAuthenticator({ pool });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    await user.click(rememberBox() as HTMLInputElement);
    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
    expect(rememberBox()?.checked).toBe(false);
    await submitCode(user, pool.codeSentTo(PHONE));
    await expectSignedIn(EMAIL);

    await signOut(user);
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Enter your code');
  });

  it('is not offered when the pool remembers every device or none', async () => {
    for (const tracking of ['always', 'off'] as const) {
      const pool = trackingPool(tracking);
      const { user, result } = await renderAuthenticator({ pool });
      await signIn(user, EMAIL, PASSWORD);
      await findHeading('Enter your code');
      expect(rememberBox()).toBeNull();
      result.unmount();
    }
  });
});
