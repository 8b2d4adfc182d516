// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTestPool, failure, HOUR, MINUTE, PASSWORD } from '../../support/local-pool.js';

// Cognito answers LimitExceededException once a user asks for too many codes: "In a given hour, we allow between
// five and 20 attempts for a user to request or enter a password reset code" (developer guide, "Recovering user
// accounts"); it does not publish its other limits. The pool allows 5 codes of a kind per user per hour.
const EMAIL = 'ana@example.com';
const LIMIT = { name: 'LimitExceededException', message: 'Attempt limit exceeded, please try after some time.' };

async function times(count: number, send: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < count; i++) await send();
}

describe('limits on codes sent', () => {
  it('sign-up codes: the first and four resends, then LimitExceededException until the hour is over', async () => {
    const p = createTestPool();
    await p.client.signUp({ username: EMAIL, password: PASSWORD });
    await times(4, () => p.client.resendSignUpCode({ username: EMAIL }));
    expect(await failure(p.client.resendSignUpCode({ username: EMAIL }))).toEqual(LIMIT);
    expect(p.messagesTo(EMAIL)).toHaveLength(5);
    p.advance(HOUR);
    expect((await p.client.resendSignUpCode({ username: EMAIL })).deliveryMedium).toBe('EMAIL');
    expect(p.messagesTo(EMAIL)).toHaveLength(6);
  });

  it('password reset codes: five an hour, for a known user and, existence hidden, an unknown one alike', async () => {
    const p = createTestPool({ preventUserExistenceErrors: true });
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    for (const username of [EMAIL, 'nobody@example.com']) {
      await times(5, () => p.client.resetPassword({ username }));
      expect(await failure(p.client.resetPassword({ username })), username).toEqual(LIMIT);
    }
    expect(p.messagesTo(EMAIL)).toHaveLength(5);
    // A sliding hour: the first of the five leaves the window an hour after it was sent.
    p.advance(HOUR);
    expect((await p.client.resetPassword({ username: EMAIL })).nextStep.resetPasswordStep).toBe('CONFIRM_RESET_PASSWORD_WITH_CODE');
  });

  it('attribute verification codes: resends and phone number changes count alike', async () => {
    const p = createTestPool();
    await p.seedUser({ username: EMAIL, password: PASSWORD, attributes: { phone_number: '+15555550100', phone_number_verified: 'false' } });
    await p.client.signIn({ username: EMAIL, password: PASSWORD });
    await times(3, () => p.client.sendUserAttributeVerificationCode({ userAttributeKey: 'phone_number' }));
    await p.client.updateUserAttributes({ userAttributes: { phone_number: '+15555550101' } });
    await p.client.sendUserAttributeVerificationCode({ userAttributeKey: 'phone_number' });
    expect(await failure(p.client.sendUserAttributeVerificationCode({ userAttributeKey: 'phone_number' }))).toEqual(LIMIT);
    expect(await failure(p.client.updateUserAttributes({ userAttributes: { phone_number: '+15555550102' } }))).toEqual(LIMIT);
    // Refused before anything changed.
    expect((await p.client.fetchUserAttributes()).phone_number).toBe('+15555550101');
  });

  it('passwordless sign-in codes: five an hour, for a known user and, existence hidden, an unknown one alike', async () => {
    const p = createTestPool({ preventUserExistenceErrors: true, passwordless: { firstFactors: ['EMAIL_OTP'] } });
    await p.seedUser({ username: EMAIL });
    for (const username of [EMAIL, 'nobody@example.com']) {
      await times(5, () => p.client.signIn({ username, options: { authFlowType: 'USER_AUTH' } }));
      expect(await failure(p.client.signIn({ username, options: { authFlowType: 'USER_AUTH' } })), username).toEqual(LIMIT);
    }
    expect(p.messagesTo(EMAIL)).toHaveLength(5);
    // Kinds are counted apart: a password reset still goes out.
    expect((await p.client.resetPassword({ username: EMAIL })).nextStep).toMatchObject({ codeDeliveryDetails: { deliveryMedium: 'EMAIL' } });
  });

  it('follows codes.sendLimit', async () => {
    const p = createTestPool({ codes: { sendLimit: { count: 2, windowMs: 10 * MINUTE } } });
    await p.seedUser({ username: EMAIL, password: PASSWORD });
    await times(2, () => p.client.resetPassword({ username: EMAIL }));
    expect(await failure(p.client.resetPassword({ username: EMAIL }))).toEqual(LIMIT);
    p.advance(10 * MINUTE);
    await p.client.resetPassword({ username: EMAIL });
  });
});
