import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { cognitoApi, latestCode } from '../cognito/api';
import type { AmplifyExample } from './amplify-example';
import App from './examples/override-function-calls/App';

// The same example with its service's real aws-amplify/auth signUp: auth-with-email, an email-as-username pool.
vi.mock('./examples/override-function-calls/client', async () => {
  const { amplifyExample } = await import('./amplify-example');
  return amplifyExample({ aws_cognito_username_attributes: ['EMAIL'], aws_cognito_verification_mechanisms: ['EMAIL'] });
});

it('signs up through the service’s own signUp call to Cognito, which stores the lowercased email and sends the code there', async () => {
  const { setup } = (await import('./examples/override-function-calls/client')) as unknown as AmplifyExample;
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText(/^Email/), 'Override.Amplify@Example.COM');
  await user.type(screen.getByLabelText(/^New password/), 'Passw0rd!');
  await user.type(screen.getByLabelText(/^Confirm password/), 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await screen.findByRole('heading', { level: 2, name: 'Confirm your account' });
  // The confirmation that follows uses the name as typed, in Amplify UI as here: Cognito's pools match it
  // case-insensitively, the emulator does not, so this run stops at what the override changed.
  expect(await latestCode('override.amplify@example.com')).toMatch(/^\d{6}$/);
  const { Users } = await cognitoApi<{ Users: { Username: string; Attributes: { Name: string; Value: string }[] }[] }>('ListUsers', { UserPoolId: setup.userPoolId });
  expect(Users.map((u) => u.Attributes.find((a) => a.Name === 'email')?.Value)).toEqual(['override.amplify@example.com']);
});
