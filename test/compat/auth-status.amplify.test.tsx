import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { cognitoApi } from '../cognito/api';
import type { AmplifyExample } from './amplify-example';
import App from './examples/auth-status/App';
import { reloadPage } from './examples/auth-status/client';

// The same example with the real aws-amplify/auth signIn and signOut, on a username pool of the emulator
// (auth-with-username-no-attributes): the adapter hears them on Hub, and the Provider's authStatus follows.
vi.mock('./examples/auth-status/client', async () => {
  const { amplifyExample } = await import('./amplify-example');
  const { createAmplifyAuthClient } = await import('gatehouse/amplify');
  const example = await amplifyExample({ aws_cognito_username_attributes: [], aws_cognito_verification_mechanisms: ['EMAIL'] }, { pool: { UsernameAttributes: [] } });
  const module = {
    ...example,
    // A reload: a new adapter over the same Amplify configuration and token storage (the page reads `client` anew).
    reloadPage: () => {
      module.client = createAmplifyAuthClient();
    },
  };
  return module;
});

it('follows the app’s own Amplify sign-in and sign-out through Hub, and a reload keeps the session Amplify stored', async () => {
  const example = (await import('./examples/auth-status/client')) as unknown as AmplifyExample;
  const { userPoolId } = example.setup;
  await cognitoApi('AdminCreateUser', { UserPoolId: userPoolId, Username: 'ada', TemporaryPassword: 'Passw0rd!', MessageAction: 'SUPPRESS' });
  await cognitoApi('AdminSetUserPassword', { UserPoolId: userPoolId, Username: 'ada', Password: 'Passw0rd!', Permanent: true });
  const user = userEvent.setup();
  const page = render(<App />);
  expect(await screen.findByText('unauthenticated')).toBeDefined();
  await user.type(screen.getByLabelText('Username'), 'ada');
  await user.type(screen.getByLabelText('Password'), 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Sign In' }));
  expect(await screen.findByText('authenticated', {}, { timeout: 10_000 })).toBeDefined();

  page.unmount();
  const before = example.client;
  reloadPage();
  expect(example.client).not.toBe(before);
  render(<App />);
  expect(await screen.findByText('authenticated')).toBeDefined();
  await user.click(screen.getByRole('button', { name: 'Sign Out' }));
  expect(await screen.findByText('unauthenticated')).toBeDefined();
});
