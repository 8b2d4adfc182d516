import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AccountSettings, AuthError } from '../src/index.ts';
import { renderAccountSettings, withAccount } from './support/account.tsx';
import { SCREEN_TIMEOUT } from './support/reach.ts';
import { PENDING } from '../test/support/scripted-client.ts';

const meta = {
  title: 'Account center/Whole center',
  component: AccountSettings,
  render: renderAccountSettings,
  ...withAccount(),
} satisfies Meta<typeof AccountSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

const SECTION_HEADINGS = ['Profile', 'Change password', 'Two-step verification', 'Passkeys', 'Remembered devices', 'Sign out everywhere', 'Delete account'];

async function everySection(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  for (const name of SECTION_HEADINGS) await expect(await canvas.findByRole('region', { name }, SCREEN_TIMEOUT)).toBeVisible();
  await canvas.findByText('Work laptop', {}, SCREEN_TIMEOUT);
  await canvas.findByText('Pixel 9', {}, SCREEN_TIMEOUT);
  await canvas.findByLabelText(/^First name/, {}, SCREEN_TIMEOUT);
}

/** Every section a pool with MFA, passkeys and device tracking supports, loaded. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    await everySection(canvasElement);
    await expect(within(canvasElement).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(SECTION_HEADINGS);
  },
};

/** The same in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await everySection(canvasElement);
  },
};

/** Right to left. */
export const Arabic: Story = {
  args: { language: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('region', { name: 'الملف الشخصي' }, { timeout: 8_000 })).toBeVisible();
    await expect(canvasElement.querySelector('.gh-account')).toHaveAttribute('dir', 'rtl');
  },
};

/** While the account is read: each section busy. */
export const Reading: Story = {
  ...withAccount({ fetchUserAttributes: PENDING, fetchMFAPreference: PENDING, listWebAuthnCredentials: PENDING, fetchDevices: PENDING }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findAllByText('Loading…', {}, SCREEN_TIMEOUT)).toHaveLength(4);
  },
};

/** The account cannot be read: each section says so, with a way to try again. */
export const ReadFailed: Story = {
  ...withAccount({
    fetchUserAttributes: new AuthError({ name: 'NetworkError', message: 'offline' }),
    listWebAuthnCredentials: new AuthError({ name: 'NetworkError', message: 'offline' }),
    fetchDevices: new AuthError({ name: 'NetworkError', message: 'offline' }),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The sections come in one by one: wait for every failed read, not the first.
    await waitFor(async () => {
      await expect(canvas.getAllByRole('button', { name: 'Try again' }).length).toBeGreaterThanOrEqual(3);
    }, SCREEN_TIMEOUT);
  },
};

/** Only the sections the app names. */
export const SomeSections: Story = {
  args: { sections: ['ChangePassword', 'DeleteUser'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('region', { name: 'Delete account' }, SCREEN_TIMEOUT);
    await expect(canvas.getAllByRole('region')).toHaveLength(2);
  },
};

/** A section replaced whole: the replacement gets the section's hook. */
export const ReplacedSection: Story = {
  args: {
    sections: ['SignOutEverywhere'],
    components: {
      SignOutEverywhere: {
        Section: ({ section }) => (
          <section aria-label="Sessions">
            <button type="button" onClick={section.signOutEverywhere}>
              End all my sessions
            </button>
          </section>
        ),
      },
    },
  },
  ...withAccount({ signOut: undefined }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'End all my sessions' }, SCREEN_TIMEOUT));
    await expect(await canvas.findByRole('heading', { level: 2, name: 'Sign in' }, SCREEN_TIMEOUT)).toBeVisible();
  },
};

