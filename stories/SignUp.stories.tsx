import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Authenticator } from '../src/index.ts';
import { PASSWORD } from '../test/support/constants.ts';
import { localPool, USERS } from '../test/support/users.ts';
import { reach, screenTitled } from './support/reach.ts';
import { scriptedClient } from '../test/support/scripted-client.ts';
import { localOf, renderAuthenticator, withClient } from './support/story.tsx';

const meta = {
  title: 'Screens/Sign up',
  component: Authenticator,
  render: renderAuthenticator,
  args: { initialState: 'signUp' },
  ...withClient(() => localPool({ users: [USERS.confirmed, USERS.unconfirmed] })),
} satisfies Meta<typeof Authenticator>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The checklist under the new password ticks rules off as they are typed. */
export const WithPasswordChecklist: Story = {
  play: async ({ canvasElement }) => {
    const screen = await screenTitled(canvasElement, 'Create an account');
    await expect(within(canvasElement).getByRole('tab', { name: 'Create account' })).toHaveAttribute('aria-selected', 'true');
    const password = screen.getByLabelText('New password');
    await expect(password).toHaveAttribute('autocomplete', 'new-password');
    await userEvent.type(password, 'passw');
    await expect(screen.getByText('a lowercase letter')).toHaveTextContent(/^Met:/);
    await expect(screen.getByText('at least 8 characters')).toHaveTextContent(/^Missing:/);
    await expect(screen.getByText('a symbol, like ! or ?')).toHaveTextContent(/^Missing:/);
    await userEvent.type(password, '0rD!');
    for (const rule of ['at least 8 characters', 'a lowercase letter', 'an uppercase letter', 'a number', 'a symbol, like ! or ?']) {
      await expect(screen.getByText(rule)).toHaveTextContent(/^Met:/);
    }
    // A mismatched confirmation is caught before anything is sent.
    await userEvent.type(screen.getByLabelText('Email'), 'new@example.com');
    await userEvent.type(screen.getByLabelText('Confirm password'), 'passw0rD?');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await expect(await screen.findByText('The passwords do not match.')).toBeVisible();
  },
};

/** Attributes the pool requires (first and last name) and one the app asks for besides (phone number). */
export const WithExtraAttributes: Story = {
  args: { signUpAttributes: ['given_name', 'family_name', 'phone_number'] },
  ...withClient(() => localPool({ attributes: { given_name: { required: true }, family_name: { required: true } } })),
  play: async ({ canvasElement }) => {
    const screen = await screenTitled(canvasElement, 'Create an account');
    await expect(screen.getByLabelText('First name')).toHaveAttribute('aria-required', 'true');
    await expect(screen.getByLabelText('Last name')).toHaveAttribute('aria-required', 'true');
    await expect(screen.getByLabelText('Phone number')).not.toHaveAttribute('aria-required');
    await expect(screen.getByRole('combobox', { name: 'Country code' })).toHaveValue('+1');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await expect(await screen.findAllByText('This field is required.')).toHaveLength(5);
  },
};

/** Custom attributes typed by the pool's schema: a Boolean is a checkbox, a DateTime a date and time, a Number has bounds. */
export const WithTypedCustomAttributes: Story = {
  args: {
    formFields: {
      signUp: {
        'custom:age': { label: 'Age' },
        'custom:newsletter': { label: 'Send me the newsletter' },
        'custom:renewal': { label: 'Renewal' },
      },
    },
  },
  ...withClient(() =>
    scriptedClient({
      backendConfig: {
        userAttributes: [
          { name: 'custom:age', dataType: 'Number', required: false, mutable: true, minValue: 18, maxValue: 120 },
          { name: 'custom:newsletter', dataType: 'Boolean', required: false, mutable: true },
          { name: 'custom:renewal', dataType: 'DateTime', required: false, mutable: true },
        ],
      },
    }),
  ),
  play: async ({ canvasElement }) => {
    const screen = await screenTitled(canvasElement, 'Create an account');
    await expect(screen.getByRole('checkbox', { name: 'Send me the newsletter' })).not.toBeChecked();
    await expect(screen.getByLabelText('Renewal')).toHaveAttribute('type', 'datetime-local');
    await userEvent.type(screen.getByLabelText('Age'), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await expect(await screen.findByText('Enter 18 or more.')).toBeVisible();
  },
};

/** A sign-up that needs a code: the pool emailed one, and the screen says where (masked). */
export const ConfirmSignUp: Story = {
  play: async ({ canvasElement, loaded }) => {
    const form = await screenTitled(canvasElement, 'Create an account');
    await userEvent.type(form.getByLabelText('Email'), 'hedy@example.com');
    await userEvent.type(form.getByLabelText('New password'), PASSWORD);
    await userEvent.type(form.getByLabelText('Confirm password'), PASSWORD);
    await userEvent.click(form.getByRole('button', { name: 'Create account' }));
    const screen = await screenTitled(canvasElement, 'Confirm your account');
    await expect(screen.getByText('We emailed a code to h***@e***.')).toBeVisible();
    await expect(screen.getByLabelText('Code')).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(screen.getByRole('button', { name: 'Send a new code' })).toBeEnabled();
    await expect(localOf(loaded).outbox.latest('hedy@example.com')?.code).toMatch(/^\d{6}$/);
  },
};

/** An unconfirmed user who signs in is sent a fresh code and lands on the same screen. */
export const ConfirmSignUpAfterSignIn: Story = {
  args: { initialState: 'signIn' },
  play: async ({ canvasElement }) => {
    const screen = await reach(canvasElement, { login: USERS.unconfirmed.username, password: PASSWORD }, 'Confirm your account');
    await expect(screen.getByText('We emailed a code to g***@e***.')).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Back to sign in' })).toBeEnabled();
  },
};
