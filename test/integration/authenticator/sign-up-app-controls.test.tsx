import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Authenticator, useAuthenticator } from '../../../src/index.js';
import { PASSWORD } from '../../support/constants.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { typeInto } from '../../support/screens.js';

// An app's own control in the sign-up FormFields slot, checked by its validateCustomSignUp (Amplify UI's
// custom-sign-up-fields example): the rule runs as the screen opens and at submit with the control's value.

const MUST_AGREE = 'Agree to the terms first.';

function TermsFields() {
  const { validationErrors } = useAuthenticator();
  const message = validationErrors.terms;
  return (
    <>
      <Authenticator.SignUp.FormFields />
      <label>
        <input type="checkbox" name="terms" value="yes" />
        I agree to the terms
      </label>
      {typeof message === 'string' && <p>{message}</p>}
    </>
  );
}

const props = {
  initialState: 'signUp' as const,
  components: { SignUp: { FormFields: TermsFields } },
  services: { validateCustomSignUp: (formData: Readonly<Record<string, string>>) => (formData.terms ? undefined : { terms: MUST_AGREE }) },
};

describe('sign-up: an app control in the FormFields slot', () => {
  it('the app rule runs as the screen opens: its error shows before anything is typed', async () => {
    await renderAuthenticator({ props });
    expect(await screen.findByText(MUST_AGREE)).toBeDefined();
  });

  it('at submit the app rule sees the control ticked, and the account is created without it', async () => {
    const harness = await renderAuthenticator({ props });
    await typeInto(harness.user, 'Email', 'grace@example.com');
    await typeInto(harness.user, 'New password', PASSWORD);
    await typeInto(harness.user, 'Confirm password', PASSWORD);
    await harness.user.click(screen.getByRole('checkbox', { name: 'I agree to the terms' }));
    await waitFor(() => {
    expect(screen.queryByText(MUST_AGREE)).toBeNull();
  });
    await harness.user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByRole('heading', { level: 2, name: 'Confirm your account' });
    const [created] = await harness.client.admin.listUsers();
    expect(created?.attributes).not.toHaveProperty('terms');
  });
});
