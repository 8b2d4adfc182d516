import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { Authenticator } from '../../../src/index.js';
import type { SeedUser } from '../../../src/local.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { EMAIL, PASSWORD, PHONE } from '../../support/constants.js';
import { poolWith } from '../../support/local-pool.js';
import { passkeyConfig, softAuthenticator, withPublicKeyCredential } from '../../support/passkeys.js';
import { choiceButtons, expectSignedIn, findHeading, submitCode } from '../../support/screens.js';

// Amplify UI 6.15's passwordless settings (packages/ui/src/machines/authenticator: types.ts, utils.ts,
// guards.ts), with its meaning, beside Gatehouse's own names.

withPublicKeyCredential();

const USER: SeedUser = { username: EMAIL, password: PASSWORD, attributes: { phone_number: PHONE } };
const otherOptions = () => choiceButtons().filter((name) => name !== 'Other sign-in options');

class Boundary extends Component<{ children: ReactNode }, { error: Error | undefined }> {
  override state = { error: undefined as Error | undefined };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

describe("Amplify UI's passwordless settings", () => {
  it('preferredAuthMethod is the primary button; hiddenAuthMethods takes factors away from what is offered', async () => {
    const pool = poolWith(passkeyConfig(softAuthenticator()), [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: { preferredAuthMethod: 'EMAIL_OTP', hiddenAuthMethods: ['SMS_OTP'] } } });
    await findHeading('Sign in');
    const primary = screen.getByRole('button', { name: 'Sign in with email code' });
    expect(primary.getAttribute('type')).toBe('submit');
    await user.click(screen.getByRole('button', { name: 'Other sign-in options' }));
    // Given hiddenAuthMethods, the factors come in Amplify UI's order, the password first.
    expect(otherOptions()).toEqual(['Sign in with password', 'Sign in with passkey']);
  });

  it('hiddenAuthMethods given, even empty, counts every factor as available, as Amplify UI does', async () => {
    const pool = poolWith({ passwordless: { firstFactors: ['EMAIL_OTP', 'PASSWORD'] } }, [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: { preferredAuthMethod: 'PASSWORD', hiddenAuthMethods: [] } } });
    await findHeading('Sign in');
    await user.click(screen.getByRole('button', { name: 'Other sign-in options' }));
    expect(otherOptions()).toEqual(['Sign in with email code', 'Sign in with text message code', 'Sign in with passkey']);
  });

  it('a preferredAuthMethod that is hidden is not preferred', async () => {
    const pool = poolWith(passkeyConfig(softAuthenticator()), [USER]);
    await renderAuthenticator({ pool, props: { passwordless: { preferredAuthMethod: 'SMS_OTP', hiddenAuthMethods: ['SMS_OTP'] } } });
    await findHeading('Sign in');
    expect(screen.queryByRole('button', { name: 'Other sign-in options' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDefined();
  });

  it('every factor hidden is refused with Amplify UI’s error', async () => {
    const pool = poolWith(passkeyConfig(softAuthenticator()), [USER]);
    await pool.client.ready;
    render(
      <Boundary>
        <Authenticator client={pool.client} language="en" passwordless={{ hiddenAuthMethods: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] }} />
      </Boundary>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('InvalidPasswordlessSettings: All authentication methods are hidden');
  });

  it('passkeyRegistrationPrompts: true offers a passkey after a password sign-in too', async () => {
    const pool = poolWith(passkeyConfig(softAuthenticator()), [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: { preferredAuthMethod: 'PASSWORD', passkeyRegistrationPrompts: true } } });
    await user.type(await screen.findByLabelText(/^Email/), EMAIL);
    await user.type(screen.getByLabelText(/^Password/), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in with password' }));
    await findHeading('Sign in faster with a passkey');
  });

  it('passkeyRegistrationPrompts: afterSignin NEVER offers none, even after a sign-in without a password', async () => {
    const pool = poolWith(passkeyConfig(softAuthenticator()), [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: { preferredAuthMethod: 'EMAIL_OTP', passkeyRegistrationPrompts: { afterSignin: 'NEVER' } } } });
    await user.type(await screen.findByLabelText(/^Email/), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Sign in with email code' }));
    await findHeading('Enter your code');
    await submitCode(user, pool.codeSentTo(EMAIL));
    await expectSignedIn(EMAIL);
  });

  it('without it, Gatehouse offers none after a password sign-in', async () => {
    const pool = poolWith(passkeyConfig(softAuthenticator()), [USER]);
    const { user } = await renderAuthenticator({ pool, props: { passwordless: { preferredAuthMethod: 'PASSWORD' } } });
    await user.type(await screen.findByLabelText(/^Email/), EMAIL);
    await user.type(screen.getByLabelText(/^Password/), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in with password' }));
    await expectSignedIn(EMAIL);
  });
});
