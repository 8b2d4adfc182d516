import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';

/** The current screen's heading (every screen has one h2), once it shows this text. */
export function findHeading(name: string): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 2, name });
}

/** The text of the screen's error alert, once there is one. */
export async function findAlertText(): Promise<string> {
  const alert = await screen.findByRole('alert');
  return alert.textContent;
}

/** The text of the screen's notice (role status), once there is one. */
export async function findNoticeText(): Promise<string> {
  const notice = await screen.findByRole('status');
  return notice.textContent;
}

export function input(label: string | RegExp): HTMLInputElement {
  return screen.getByLabelText<HTMLInputElement>(label, { selector: 'input' });
}

/** The message rendered under a field (its aria-describedby error). */
export function fieldError(label: string | RegExp): string | undefined {
  const field = input(label);
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const error = ids.map((id) => document.getElementById(id)).find((element) => element?.classList.contains('gh-field__error'));
  return error?.textContent;
}

export async function typeInto(user: UserEvent, label: string | RegExp, text: string): Promise<void> {
  const field = input(label);
  await user.clear(field);
  await user.type(field, text);
}

/** Fills the sign-in form (email login) and submits it. */
export async function signIn(user: UserEvent, username: string, password: string, usernameLabel: string | RegExp = 'Email'): Promise<void> {
  // After a sign-out or a step back, the sign-in screen may still be on its way.
  await screen.findByLabelText(usernameLabel, { selector: 'input' });
  await typeInto(user, usernameLabel, username);
  await typeInto(user, 'Password', password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

/** The live password checklist: each rule's text and whether it says it is met. */
export function checklist(): Record<string, 'met' | 'missing'> {
  const title = screen.getByText('Password requirements');
  const list = within(title.parentElement ?? document.body).getByRole('list');
  const rules: Record<string, 'met' | 'missing'> = {};
  for (const item of within(list).getAllByRole('listitem')) {
    const match = /^(Met|Missing): [✓•](.+)$/.exec(item.textContent);
    expect(match, `checklist item "${item.textContent}"`).not.toBeNull();
    if (match?.[1] !== undefined && match[2] !== undefined) rules[match[2]] = match[1] === 'Met' ? 'met' : 'missing';
  }
  return rules;
}

/** Whether an element currently holds the focus. */
export function hasFocus(element: Element): boolean {
  return document.activeElement === element;
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

/** The Authenticator's own signed-in view shows, with no way back to sign-in. */
export async function expectSignedIn(name: string): Promise<void> {
  await screen.findByText(`Signed in as ${name}`);
  expect(screen.queryByRole('button', { name: 'Back to sign in' })).toBeNull();
}

/** Every screen after the first has a way back to sign-in. */
export function expectBackToSignIn(): void {
  screen.getByRole('button', { name: 'Back to sign in' });
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
