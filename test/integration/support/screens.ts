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
