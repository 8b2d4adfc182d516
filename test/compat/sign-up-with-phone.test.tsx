import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import App from './examples/sign-up-with-phone/App';
import { pool } from './examples/sign-up-with-phone/client';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-up-with-phone.feature, on the local pool,
// in Gatehouse's English ("Phone number", "Create account").

it('asks for Phone number (autocompleting username) and Email (where the code goes), not Username; new-password fields', async () => {
  render(<App />);
  const phone = await screen.findByLabelText(/^Phone number/, { selector: 'input' });
  expect(phone).toHaveProperty('type', 'tel');
  expect(phone).toHaveProperty('autocomplete', 'username');
  expect(screen.getByLabelText(/^Email/)).toHaveProperty('type', 'email');
  expect(screen.getByLabelText(/^New password/)).toHaveProperty('autocomplete', 'new-password');
  expect(screen.getByLabelText(/^Confirm password/)).toHaveProperty('autocomplete', 'new-password');
  expect(screen.queryByLabelText(/^Username/)).toBeNull();
});

it('signs up with a phone number and password, sends the code to the email, and confirms it', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText(/^Phone number/, { selector: 'input' }), '2025550123');
  await user.type(screen.getByLabelText(/^New password/), 'Passw0rd!');
  await user.type(screen.getByLabelText(/^Confirm password/), 'Passw0rd!');
  await user.type(screen.getByLabelText(/^Email/), 'phone-user@example.com');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await screen.findByRole('heading', { level: 2, name: 'Confirm your account' });
  await user.type(screen.getByLabelText(/^Code/), pool.codeSentTo('phone-user@example.com'));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Hello' })).toBeDefined();
  const [created] = await pool.client.admin.listUsers();
  expect(created?.attributes).toMatchObject({ phone_number: '+12025550123', email: 'phone-user@example.com' });
});
