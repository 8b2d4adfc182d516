import { useCallback, useMemo } from 'react';
import type { VerifiableUserAttributeKey } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import type { FieldSpec, FormValues } from '../fields.js';
import { useStep } from '../useAuthenticator.js';
import { useScreenForm, type ScreenForm } from '../useScreenForm.js';

export interface VerifyUserScreen extends ScreenForm {
  /** The contacts to choose from, with their values. */
  contacts: { attribute: VerifiableUserAttributeKey; value: string }[];
  skip: () => void;
}

export function useVerifyUser(): VerifyUserScreen {
  const { controller, translate } = useAuthenticatorContext();
  const { step } = useStep();
  const contacts = useMemo(() => {
    const unverified = step.name === 'verifyUser' ? step.unverified : {};
    return (['email', 'phone_number'] as const).flatMap((attribute) => {
      const value = unverified[attribute];
      return value === undefined ? [] : [{ attribute, value }];
    });
  }, [step]);
  const fields = useMemo<FieldSpec[]>(
    () => [{ name: 'attribute', kind: 'text', label: translate('verifyUser.legend'), required: true, autoComplete: 'off', ...(contacts[0] ? { defaultValue: contacts[0].attribute } : {}) }],
    [contacts, translate],
  );
  const submit = useCallback((values: FormValues) => controller.sendVerificationCode(values.attribute === 'phone_number' ? 'phone_number' : 'email'), [controller]);
  const form = useScreenForm({ fields, submit });
  return { ...form, contacts, skip: form.authenticator.skipVerification };
}
