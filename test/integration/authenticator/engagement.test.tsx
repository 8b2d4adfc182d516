import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCREENS } from '../../../src/Authenticator/registry.js';
import { createLocalAuthClient } from '../../../src/local.js';
import { Authenticator, useAuthenticator } from '../../../src/index.js';
import { PASSWORD } from '../../support/constants.js';
import { createInspectableStorage } from '../../support/local-pool.js';
import { findHeading, input } from '../../support/screens.js';

const loaded = vi.hoisted(() => ({ actions: 0 }));
vi.mock('../../../src/hooks/engine/actions/index.js', async (importOriginal) => {
  loaded.actions += 1;
  return importOriginal();
});

const EMAIL = 'prefetch@example.com';

/** The local pool, with a `prepare` to see when the Authenticator asks a client to get its calls ready. */
function poolClient() {
  const client = createLocalAuthClient({ storage: createInspectableStorage(), users: [{ username: EMAIL, password: PASSWORD }], passwordHashIterations: 1_000 });
  return { ...client, prepare: vi.fn() };
}

function renderSignIn() {
  const client = poolClient();
  render(<Authenticator client={client}>{() => <p>Signed in</p>}</Authenticator>);
  return client;
}

/** Lets the session check, idle callbacks and any prefetch run. */
async function idle(client: ReturnType<typeof poolClient>): Promise<void> {
  await act(async () => {
    await client.ready;
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

const card = () => document.querySelector('.gh-card') as HTMLElement;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('what the steps after the first screen need', () => {
  it('is not fetched while the visitor has not engaged: the screens, the actions, the client calls; all are once the focus is in the form', async () => {
    const forgot = vi.spyOn(SCREENS.forgotPassword, 'prefetch');
    const confirm = vi.spyOn(SCREENS.confirmSignIn, 'prefetch');
    const client = renderSignIn();
    await idle(client);
    expect(forgot).not.toHaveBeenCalled();
    expect(confirm).not.toHaveBeenCalled();
    expect(client.prepare).not.toHaveBeenCalled();
    expect(loaded.actions).toBe(0);

    act(() => {
      input('Email').focus();
    });
    await waitFor(() => {
      expect(forgot).toHaveBeenCalledTimes(1);
    });
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(client.prepare).toHaveBeenCalledTimes(1);
    await waitFor(() => {
      expect(loaded.actions).toBe(1);
    });
  });

  it('is fetched once the page is idle when the app shows its own screens over the Provider (no view to engage with)', async () => {
    const client = poolClient();
    function OwnScreen() {
      const { route } = useAuthenticator((context) => [context.route]);
      return <p>On {route}</p>;
    }
    render(
      <Authenticator.Provider client={client}>
        <OwnScreen />
      </Authenticator.Provider>,
    );
    // Amplify UI's route while no Authenticator view shows the flow.
    await screen.findByText('On setup');
    await waitFor(() => {
      expect(client.prepare).toHaveBeenCalledTimes(1);
    });
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
    expect(client.prepare).toHaveBeenCalledTimes(1);
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
