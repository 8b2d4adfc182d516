import { translations } from '@aws-amplify/ui';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import type { ComponentType } from 'react';
import Example from './examples/i18n/App';

// Next.js renders the page with no props; the type inferred from the example's untyped component asks for two.
const App = Example as ComponentType;

// Amplify UI's packages/e2e/features/ui/components/authenticator/i18n.feature, through the Amplify adapter on the
// emulator (auth-with-username-no-attributes): what the example sets on Amplify's I18n reaches the screens, since
// the adapter reads I18n. Labels are checked against Amplify UI's own Japanese vocabulary, where Gatehouse shows
// that phrase; Gatehouse's "New password" is the phrase Amplify UI has for it ("新しいパスワード").
vi.mock('./examples/i18n/client', async () => {
  const { amplifyExample } = await import('./amplify-example');
  return amplifyExample({ aws_cognito_username_attributes: [], aws_cognito_verification_mechanisms: ['EMAIL'] }, { pool: { UsernameAttributes: [] } });
});

/** Amplify UI's Japanese for a phrase, as a label shows it (trimmed: some of its phrases end in a space). */
function ja(phrase: string): string {
  const text = translations.ja?.[phrase];
  if (text === undefined) throw new Error(`No Japanese for ${phrase}`);
  return text.trim();
}

function submit(): HTMLElement {
  const button = screen.getAllByRole('button').find((b) => b.getAttribute('type') === 'submit');
  if (!button) throw new Error('No submit button');
  return button;
}

it('reflects I18n.setLanguage(ja): the sign-up fields, the Create Account button, and the custom "Sign In Custom" tab', async () => {
  render(<App />);
  expect(await screen.findByLabelText(ja('Username'))).toHaveProperty('name', 'username');
  expect(screen.getByLabelText(ja('Email'))).toHaveProperty('type', 'email');
  expect(screen.getByLabelText(ja('New password'))).toHaveProperty('autocomplete', 'new-password');
  expect(screen.getByLabelText(ja('Confirm Password'))).toHaveProperty('autocomplete', 'new-password');
  expect(submit().textContent).toBe(ja('Create Account'));
  expect(screen.getByRole('tab', { name: 'Sign In Custom' })).toBeDefined();
});

it('shows the custom message for an unknown user at sign-in, in place of Cognito’s "User does not exist."', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(await screen.findByRole('tab', { name: 'Sign In Custom' }));
  await user.type(await screen.findByLabelText(ja('Username')), 'nobody');
  await user.type(screen.getByLabelText(ja('Password'), { selector: 'input' }), 'Passw0rd!');
  expect(submit().textContent).toBe(ja('Sign in'));
  await user.click(submit());
  expect((await screen.findByRole('alert', {}, { timeout: 5_000 })).textContent).toContain('Error with your user');
});

it('the confirm sign-up delivery message is Japanese, with its own punctuation after the destination', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText(ja('Username')), 'e2e-user');
  await user.type(screen.getByLabelText(ja('Email')), 'e2e-user@example.com');
  await user.type(screen.getByLabelText(ja('New password')), 'TestPassword123!');
  await user.type(screen.getByLabelText(ja('Confirm Password')), 'TestPassword123!');
  await user.click(submit());
  await screen.findByLabelText(/^コード/, {}, { timeout: 5_000 });
  const message = screen.getByText((text) => text.startsWith(ja('Your code is on the way. To log in, enter the code we emailed to')));
  expect(message.textContent).toMatch(/送信先: \S+。$/);
  expect(message.textContent).not.toMatch(/\*\*\*\.$/);
});
