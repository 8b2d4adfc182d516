import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Authenticator } from '../src/index.ts';
import { PASSWORD, TEMPORARY_PASSWORD } from '../test/support/constants.ts';
import { localPool, USERS } from '../test/support/users.ts';
import { reach, SCREEN_TIMEOUT } from './support/reach.ts';
import { clientOf, renderAuthenticator, withClient } from './support/story.tsx';

const meta = {
  title: 'Screens/Sign-in challenges',
  component: Authenticator,
  render: renderAuthenticator,
} satisfies Meta<typeof Authenticator>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * First sign-in with a temporary password, in a pool that requires a first name the administrator left
 * out: the new password, its confirmation, and the missing attribute.
 */
export const ForceNewPassword: Story = {
  ...withClient(() => localPool({ attributes: { given_name: { required: true } }, users: [USERS.newPassword] })),
  play: async ({ canvasElement }) => {
    const screen = await reach(canvasElement, { login: USERS.newPassword.username, password: TEMPORARY_PASSWORD }, 'Choose a new password');
    await expect(screen.getByText('Your account needs a new password before you continue.')).toBeVisible();
    await expect(screen.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
    await expect(screen.getByLabelText('Confirm password')).toBeVisible();
    await expect(screen.getByLabelText('First name')).toHaveAttribute('aria-required', 'true');
    await expect(screen.getByText('Password requirements')).toBeVisible();
  },
};

/**
 * A custom challenge (Cognito's custom auth triggers): the app's `services.handleSignIn` asks for the
 * CUSTOM_WITHOUT_SRP flow, and the screen shows the challenge's hint.
 */
export const CustomChallenge: Story = {
  ...withClient(() =>
    localPool({
      users: [USERS.confirmed],
      customAuth: {
        createAuthChallenge: () => ({ publicChallengeParameters: { hint: 'What is 3 + 4?' }, privateChallengeParameters: { answer: '7' } }),
        verifyAuthChallengeResponse: ({ privateChallengeParameters, challengeAnswer }) => ({ answerCorrect: challengeAnswer.trim() === privateChallengeParameters.answer }),
      },
    }),
  ),
  render: (args, { loaded }) => {
    const client = clientOf(loaded);
    return (
      <Authenticator
        {...args}
        client={client}
        services={{ handleSignIn: (input) => client.signIn({ ...input, options: { ...input.options, authFlowType: 'CUSTOM_WITHOUT_SRP' } }) }}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const screen = await reach(canvasElement, { login: USERS.confirmed.username, password: PASSWORD }, 'One more step');
    await expect(screen.getByText('What is 3 + 4?')).toBeVisible();
    await userEvent.type(screen.getByLabelText('Answer'), '7');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await expect(await within(canvasElement).findByText(`Signed in as ${USERS.confirmed.username}`, {}, SCREEN_TIMEOUT)).toBeVisible();
  },
};
