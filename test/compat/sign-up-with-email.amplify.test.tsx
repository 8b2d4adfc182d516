import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { cognitoApi, latestCode } from '../cognito/api';
import type { AmplifyExample } from './amplify-example';
import App from './examples/sign-up-with-email/App';

// The same example with its service's real aws-amplify/auth signUp, on an email-as-username pool of the emulator
// (auth-with-email); the English vocabulary it puts on Amplify's I18n reaches the code screen through the adapter.
vi.mock('./examples/sign-up-with-email/client', async () => {
  const { amplifyExample } = await import('./amplify-example');
  return amplifyExample({ aws_cognito_username_attributes: ['EMAIL'], aws_cognito_verification_mechanisms: ['EMAIL'] });
});

it('signs up with the email lowercased in Cognito, and says where the code went in the app’s own words', async () => {
  const { setup } = (await import('./examples/sign-up-with-email/client')) as unknown as AmplifyExample;
  const user = userEvent.setup();
  render(<App />);
  expect(await screen.findByText('unauthenticated')).toBeDefined();
  await user.type(screen.getByLabelText(/^Email/), 'TEST.Amplify@example.com');
  await user.type(screen.getByLabelText(/^New password/), 'Passw0rd!');
  await user.type(screen.getByLabelText(/^Confirm password/), 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await screen.findByRole('heading', { level: 2, name: 'Confirm your account' }, { timeout: 5_000 });
  expect(screen.getByText(/^Enter this code: /)).toBeDefined();
  expect(screen.getByLabelText(/^Code/).getAttribute('placeholder')).toBe('Enter the code given');
  expect(await latestCode('test.amplify@example.com')).toMatch(/^\d{6}$/);
  const { Users } = await cognitoApi<{ Users: { Attributes: { Name: string; Value: string }[] }[] }>('ListUsers', { UserPoolId: setup.userPoolId });
  expect(Users.map((u) => u.Attributes.find((a) => a.Name === 'email')?.Value)).toEqual(['test.amplify@example.com']);
});
