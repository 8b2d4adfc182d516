import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import App from './examples/custom-sign-up-fields/App';
import { pool } from './examples/custom-sign-up-fields/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/custom-sign-up-fields.feature, on the local pool,
// in Gatehouse's English ("Preferred username", "Create account", "The passwords do not match.").

const TERMS = 'I agree with the Terms and Conditions';
const MUST_AGREE = 'You must agree to the Terms and Conditions';

function createAccount(): HTMLElement {
  return screen.getByRole('button', { name: 'Create account' });
}

it('shows the default fields (Preferred username among them) and the appended terms checkbox after them', async () => {
  render(<App />);
  const preferred = await screen.findByLabelText(/^Preferred username/);
  const terms = screen.getByRole('checkbox', { name: TERMS });
  expect(preferred.tagName).toBe('INPUT');
  // The checkbox comes after every default field, as <Authenticator.SignUp.FormFields /> is rendered first.
  for (const field of [screen.getByLabelText(/^Email/), preferred, screen.getByLabelText(/^New password/), screen.getByLabelText(/^Confirm password/)]) {
    expect(field.compareDocumentPosition(terms) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  }
});

it('is invalid by default: the app rule says the terms must be agreed to, and Create account sends nothing until they are', async () => {
  const user = userEvent.setup();
  render(<App />);
  expect(await screen.findByText(MUST_AGREE)).toBeDefined();
  // Amplify UI disables the button while validationErrors has anything; Gatehouse keeps it enabled and stops the submit.
  expect(createAccount()).toHaveProperty('disabled', false);
  await user.type(screen.getByLabelText(/^Preferred username/), 'sammy');
  await user.type(screen.getByLabelText(/^Email/), 'sam@example.com');
  await user.type(screen.getByLabelText(/^New password/), 'Passw0rd!');
  await user.type(screen.getByLabelText(/^Confirm password/), 'Passw0rd!');
  await user.click(createAccount());
  expect(screen.getByText(MUST_AGREE)).toBeDefined();
  expect(screen.getByRole('heading', { level: 2, name: 'Create an account' })).toBeDefined();
  expect(await pool.client.admin.listUsers()).toEqual([]);
});

it('runs the default rules beside the app rule: agreeing clears the app rule, mismatched passwords still stop the submit', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText(/^Preferred username/), 'sammy');
  await user.type(screen.getByLabelText(/^Email/), 'sam@example.com');
  await user.type(screen.getByLabelText(/^New password/), 'Passw0rd!');
  await user.type(screen.getByLabelText(/^Confirm password/), 'Passw0rd?');
  await user.click(screen.getByRole('checkbox', { name: TERMS }));
  await waitFor(() => {
    expect(screen.queryByText(MUST_AGREE)).toBeNull();
  });
  // Amplify UI shows "Your passwords must match" as the field is left; Gatehouse's errors show on submit.
  await user.click(createAccount());
  expect(await screen.findByText('The passwords do not match.')).toBeDefined();
  expect(screen.queryByText(MUST_AGREE)).toBeNull();
  expect(await pool.client.admin.listUsers()).toEqual([]);
});

it('with the terms agreed to but no preferred username, the Preferred username field is invalid and nothing is sent', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText(/^Email/), 'sam@example.com');
  await user.type(screen.getByLabelText(/^New password/), 'Passw0rd!');
  await user.type(screen.getByLabelText(/^Confirm password/), 'Passw0rd!');
  await user.click(screen.getByRole('checkbox', { name: TERMS }));
  await user.click(createAccount());
  await waitFor(() => {
    expect(screen.getByLabelText(/^Preferred username/).getAttribute('aria-invalid')).toBe('true');
  });
  expect(pool.messagesTo('sam@example.com')).toEqual([]);
});

it('submits with a preferred username and the terms agreed to: the account is created and the code screen shows', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText(/^Preferred username/), 'sammy');
  await user.type(screen.getByLabelText(/^Email/), 'sammy@example.com');
  await user.type(screen.getByLabelText(/^New password/), 'Passw0rd!');
  await user.type(screen.getByLabelText(/^Confirm password/), 'Passw0rd!');
  await user.click(screen.getByRole('checkbox', { name: TERMS }));
  await user.click(createAccount());
  await screen.findByRole('heading', { level: 2, name: 'Confirm your account' });
  expect(screen.getByLabelText(/^Code/)).toBeDefined();
  await user.type(screen.getByLabelText(/^Code/), pool.codeSentTo('sammy@example.com'));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect(await screen.findByRole('heading', { level: 1, name: /^Hello / })).toBeDefined();
  const [stored] = await pool.client.admin.listUsers();
  expect(stored?.attributes).toMatchObject({ email: 'sammy@example.com', preferred_username: 'sammy' });
  // The terms checkbox is the app's: checked, never sent.
  expect(stored?.attributes).not.toHaveProperty('acknowledgement');
});
