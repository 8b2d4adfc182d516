import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCREENS } from '../../../src/Authenticator/registry.js';
import { createLocalAuthClient } from '../../../src/local.js';
import { Authenticator } from '../../../src/index.js';
import { PASSWORD } from '../../support/constants.js';
import { createInspectableStorage } from '../../support/local-pool.js';
import { findHeading, input } from '../../support/screens.js';

const EMAIL = 'prefetch@example.com';

function renderSignIn() {
  const client = createLocalAuthClient({ storage: createInspectableStorage(), users: [{ username: EMAIL, password: PASSWORD }], passwordHashIterations: 1_000 });
  render(<Authenticator client={client}>{() => <p>Signed in</p>}</Authenticator>);
  return client;
}

/** Lets the session check, idle callbacks and any prefetch run. */
async function idle(client: ReturnType<typeof createLocalAuthClient>): Promise<void> {
  await act(async () => {
    await client.ready;
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

const card = () => document.querySelector('.gh-card') as HTMLElement;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the screens behind the first one', () => {
  it('are not fetched while the visitor has not engaged, and are once the focus is in the form', async () => {
    const forgot = vi.spyOn(SCREENS.forgotPassword, 'prefetch');
    const confirm = vi.spyOn(SCREENS.confirmSignIn, 'prefetch');
    const client = renderSignIn();
    await idle(client);
    expect(forgot).not.toHaveBeenCalled();
    expect(confirm).not.toHaveBeenCalled();

    act(() => {
      input('Email').focus();
    });
    await waitFor(() => {
      expect(forgot).toHaveBeenCalledTimes(1);
    });
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it('are fetched once a pointer comes over the card, and only once however often it does', async () => {
    const forgot = vi.spyOn(SCREENS.forgotPassword, 'prefetch');
    const client = renderSignIn();
    await idle(client);
    expect(forgot).not.toHaveBeenCalled();

    fireEvent.pointerOver(card());
    fireEvent.pointerOver(card());
    act(() => {
      input('Email').focus();
    });
    await idle(client);
    expect(forgot).toHaveBeenCalledTimes(1);
  });

  it('of each new screen are fetched as soon as it shows once the visitor has engaged', async () => {
    const confirmReset = vi.spyOn(SCREENS.confirmResetPassword, 'prefetch');
    const client = renderSignIn();
    await idle(client);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    await findHeading('Reset your password');
    await waitFor(() => {
      expect(confirmReset).toHaveBeenCalledTimes(1);
    });
  });
});
