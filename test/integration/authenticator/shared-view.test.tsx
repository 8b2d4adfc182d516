import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Authenticator, useAuthenticator, type UseAuthenticator } from '../../../src/index.js';
import { PASSWORD } from '../../support/constants.js';
import { createLocalAuthClient } from '../../../src/local.js';
import { createInspectableStorage } from '../../support/local-pool.js';
import { findHeading } from '../../support/screens.js';

const seen: UseAuthenticator[] = [];

function Reader() {
  seen.push(useAuthenticator());
  return null;
}

function FieldNames() {
  const { fields } = useAuthenticator();
  return <p data-testid="fields">{fields.map((field) => field.name).join(' ')}</p>;
}

function LateReader() {
  const [shown, setShown] = useState(false);
  return shown ? (
    <FieldNames />
  ) : (
    <button
      type="button"
      onClick={() => {
        setShown(true);
      }}
    >
      show fields
    </button>
  );
}

describe('useAuthenticator’s view of one state', () => {
  it('is one object for every component that reads it, and a component mounted once the form is on screen sees its fields', async () => {
    // Nothing stored: the first render is the settled sign-in screen, and no state follows the form's attaching.
    const client = createLocalAuthClient({ storage: createInspectableStorage(), signInStorage: createInspectableStorage(), users: [{ username: 'view@example.com', password: PASSWORD }], passwordHashIterations: 1_000 });
    seen.length = 0;
    render(
      <Authenticator.Provider client={client} language="en">
        <Reader />
        <Reader />
        <Authenticator />
        <LateReader />
      </Authenticator.Provider>,
    );
    await findHeading('Sign in');
    await act(async () => {
      await client.ready;
    });
    // The two readers rendered together, from the same state: one view, not one built per hook.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[1]).toBe(seen[0]);

    // The sign-up form attaches itself after the render of the new route, and no state follows: a view made in
    // that render (the sign-in form was still the one attached) would list no fields.
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('tab', { name: 'Create account' }));
    await findHeading('Create an account');
    await user.click(screen.getByRole('button', { name: 'show fields' }));
    const inputs = [...document.querySelectorAll<HTMLInputElement>('form input')].map((field) => field.name);
    expect(screen.getByTestId('fields').textContent).toBe(inputs.join(' '));
  });
});
