import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as OTPAuth from 'otpauth';
import { expect, it, vi } from 'vitest';
import { totpCode } from '../adapter/totp';
import { decodeQrSvg } from '../support/qr-decode';
import App from './examples/sign-in-totp-mfa/App';

// The same example through aws-amplify/auth against the emulator: auth-with-totp-mfa, whose pool requires MFA by
// authenticator app (MFA_SETUP at sign-in, AssociateSoftwareToken, VerifySoftwareToken), with a confirmed user.
vi.mock('./examples/sign-in-totp-mfa/client', async () => {
  const { amplifyExample } = await import('./amplify-example');
  const { createUser } = await import('../cognito/api');
  const example = await amplifyExample(
    { aws_cognito_username_attributes: ['EMAIL'], aws_cognito_verification_mechanisms: ['EMAIL'], aws_cognito_mfa_configuration: 'ON', aws_cognito_mfa_types: ['TOTP'] },
    { pool: { MfaConfiguration: 'ON' } },
  );
  await createUser(example.setup, { email: 'totp-amplify@example.com' });
  return example;
});

it('sets up TOTP at a Cognito sign-in from the QR code for "My Web App", refusing a wrong code first', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText('Email'), 'totp-amplify@example.com');
  await user.type(screen.getByLabelText('Password'), 'Passw0rd!');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  const qr = await screen.findByRole('img', { name: 'QR code to add totp-amplify@example.com to an authenticator app' }, { timeout: 10_000 });
  await waitFor(() => {
    expect(qr.getAttribute('aria-busy')).toBe('false');
  });
  const svg = qr.querySelector('svg');
  if (!svg) throw new Error('The QR code has no SVG');
  const uri = OTPAuth.URI.parse(decodeQrSvg(svg));
  expect([uri.issuer, uri.label]).toEqual(['My Web App', 'totp-amplify@example.com']);
  await user.type(screen.getByLabelText('Code'), '000000');
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect((await screen.findByRole('alert', {}, { timeout: 5_000 })).textContent).toContain('That code is not right. Check it and try again.');
  await user.clear(screen.getByLabelText('Code'));
  await user.type(screen.getByLabelText('Code'), totpCode(uri.secret.base32));
  await user.click(screen.getByRole('button', { name: 'Confirm' }));
  expect(await screen.findByRole('button', { name: 'Sign out' }, { timeout: 10_000 })).toBeDefined();
});
