import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../../support/constants.js';
import { renderAuthenticator, type AuthenticatorHarness } from '../../support/authenticator.js';
import { fieldError, findHeading, input, typeInto } from '../../support/screens.js';

const EMAIL = 'grace@example.com';

async function renderTypedSignUp(): Promise<AuthenticatorHarness> {
  const harness = await renderAuthenticator({
    pool: {
      attributes: {
        'custom:plan': { dataType: 'String', minLen: 3, maxLen: 8 },
        'custom:age': { dataType: 'Number', min: 18, max: 120 },
        'custom:newsletter': { dataType: 'Boolean' },
        'custom:renewal': { dataType: 'DateTime' },
      },
    },
    props: {
      formFields: {
        signUp: {
          'custom:plan': { label: 'Plan' },
          'custom:age': { label: 'Age' },
          'custom:newsletter': { label: 'Send me the newsletter' },
          'custom:renewal': { label: 'Renewal' },
        },
      },
    },
  });
  await harness.user.click(screen.getByRole('tab', { name: 'Create account' }));
  await findHeading('Create an account');
  return harness;
}

async function fillAccount({ user }: AuthenticatorHarness): Promise<void> {
  await typeInto(user, 'Email', EMAIL);
  await typeInto(user, 'New password', PASSWORD);
  await typeInto(user, 'Confirm password', PASSWORD);
}

const submit = ({ user }: AuthenticatorHarness) => user.click(screen.getByRole('button', { name: 'Create account' }));

describe('sign-up: custom attributes typed by the pool’s schema (the local pool reports the attributes it declares)', () => {
  it('gives each data type its input: a checkbox, a date and time, a number within bounds, a text within lengths', async () => {
    await renderTypedSignUp();
    expect(screen.getByRole('checkbox', { name: 'Send me the newsletter' })).toBeDefined();
    expect(input('Renewal').type).toBe('datetime-local');
    const age = input('Age');
    expect([age.type, age.min, age.max]).toEqual(['number', '18', '120']);
    const plan = input('Plan');
    expect([plan.type, plan.minLength, plan.maxLength]).toEqual(['text', 3, 8]);
  });

  it('refuses a value out of its bounds on screen, keeping everything typed, and sends nothing', async () => {
    const harness = await renderTypedSignUp();
    await fillAccount(harness);
    await typeInto(harness.user, 'Age', '12');
    await typeInto(harness.user, 'Plan', 'ab');
    await harness.user.click(screen.getByRole('checkbox', { name: 'Send me the newsletter' }));
    await submit(harness);
    await waitFor(() => {
      expect(fieldError('Age')).toBe('Enter 18 or more.');
    });
    expect(fieldError('Plan')).toBe('Enter at least 3 characters.');
    expect(input('Email').value).toBe(EMAIL);
    expect(input('Age').value).toBe('12');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Send me the newsletter' }).checked).toBe(true);
    expect(await harness.client.admin.getUser(EMAIL)).toBeUndefined();
  });

  it('sends a ticked box as true, a date and time as an ISO instant, a number as typed; an unticked box and an empty field not at all', async () => {
    const harness = await renderTypedSignUp();
    await fillAccount(harness);
    await typeInto(harness.user, 'Age', '30');
    await harness.user.click(screen.getByRole('checkbox', { name: 'Send me the newsletter' }));
    await typeInto(harness.user, 'Renewal', '2027-01-15T09:30');
    await submit(harness);
    await findHeading('Confirm your account');
    const attributes = (await harness.client.admin.getUser(EMAIL))?.attributes;
    expect(attributes).toMatchObject({ 'custom:age': '30', 'custom:newsletter': 'true', 'custom:renewal': new Date(2027, 0, 15, 9, 30).toISOString() });
    expect(attributes).not.toHaveProperty('custom:plan');
  });

  it('an unticked box is not sent', async () => {
    const harness = await renderTypedSignUp();
    await fillAccount(harness);
    await submit(harness);
    await findHeading('Confirm your account');
    expect(await harness.client.admin.getUser(EMAIL)).not.toHaveProperty(['attributes', 'custom:newsletter']);
  });
});
