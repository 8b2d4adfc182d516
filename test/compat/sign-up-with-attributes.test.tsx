import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import App from './examples/sign-up-with-attributes/App';

// Amplify UI's packages/e2e/features/ui/components/authenticator/sign-up-with-attributes.feature, on the local
// pool, in Gatehouse's labels ("First name", "Last name", "Full name", "Date of birth", "Profile URL"…).
// Difference: Amplify UI shows only the attributes it has fields for and leaves out address, gender, locale,
// picture, updated_at and zoneinfo even when the pool requires them (Cognito then refuses the sign-up); Gatehouse
// asks for every required attribute, those six included.

/** The input a label names, and its type. */
function typeOf(label: RegExp): string {
  return screen.getByLabelText<HTMLInputElement>(label, { selector: 'input' }).type;
}

const AMPLIFY_UI_FIELDS: [RegExp, string][] = [
  [/^Email/, 'email'],
  [/^Phone number/, 'tel'],
  [/^Date of birth/, 'date'],
  [/^Last name/, 'text'],
  [/^Middle name/, 'text'],
  [/^First name/, 'text'],
  [/^Full name/, 'text'],
  [/^Nickname/, 'text'],
  [/^Preferred username/, 'text'],
  [/^Profile URL/, 'url'],
  [/^Website/, 'url'],
];

it('sign-up asks for Username and every attribute Amplify UI shows, each with its input type', async () => {
  render(<App />);
  await screen.findByRole('heading', { level: 2, name: 'Create an account' });
  expect(typeOf(/^Username/)).toBe('text');
  for (const [label, type] of AMPLIFY_UI_FIELDS) expect([label, typeOf(label)]).toEqual([label, type]);
});

it('sign-up also asks for the required attributes Amplify UI leaves out (address, gender, locale, picture, updated_at, zoneinfo)', async () => {
  render(<App />);
  await screen.findByRole('heading', { level: 2, name: 'Create an account' });
  for (const name of ['address', 'gender', 'locale', 'picture', 'updated_at', 'zoneinfo']) {
    const input = document.querySelector(`input[name="${name}"]`);
    expect([name, input?.getAttribute('aria-required')]).toEqual([name, 'true']);
  }
  expect(typeOf(/^Picture URL/)).toBe('url');
});

it('the new password a temporary one requires asks for the missing attributes, and the example’s own Zone Info field after them', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(await screen.findByRole('tab', { name: 'Sign in' }));
  await user.type(await screen.findByLabelText(/^Username/), 'temp-user');
  await user.type(screen.getByLabelText(/^Password/), 'Temp0rary!');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { level: 2, name: 'Choose a new password' });
  for (const [label, type] of AMPLIFY_UI_FIELDS) expect([label, typeOf(label)]).toEqual([label, type]);
  const zoneInfo = screen.getByLabelText('Zone Info');
  expect(zoneInfo.getAttribute('placeholder')).toBe('Zone Info');
  expect(screen.getByLabelText(/^Website/).compareDocumentPosition(zoneInfo) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  // Gatehouse's own field for the required zoneinfo is there too (Amplify UI has none, hence the example's).
  expect(screen.getByLabelText(/^Time zone/)).toHaveProperty('name', 'zoneinfo');
});
