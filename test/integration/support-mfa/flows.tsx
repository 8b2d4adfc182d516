import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { Authenticator, type AuthenticatorProps } from '../../../src/index.js';
import type { LocalPoolConfig, SeedUser } from '../../../src/local.js';
import { createTestPool, type TestPool } from '../../support/local-pool.js';

/** The seeded password of these tests. */
export const PASSWORD = 'Passw0rd!';
/** A base32 TOTP secret that seeded users' authenticator apps already hold. */
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const EMAIL = 'ada@example.com';
export const PHONE = '+15555550100';

/** A pool on the test clock (fixed, moved by `pool.advance`), seeded with `users`. */
export function mfaPool(config: LocalPoolConfig, users: SeedUser[]): TestPool {
  return createTestPool({ ...config, users });
}

/** The Authenticator on the pool, in English, showing its own signed-in view ("Signed in as …", Sign out). */
export function renderAuthenticator(pool: TestPool, props: Omit<AuthenticatorProps, 'client'> = {}): UserEvent {
  // No pause between keystrokes: the screens do not depend on typing speed, and the suite stays fast.
  const user = userEvent.setup({ delay: null });
  render(<Authenticator client={pool.client} language="en" {...props} />);
  return user;
}

export async function signInWithPassword(user: UserEvent, username: string, { password = PASSWORD, label = /^Email/ }: { password?: string; label?: RegExp } = {}): Promise<void> {
  await user.type(await screen.findByLabelText(label), username);
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

export function codeField(): HTMLInputElement {
  return screen.getByLabelText<HTMLInputElement>(/^Code/);
}

/** Types a code into the (cleared) code field and submits it. */
export async function submitCode(user: UserEvent, code: string, submit = 'Confirm'): Promise<void> {
  const field = codeField();
  await user.clear(field);
  await user.type(field, code);
  await user.click(screen.getByRole('button', { name: submit }));
}

/** A six-digit code that is surely not `code`. */
export function wrongCode(code: string): string {
  return code === '000000' ? '111111' : '000000';
}

export async function findHeading(name: string): Promise<HTMLElement> {
  return screen.findByRole('heading', { name });
}

export async function expectSignedIn(name: string): Promise<void> {
  expect(await screen.findByText(`Signed in as ${name}`)).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Back to sign in' })).toBeNull();
}

/** Every screen after the first has a way back to sign-in. */
export function expectBackToSignIn(): void {
  expect(screen.getByRole('button', { name: 'Back to sign in' })).toBeTruthy();
}

/** The screen's error alert, which must say exactly `message`. */
export async function expectAlert(message: string): Promise<void> {
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe(message);
}

/** The names of the buttons in the screen's list of choices (the passkey prompt, the first-factor choice). */
export function choiceButtons(container: HTMLElement = document.body): string[] {
  const choices = container.querySelector('.gh-choices');
  if (!(choices instanceof HTMLElement)) throw new Error('The screen has no list of choices.');
  return within(choices)
    .queryAllByRole('button')
    .map((button) => button.textContent);
}

export function radioNames(groupName: string): string[] {
  const group = screen.getByRole('radiogroup', { name: groupName });
  return within(group)
    .getAllByRole('radio')
    .map((radio) => radio.getAttribute('aria-labelledby') ?? '')
    .map((id) => document.getElementById(id)?.textContent ?? '');
}
