import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuthError, type UserAttributeSchema } from '../../../src/index.js';
import { callsOf, findSection, renderAccount, signedInClient } from '../../support/account.js';
import type { Script } from '../../support/scripted-client.js';

const schema: UserAttributeSchema[] = [
  { name: 'sub', dataType: 'String', required: true, mutable: false },
  { name: 'email', dataType: 'String', required: true, mutable: true },
  { name: 'email_verified', dataType: 'Boolean', required: false, mutable: true },
  { name: 'phone_number', dataType: 'String', required: false, mutable: true },
  { name: 'given_name', dataType: 'String', required: true, mutable: true },
  { name: 'nickname', dataType: 'String', required: false, mutable: true },
  { name: 'birthdate', dataType: 'String', required: false, mutable: true },
  { name: 'custom:plan', dataType: 'String', required: false, mutable: true, maxLength: 8 },
  { name: 'custom:age', dataType: 'Number', required: false, mutable: true, minValue: 18, maxValue: 120 },
  { name: 'custom:newsletter', dataType: 'Boolean', required: false, mutable: true },
  { name: 'custom:renewal', dataType: 'DateTime', required: false, mutable: true },
  { name: 'custom:team', dataType: 'String', required: false, mutable: false },
];

const attributes = {
  sub: 'u-1',
  email: 'ada@example.com',
  email_verified: 'true',
  phone_number: '+15555550100',
  phone_number_verified: 'false',
  given_name: 'Ada',
  nickname: 'countess',
  'custom:team': 'Engines',
};

function client(script: Script = {}) {
  script.backendConfig ??= { userAttributes: schema };
  if (!Object.hasOwn(script, 'fetchUserAttributes')) script.fetchUserAttributes = attributes;
  return signedInClient(script);
}

const only = { sections: ['Profile'] as const };

describe('Profile', () => {
  it('shows each attribute with the input its type calls for; immutable ones read-only; system ones not at all', async () => {
    renderAccount({ client: client(), props: only });
    const profile = await findSection('Profile');
    const input = (label: RegExp) => profile.getByLabelText<HTMLInputElement>(label);
    await profile.findByLabelText(/^First name/);
    expect(input(/^Email/).type).toBe('email');
    expect(input(/^Email/).getAttribute('aria-required')).toBe('true');
    expect(input(/^Phone number/).type).toBe('tel');
    expect(input(/^Date of birth/).type).toBe('date');
    expect(input(/^age/).type).toBe('number');
    expect(input(/^age/).min).toBe('18');
    expect(input(/^newsletter/).type).toBe('checkbox');
    expect(input(/^renewal/).type).toBe('datetime-local');
    expect(input(/^plan/).maxLength).toBe(8);
    expect(input(/^team/).readOnly).toBe(true);
    expect(input(/^team/).value).toBe('Engines');
    expect(input(/^Nickname/).value).toBe('countess');
    expect(profile.queryByLabelText(/sub|email_verified/)).toBeNull();
  });

  it('shows which contacts are verified, and verifies one with a code', async () => {
    const script: Script = { sendUserAttributeVerificationCode: { destination: '+*******0100', deliveryMedium: 'SMS', attributeName: 'phone_number' }, confirmUserAttribute: undefined };
    const c = client(script);
    const { user, accountEvents } = renderAccount({ client: c, props: only });
    const profile = await findSection('Profile');
    const contacts = await profile.findByRole('list');
    expect(contacts.textContent).toContain('ada@example.comVerified');
    expect(contacts.textContent).toContain('+15555550100Not verified');
    expect(profile.queryByRole('button', { name: 'Verify email' })).toBeNull();
    await user.click(profile.getByRole('button', { name: 'Verify phone number' }));
    expect(await profile.findByText('We texted a code to +*******0100.')).toBeDefined();
    const code = profile.getByLabelText(/^Code/);
    await waitFor(() => {
      expect(document.activeElement).toBe(code);
    });
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    script.fetchUserAttributes = { ...attributes, phone_number_verified: 'true' };
    await user.type(code, '123456');
    await user.click(profile.getByRole('button', { name: 'Verify' }));
    expect(await profile.findByText('Your phone number is verified.')).toBeDefined();
    expect(callsOf(c, 'confirmUserAttribute')).toEqual([{ userAttributeKey: 'phone_number', confirmationCode: '123456' }]);
    expect((await profile.findByRole('list')).textContent).toContain('+15555550100Verified');
    expect(accountEvents()).toEqual(['attributeUpdated']);
  });

  it('clears and focuses a wrong code, and sends a new one on request', async () => {
    const script: Script = {
      sendUserAttributeVerificationCode: { destination: '+*******0100', deliveryMedium: 'SMS' },
      confirmUserAttribute: new AuthError({ name: 'CodeMismatchException', message: 'Invalid verification code provided, please try again.' }),
    };
    const c = client(script);
    const { user } = renderAccount({ client: c, props: only });
    const profile = await findSection('Profile');
    await user.click(await profile.findByRole('button', { name: 'Verify phone number' }));
    const code = await profile.findByLabelText(/^Code/);
    await user.type(code, '12345');
    await user.click(profile.getByRole('button', { name: 'Verify' }));
    expect(await profile.findByText('Enter the code you received: digits only.')).toBeDefined();
    expect(callsOf(c, 'confirmUserAttribute')).toEqual([]);
    await user.type(code, '6');
    await user.click(profile.getByRole('button', { name: 'Verify' }));
    expect((await profile.findByRole('alert')).textContent).toBe('That code is not right. Check it and try again.');
    await waitFor(() => {
      expect((code as HTMLInputElement).value).toBe('');
    });
    expect(document.activeElement).toBe(code);
    await user.click(profile.getByRole('button', { name: 'Send a new code' }));
    expect(await profile.findByText('We sent a new code.')).toBeDefined();
    expect(callsOf(c, 'sendUserAttributeVerificationCode')).toHaveLength(2);
  });

  it('checks every value against its type and bounds before sending', async () => {
    const c = client();
    const { user } = renderAccount({ client: c, props: only });
    const profile = await findSection('Profile');
    const email = await profile.findByLabelText(/^Email/);
    await user.clear(email);
    await user.type(email, 'not-an-email');
    await user.clear(profile.getByLabelText(/^First name/));
    await user.type(profile.getByLabelText(/^Phone number/), '{Control>}a{/Control}555');
    await user.type(profile.getByLabelText(/^age/), '12');
    await user.type(profile.getByLabelText(/^Date of birth/), '2020-02-30');
    await user.click(profile.getByRole('button', { name: 'Save changes' }));
    expect(await profile.findByText('Enter an email address like name@example.com.')).toBeDefined();
    expect(profile.getByText('This field is required.')).toBeDefined();
    expect(profile.getByText('Enter a phone number, digits only.')).toBeDefined();
    expect(profile.getByText('Enter 18 or more.')).toBeDefined();
    expect(callsOf(c, 'updateUserAttributes')).toEqual([]);
    expect(document.activeElement).toBe(email);
  });

  it('sends only what changed, as the pool stores it, says it is saved and reports attributeUpdated', async () => {
    const c = client({ updateUserAttributes: { given_name: { isUpdated: true, nextStep: { updateAttributeStep: 'DONE' } } } });
    const { user, events } = renderAccount({ client: c, props: only });
    const profile = await findSection('Profile');
    await user.type(await profile.findByLabelText(/^First name/), ' Lovelace ');
    await user.click(profile.getByLabelText(/^newsletter/));
    await user.type(profile.getByLabelText(/^age/), '36');
    await user.click(profile.getByRole('button', { name: 'Save changes' }));
    expect(await profile.findByText('Your profile is saved.')).toBeDefined();
    expect(callsOf(c, 'updateUserAttributes')).toEqual([{ userAttributes: { given_name: 'Ada Lovelace', 'custom:age': '36', 'custom:newsletter': 'true' } }]);
    expect(events.filter((event) => event.type === 'attributeUpdated')).toEqual([{ type: 'attributeUpdated', attributes: ['given_name', 'custom:age', 'custom:newsletter'], change: 'updated' }]);
  });

  it('says when nothing changed, and sends nothing', async () => {
    const c = client();
    const { user } = renderAccount({ client: c, props: only });
    const profile = await findSection('Profile');
    await profile.findByLabelText(/^First name/);
    await user.click(profile.getByRole('button', { name: 'Save changes' }));
    expect(await profile.findByText('Nothing to save: no field has changed.')).toBeDefined();
    expect(c.calls.filter((call) => call.name.startsWith('update') || call.name.startsWith('delete'))).toEqual([]);
  });

  it('asks for the code sent to a new email address, saying where it went', async () => {
    const c = client({
      updateUserAttributes: { email: { isUpdated: false, nextStep: { updateAttributeStep: 'CONFIRM_ATTRIBUTE_WITH_CODE', codeDeliveryDetails: { destination: 'a***@n***', deliveryMedium: 'EMAIL', attributeName: 'email' } } } },
      confirmUserAttribute: undefined,
    });
    const { user } = renderAccount({ client: c, props: only });
    const profile = await findSection('Profile');
    const email = await profile.findByLabelText(/^Email/);
    await user.clear(email);
    await user.type(email, 'ada@new.example');
    await user.click(profile.getByRole('button', { name: 'Save changes' }));
    expect(await profile.findByRole('heading', { name: 'Confirm your email address' })).toBeDefined();
    expect(profile.getByText('We emailed a code to a***@n***.')).toBeDefined();
    await user.type(profile.getByLabelText(/^Code/), '654321');
    await user.click(profile.getByRole('button', { name: 'Verify' }));
    expect(await profile.findByText('Your email address is verified.')).toBeDefined();
    expect(callsOf(c, 'confirmUserAttribute')).toEqual([{ userAttributeKey: 'email', confirmationCode: '654321' }]);
  });

  it('removes an optional attribute, with the button or by clearing the field', async () => {
    const script: Script = { deleteUserAttributes: undefined };
    const c = client(script);
    const { user, events } = renderAccount({ client: c, props: only });
    const profile = await findSection('Profile');
    expect(profile.queryByRole('button', { name: 'Remove First name' })).toBeNull();
    script.fetchUserAttributes = { ...attributes, nickname: undefined } as unknown as Record<string, string>;
    await user.click(await profile.findByRole('button', { name: 'Remove Nickname' }));
    expect(await profile.findByText('Nickname was removed.')).toBeDefined();
    expect(callsOf(c, 'deleteUserAttributes')).toEqual([{ userAttributeKeys: ['nickname'] }]);
    expect(events.filter((event) => event.type === 'attributeUpdated')).toEqual([{ type: 'attributeUpdated', attributes: ['nickname'], change: 'removed' }]);
    await user.clear(profile.getByLabelText(/^Phone number/));
    await user.click(profile.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => {
      expect(callsOf(c, 'deleteUserAttributes')).toEqual([{ userAttributeKeys: ['nickname'] }, { userAttributeKeys: ['phone_number'] }]);
    });
  });

  it.each([
    ['AliasExistsException', 'An account with the given email already exists.', 'Another account already uses this email or phone number.'],
    ['InvalidParameterException', 'Invalid phone number format.', 'Some of the details are not valid.Details: Invalid phone number format.'],
    ['CodeDeliveryFailureException', 'Unable to deliver message', 'We could not send the code. Try again in a moment.'],
    ['NetworkError', 'offline', 'We could not reach the server. Check your connection and try again.'],
  ] as const)('keeps what was typed and the saved values shown after %s', async (name, message, expected) => {
    const c = client({ updateUserAttributes: new AuthError({ name, message }) });
    const { user } = renderAccount({ client: c, props: only });
    const profile = await findSection('Profile');
    const email = await profile.findByLabelText(/^Email/);
    await user.clear(email);
    await user.type(email, 'grace@example.com');
    await user.click(profile.getByRole('button', { name: 'Save changes' }));
    // A busy machine can take more than findBy's 1 s over the save and its answer.
    expect((await profile.findByRole('alert', {}, { timeout: 5_000 })).textContent).toBe(expected);
    expect((email as HTMLInputElement).value).toBe('grace@example.com');
    // Nothing optimistic: the contact list still shows the saved address.
    expect(profile.getByRole('list').textContent).toContain('ada@example.com');
  });

  it('says when the attributes cannot be read, and reads them again on request', async () => {
    const script: Script = { fetchUserAttributes: new AuthError({ name: 'NetworkError', message: 'offline' }) };
    const c = client(script);
    const { user } = renderAccount({ client: c, props: only });
    const profile = await findSection('Profile');
    expect((await profile.findByRole('alert')).textContent).toContain('We could not load this section.');
    script.fetchUserAttributes = attributes;
    await user.click(profile.getByRole('button', { name: 'Try again' }));
    expect(await profile.findByLabelText(/^First name/)).toBeDefined();
  });

  it('without a schema (Amplify), edits the attributes the user has, as text', async () => {
    renderAccount({ client: signedInClient({ fetchUserAttributes: { sub: 'u', email: 'ada@example.com', email_verified: 'true', 'custom:plan': 'pro' } }), props: only });
    const profile = await findSection('Profile');
    expect((await profile.findByLabelText<HTMLInputElement>(/^plan/)).value).toBe('pro');
    expect(profile.getByLabelText<HTMLInputElement>(/^Email/).type).toBe('email');
  });

  it('shows only the attributes the app names, in its order', async () => {
    renderAccount({ client: client(), props: { ...only, sectionProps: { Profile: { attributes: ['nickname', 'given_name'] } } } });
    const profile = await findSection('Profile');
    await profile.findByLabelText(/^Nickname/);
    expect(profile.getAllByRole('textbox').map((input) => input.getAttribute('name'))).toEqual(['nickname', 'given_name']);
    expect(screen.queryByLabelText(/^age/)).toBeNull();
  });
});
