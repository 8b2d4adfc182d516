import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect } from 'storybook/test';
import { Authenticator, type AuthClient } from '../src/index.ts';
import { localPool, USERS } from '../test/support/users.ts';
import { screenTitled } from './support/reach.ts';
import { clientOf, withClient } from './support/story.tsx';

/** The main theme variables, as an app sets them on an ancestor of the Authenticator. */
interface ThemeVariables {
  primary: string;
  surface: string;
  text: string;
  border: string;
  radius: string;
  fontFamily: string;
  width: string;
}

function ThemedAuthenticator({ client, ...theme }: ThemeVariables & { client: AuthClient }) {
  const style = {
    '--gh-color-primary': theme.primary,
    '--gh-color-surface': theme.surface,
    '--gh-color-text': theme.text,
    '--gh-color-border': theme.border,
    '--gh-radius': theme.radius,
    '--gh-font-family': theme.fontFamily,
    '--gh-width': theme.width,
  } as CSSProperties;
  return (
    <div style={style} data-testid="theme-root">
      <Authenticator client={client} language="en" />
    </div>
  );
}

const meta = {
  title: 'Theming/Variables',
  render: (args, { loaded }) => <ThemedAuthenticator {...args} client={clientOf(loaded)} />,
  ...withClient(() => localPool({ users: [USERS.confirmed] })),
  args: {
    primary: '#6d28d9',
    surface: '#ffffff',
    text: '#1b1f24',
    border: '#8c959f',
    radius: '0.5rem',
    fontFamily: 'system-ui, sans-serif',
    width: '26rem',
  },
  argTypes: {
    primary: { control: 'color', description: '`--gh-color-primary`: buttons, links, the focus ring' },
    surface: { control: 'color', description: '`--gh-color-surface`: the card' },
    text: { control: 'color', description: '`--gh-color-text`' },
    border: { control: 'color', description: '`--gh-color-border`: inputs and the card (keep 3:1 against the surface)' },
    radius: { control: 'text', description: '`--gh-radius`' },
    fontFamily: { control: 'text', description: '`--gh-font-family`' },
    width: { control: 'text', description: '`--gh-width`: the card' },
  },
  // A live editor, not a screen state: its colours are whatever the reader picks, so axe is not asked.
  parameters: { a11y: { test: 'off' } },
} satisfies Meta<ThemeVariables>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Edit the controls below: the variables are set on a wrapper, as an app sets them on its own element. */
export const LiveEdit: Story = {
  play: async ({ canvasElement }) => {
    const screen = await screenTitled(canvasElement, 'Sign in');
    const button = screen.getByRole('button', { name: 'Sign in' });
    // #6d28d9, the control's value, reaches the button from the wrapper.
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(109, 40, 217)');
  },
};
