import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LocalPoolConfig } from '../../../src/client/local/index.js';
import { createTestPool, expectNoSecretsInStorage, failure, HOUR, MINUTE, PASSWORD, SECOND, type TestPool } from '../../support/local-pool.js';

// Verification by link (Cognito's "Verification type: Link", Amplify's verificationEmailStyle: 'LINK' and
// signUpVerificationMethod: 'link'): the sign-up email holds a link to the pool's confirmUser endpoint. The
// seed docs: autoSignIn signs the user in "after ... User confirmed their account with a verification link";
// Amplify's signUp then answers COMPLETE_AUTO_SIGN_IN at once (the link is followed elsewhere) and its
// autoSignIn asks every 5 seconds for 3 minutes whether the account is confirmed. Text messages hold codes.
const EMAIL = 'ana@example.com';
const LINK_POOL: LocalPoolConfig = { verificationEmailStyle: 'LINK' };

function linkSentTo(pool: TestPool, destination: string): string {
  const link = pool.messagesTo(destination).at(-1)?.link;
  if (link === undefined) throw new Error(`No link was sent to ${destination}.`);
  return link;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('sign-up verification by link', () => {
  it('emails a link to the pool’s confirmUser endpoint; following it confirms the account', async () => {
    const p = createTestPool(LINK_POOL);
    expect(await p.client.signUp({ username: EMAIL, password: PASSWORD })).toMatchObject({
      isSignUpComplete: false,
      nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails: { destination: 'a***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' } },
    });
    const [message] = p.messagesTo(EMAIL);
    const link = new URL(linkSentTo(p, EMAIL));
    expect(`${link.origin}${link.pathname}`).toBe('https://local-gatehouse.auth.localhost/confirmUser');
    expect([...link.searchParams.keys()]).toEqual(['client_id', 'user_name', 'confirmation_code']);
    expect(link.searchParams.get('client_id')).toBe('gatehouse-local-client');
    expect(message).toMatchObject({ subject: 'Your verification link', code: link.href, purpose: 'signUp' });
    expect(message?.text).toContain(link.href);
    expect(message?.text).not.toMatch(/\b\d{6}\b/);

    await p.client.admin.followLink(link.href);
    expect(await p.client.admin.getUser(EMAIL)).toMatchObject({ status: 'CONFIRMED', attributes: { email_verified: 'true' } });
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
    expectNoSecretsInStorage(p);
  });

  it('with autoSignIn, answers COMPLETE_AUTO_SIGN_IN at once, and signs in once the link is followed', async () => {
    const p = createTestPool(LINK_POOL);
    const signUp = await p.client.signUp({ username: EMAIL, password: PASSWORD, options: { autoSignIn: true } });
    expect(signUp).toMatchObject({
      isSignUpComplete: false,
      nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN', codeDeliveryDetails: { destination: 'a***@e***', deliveryMedium: 'EMAIL' } },
    });
    // The link opens in another tab (or on another device).
    await p.otherDevice().client.admin.followLink(linkSentTo(p, EMAIL));
    expect(await p.client.autoSignIn()).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect(p.events.at(-1)).toMatchObject({ event: 'signedIn', data: { signInDetails: { loginId: EMAIL } } });
    expect(await failure(p.client.autoSignIn())).toMatchObject({ name: 'AutoSignInException' });
    expectNoSecretsInStorage(p);
  });

  it('keeps autoSignIn waiting until the link is followed, asking every 5 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const p = createTestPool(LINK_POOL);
    await p.client.signUp({ username: EMAIL, password: PASSWORD, options: { autoSignIn: true } });
    let settled = false;
    const waiting = p.client.autoSignIn().finally(() => {
      settled = true;
    });
    await vi.waitFor(() => {
      expect(vi.getTimerCount()).toBe(1);
    });
    p.advance(5 * SECOND);
    await vi.advanceTimersByTimeAsync(5 * SECOND);
    await vi.waitFor(() => {
      expect(vi.getTimerCount()).toBe(1);
    });
    expect(settled).toBe(false);
    await p.client.admin.followLink(linkSentTo(p, EMAIL));
    p.advance(5 * SECOND);
    await vi.advanceTimersByTimeAsync(5 * SECOND);
    expect(await waiting).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
  });

  it('gives up after 3 minutes: AutoSignInException, the account was not confirmed on time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const p = createTestPool(LINK_POOL);
    await p.client.signUp({ username: EMAIL, password: PASSWORD, options: { autoSignIn: true } });
    const waiting = failure(p.client.autoSignIn());
    await vi.waitFor(() => {
      expect(vi.getTimerCount()).toBe(1);
    });
    p.advance(3 * MINUTE);
    await vi.advanceTimersByTimeAsync(5 * SECOND);
    expect(await waiting).toEqual({ name: 'AutoSignInException', message: 'The account was not confirmed on time.' });
    // The link still confirms the account; signing in is then by hand.
    await p.client.admin.followLink(linkSentTo(p, EMAIL));
    expect((await p.client.signIn({ username: EMAIL, password: PASSWORD })).nextStep.signInStep).toBe('DONE');
  });

  it('goes on to MFA after the link, as a code sign-up does', async () => {
    const p = createTestPool({ ...LINK_POOL, mfa: { enforcement: 'ON', types: ['EMAIL'] } });
    await p.client.signUp({ username: EMAIL, password: PASSWORD, options: { autoSignIn: true } });
    await p.client.admin.followLink(linkSentTo(p, EMAIL));
    expect((await p.client.autoSignIn()).nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_EMAIL_SETUP');
  });

  it('refuses a link twice, a changed token, a link of another pool and an expired link, as confirmSignUp refuses codes', async () => {
    const p = createTestPool(LINK_POOL);
    await p.client.signUp({ username: EMAIL, password: PASSWORD });
    const link = new URL(linkSentTo(p, EMAIL));
    const tampered = new URL(link);
    tampered.searchParams.set('confirmation_code', `${link.searchParams.get('confirmation_code') ?? ''}x`);
    expect(await failure(p.client.admin.followLink(tampered.href))).toEqual({ name: 'CodeMismatchException', message: 'Invalid verification code provided, please try again.' });
    const foreign = new URL(link);
    foreign.searchParams.set('client_id', 'another-client');
    expect(await failure(p.client.admin.followLink(foreign.href))).toMatchObject({ name: 'InvalidParameterException' });
    expect(await failure(p.client.admin.followLink('not a link'))).toMatchObject({ name: 'InvalidParameterException' });
    expect(await failure(p.client.admin.followLink(link.href.replace('https://local-gatehouse.', 'https://evil.')))).toMatchObject({ name: 'InvalidParameterException' });
    await p.client.admin.followLink(link.href);
    expect(await failure(p.client.admin.followLink(link.href))).toEqual({ name: 'NotAuthorizedException', message: 'User cannot be confirmed. Current status is CONFIRMED' });

    const late = createTestPool(LINK_POOL);
    await late.client.signUp({ username: EMAIL, password: PASSWORD });
    late.advance(24 * HOUR);
    expect(await failure(late.client.admin.followLink(linkSentTo(late, EMAIL)))).toMatchObject({ name: 'ExpiredCodeException' });
  });

  it('resends a new link; the old one no longer works', async () => {
    const p = createTestPool(LINK_POOL);
    await p.client.signUp({ username: EMAIL, password: PASSWORD });
    const first = linkSentTo(p, EMAIL);
    p.advance(SECOND);
    expect(await p.client.resendSignUpCode({ username: EMAIL })).toMatchObject({ deliveryMedium: 'EMAIL' });
    const second = linkSentTo(p, EMAIL);
    expect(second).not.toBe(first);
    expect(await failure(p.client.admin.followLink(first))).toMatchObject({ name: 'CodeMismatchException' });
    await p.client.admin.followLink(second);
    expect((await p.client.admin.getUser(EMAIL))?.status).toBe('CONFIRMED');
  });

  it('still sends a code by text message: only email has links', async () => {
    const p = createTestPool({ ...LINK_POOL, loginWith: { phone: true } });
    await p.client.signUp({ username: '+15555550100', password: PASSWORD });
    const [message] = p.messagesTo('+15555550100');
    expect(message).toMatchObject({ channel: 'SMS', code: expect.stringMatching(/^\d{6}$/) as string });
    expect(message).not.toHaveProperty('link');
  });

  it('follows the pool’s sign-up email template, which is given the link', async () => {
    const p = createTestPool({ ...LINK_POOL, messages: { signUp: { emailSubject: 'Confirm your account', emailBody: (createLink) => `Welcome! ${createLink('Confirm my account')}` } } });
    await p.client.signUp({ username: EMAIL, password: PASSWORD });
    const link = linkSentTo(p, EMAIL);
    expect(p.messagesTo(EMAIL)[0]).toMatchObject({ subject: 'Confirm your account', text: `Welcome! Confirm my account: ${link}` });
  });

  it('answers for a user that does not exist as confirmSignUp does', async () => {
    const p = createTestPool(LINK_POOL);
    await p.client.signUp({ username: EMAIL, password: PASSWORD });
    const link = new URL(linkSentTo(p, EMAIL));
    link.searchParams.set('user_name', 'nobody');
    expect(await failure(p.client.admin.followLink(link.href))).toMatchObject({ name: 'UserNotFoundException' });
    const hiding = createTestPool({ ...LINK_POOL, preventUserExistenceErrors: true });
    await hiding.client.signUp({ username: EMAIL, password: PASSWORD });
    const hidden = new URL(linkSentTo(hiding, EMAIL));
    hidden.searchParams.set('user_name', 'nobody');
    expect(await failure(hiding.client.admin.followLink(hidden.href))).toMatchObject({ name: 'CodeMismatchException' });
  });
});
