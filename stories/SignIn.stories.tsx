import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Authenticator } from '../src/index.ts';
import { PASSWORD } from '../test/support/constants.ts';
import { localPool, USERS } from '../test/support/users.ts';
import { screenTitled, signIn } from './support/reach.ts';
import { PENDING, scriptedClient } from '../test/support/scripted-client.ts';
import { renderAuthenticator, scriptedOf, withClient } from './support/story.tsx';

const meta = {
  title: 'Screens/Sign in',
  component: Authenticator,
  render: renderAuthenticator,
  ...withClient(() => localPool({ users: [USERS.confirmed] })),
} satisfies Meta<typeof Authenticator>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first screen: the sign-in tab, with the login and password fields. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const screen = await screenTitled(canvasElement, 'Sign in');
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tab', { name: 'Sign in' })).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByRole('tab', { name: 'Create account' })).toHaveAttribute('aria-selected', 'false');
    await expect(screen.getByLabelText('Email')).toHaveAttribute('autocomplete', 'username');
    await expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    await expect(screen.getByRole('button', { name: 'Forgot your password?' })).toBeEnabled();
  },
};

/** Social providers above the form, with the pool's simulated identity providers behind them. */
export const WithSocialProviders: Story = {
  args: { socialProviders: ['google', 'apple', 'facebook', 'amazon'] },
  ...withClient(() =>
    localPool({
      users: [USERS.confirmed],
      federation: [
        { provider: 'Google', attributes: { email: 'ada@gmail.example' } },
        { provider: 'Apple', attributes: { email: 'ada@icloud.example' } },
        { provider: 'Facebook', attributes: { email: 'ada@facebook.example' } },
        { provider: 'Amazon', attributes: { email: 'ada@amazon.example' } },
      ],
    }),
  ),
  play: async ({ canvasElement }) => {
    const screen = await screenTitled(canvasElement, 'Sign in');
    for (const provider of ['Google', 'Apple', 'Facebook', 'Amazon']) {
      await expect(screen.getByRole('button', { name: `Sign in with ${provider}` })).toBeEnabled();
    }
    await expect(screen.getByText('or')).toBeVisible();
  },
};

/** A wrong password: the pool's NotAuthorizedException, announced above the form; what was typed stays. */
export const WrongPassword: Story = {
  play: async ({ canvasElement }) => {
    await signIn(canvasElement, { login: USERS.confirmed.username, password: 'not-the-password' });
    const screen = await screenTitled(canvasElement, 'Sign in');
    await expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect username or password.');
    await expect(screen.getByLabelText('Email')).toHaveValue(USERS.confirmed.username);
  },
};

/** The page was reloaded in the middle of a sign-in whose session has ended since: back at sign-in, saying why. */
export const SessionEndedAfterReload: Story = {
  ...withClient(() => scriptedClient({ resumeSignIn: { status: 'expired' } })),
  play: async ({ canvasElement }) => {
    const screen = await screenTitled(canvasElement, 'Sign in');
    await expect(await screen.findByRole('alert')).toHaveTextContent('Your sign-in session expired. Please sign in again.');
  },
};

/** Reloaded at the code step of a sign-in still in progress: the same screen, with where the code went. */
export const ResumedAfterReload: Story = {
  ...withClient(() =>
    scriptedClient({
      resumeSignIn: {
        status: 'inProgress',
        username: USERS.sms.username,
        nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE', codeDeliveryDetails: { deliveryMedium: 'SMS', destination: '+*******0100' } },
      },
    }),
  ),
  play: async ({ canvasElement }) => {
    const screen = await screenTitled(canvasElement, 'Enter your code');
    await expect(screen.getByText('We texted a code to +*******0100.')).toBeVisible();
  },
};

/** While the sign-in call runs: the button is busy and says so, and a second submit is impossible. */
export const Pending: Story = {
  ...withClient(() => scriptedClient({ signIn: PENDING })),
  play: async ({ canvasElement, loaded }) => {
    await signIn(canvasElement, { login: USERS.confirmed.username, password: PASSWORD });
    const screen = within(canvasElement);
    const busy = await screen.findByRole('button', { name: 'Signing in…' });
    await expect(busy).toBeDisabled();
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    // Navigation stays usable while a request is out: a call that never answers must not trap the user.
    await expect(screen.getByRole('button', { name: 'Forgot your password?' })).toBeEnabled();
    await expect(scriptedOf(loaded).calls.filter((call) => call.name === 'signIn')).toEqual([
      { name: 'signIn', input: { username: USERS.confirmed.username, password: PASSWORD } },
    ]);
  },
};

/** `hideSignUp`: sign-in alone, without the tabs. */
export const WithoutSignUp: Story = {
  args: { hideSignUp: true },
  play: async ({ canvasElement }) => {
    await screenTitled(canvasElement, 'Sign in');
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('tablist')).toBeNull();
    await expect(canvas.queryByRole('tab', { name: 'Create account' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Forgot your password?' }));
    await screenTitled(canvasElement, 'Reset your password');
  },
};
