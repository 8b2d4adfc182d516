import { describe, expect, it } from 'vitest';
import { checkPassword, DEFAULT_PASSWORD_POLICY } from '../../../src/client/password-policy.js';
import { createTestPool, failure, HOUR, NEW_PASSWORD, PASSWORD } from '../../support/local-pool.js';

// AdminCreateUser's invitation: "Amplify Auth will send an invitation email to the user welcoming them ...
// along with the email address they can log in with and the temporary password" (Amplify docs, email
// customization: userInvitation). Cognito's default template is "Your username is {username} and temporary
// password is {####}."; MessageAction SUPPRESS sends nothing; DesiredDeliveryMediums picks EMAIL and/or SMS;
// a temporary password is good for 7 days by default (TemporaryPasswordValidityDays).
const EMAIL = 'ana@example.com';
const PHONE = '+15555550100';
const TEMPORARY = 'Temp-Passw0rd!';

describe('invitations', () => {
  it('emails a user created with a temporary password their sign-in name and the password', async () => {
    const p = createTestPool();
    await p.client.admin.createUser({ username: EMAIL, password: TEMPORARY, status: 'FORCE_CHANGE_PASSWORD' });
    expect(p.messagesTo(EMAIL)).toMatchObject([
      {
        channel: 'EMAIL',
        purpose: 'invitation',
        subject: 'Your temporary password',
        text: `Your username is ${EMAIL} and temporary password is ${TEMPORARY}.`,
        code: TEMPORARY,
      },
    ]);
    const signIn = await p.client.signIn({ username: EMAIL, password: TEMPORARY });
    expect(signIn.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
  });

  it('makes up a temporary password that meets the policy when none is given', async () => {
    const p = createTestPool({ passwordPolicy: { minLength: 16 } });
    await p.client.admin.createUser({ username: EMAIL, status: 'FORCE_CHANGE_PASSWORD' });
    const [invitation] = p.messagesTo(EMAIL);
    const temporary = invitation?.code ?? '';
    expect(checkPassword({ ...DEFAULT_PASSWORD_POLICY, minLength: 16 }, temporary).every((rule) => rule.met)).toBe(true);
    expect((await p.client.signIn({ username: EMAIL, password: temporary })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    expect((await p.client.confirmSignIn({ challengeResponse: `${NEW_PASSWORD}-long-enough` })).nextStep.signInStep).toBe('DONE');
    // Two invitations never share a password.
    await p.client.admin.createUser({ username: 'bea@example.com', status: 'FORCE_CHANGE_PASSWORD' });
    expect(p.messagesTo('bea@example.com')[0]?.code).not.toBe(temporary);
  });

  it('sends by text message to a user with only a phone number, and where DesiredDeliveryMediums says', async () => {
    const p = createTestPool({ loginWith: { phone: true } });
    await p.client.admin.createUser({ username: PHONE, password: TEMPORARY, status: 'FORCE_CHANGE_PASSWORD' });
    expect(p.messagesTo(PHONE)).toMatchObject([{ channel: 'SMS', purpose: 'invitation', text: `Your username is ${PHONE} and temporary password is ${TEMPORARY}.` }]);
    expect(p.messagesTo(PHONE)[0]).not.toHaveProperty('subject');

    const both = createTestPool();
    await both.client.admin.createUser({
      username: EMAIL,
      password: TEMPORARY,
      status: 'FORCE_CHANGE_PASSWORD',
      attributes: { phone_number: PHONE },
      desiredDeliveryMediums: ['EMAIL', 'SMS'],
    });
    expect(both.client.outbox.messages().map((m) => [m.channel, m.destination])).toEqual([
      ['EMAIL', EMAIL],
      ['SMS', PHONE],
    ]);
  });

  it('refuses a delivery medium the user has no attribute for, creating nobody', async () => {
    const p = createTestPool();
    expect(await failure(p.client.admin.createUser({ username: EMAIL, password: TEMPORARY, status: 'FORCE_CHANGE_PASSWORD', desiredDeliveryMediums: ['SMS'] }))).toEqual({
      name: 'InvalidParameterException',
      message: 'User has no attribute matching desired delivery mediums: phone_number',
    });
    expect(await p.client.admin.getUser(EMAIL)).toBeUndefined();
    expect(p.client.outbox.messages()).toEqual([]);
  });

  it('sends nothing when suppressed, or for a user created with a permanent password', async () => {
    const p = createTestPool();
    await p.client.admin.createUser({ username: EMAIL, password: TEMPORARY, status: 'FORCE_CHANGE_PASSWORD', messageAction: 'SUPPRESS' });
    await p.client.admin.createUser({ username: 'bea@example.com', password: PASSWORD });
    expect(p.client.outbox.messages()).toEqual([]);
  });

  it('invites the users a pool is seeded with, as each is an AdminCreateUser', async () => {
    const p = createTestPool({ users: [{ username: EMAIL, password: TEMPORARY, status: 'FORCE_CHANGE_PASSWORD' }] });
    await p.client.ready;
    expect(p.messagesTo(EMAIL).map((m) => m.purpose)).toEqual(['invitation']);
  });

  it('follows the pool’s invitation template, which must include the password', async () => {
    const p = createTestPool({
      messages: {
        invitation: {
          emailSubject: 'Welcome to Gatehouse',
          emailBody: (user, code) => `Sign in as ${user()} with ${code()} and choose a password.`,
          smsMessage: (user, code) => `${user()} / ${code()}`,
        },
      },
    });
    await p.client.admin.createUser({ username: EMAIL, password: TEMPORARY, status: 'FORCE_CHANGE_PASSWORD', attributes: { phone_number: PHONE }, desiredDeliveryMediums: ['EMAIL', 'SMS'] });
    expect(p.client.outbox.messages().map((m) => [m.subject, m.text])).toEqual([
      ['Welcome to Gatehouse', `Sign in as ${EMAIL} with ${TEMPORARY} and choose a password.`],
      [undefined, `${EMAIL} / ${TEMPORARY}`],
    ]);
    const forgetful = createTestPool({ messages: { invitation: { emailBody: (user) => `Hello ${user()}` } } });
    expect(await failure(forgetful.client.admin.createUser({ username: EMAIL, password: TEMPORARY, status: 'FORCE_CHANGE_PASSWORD' }))).toMatchObject({
      message: expect.stringContaining('invitation EMAIL template') as string,
    });
  });

  it('lets a temporary password expire after the pool’s validity: only an administrator can help then', async () => {
    const p = createTestPool({ temporaryPasswordValidityDays: 1 });
    await p.client.admin.createUser({ username: EMAIL, password: TEMPORARY, status: 'FORCE_CHANGE_PASSWORD' });
    p.advance(24 * HOUR);
    expect(await failure(p.client.signIn({ username: EMAIL, password: TEMPORARY }))).toEqual({
      name: 'NotAuthorizedException',
      message: 'Temporary password has expired and must be reset by an administrator.',
    });
    // A wrong password still says only that.
    expect(await failure(p.client.signIn({ username: EMAIL, password: 'Wrong-Passw0rd!' }))).toEqual({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    // The default is 7 days.
    const week = createTestPool();
    await week.client.admin.createUser({ username: EMAIL, password: TEMPORARY, status: 'FORCE_CHANGE_PASSWORD' });
    week.advance(7 * 24 * HOUR - 1);
    expect((await week.client.signIn({ username: EMAIL, password: TEMPORARY })).nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
  });
});
