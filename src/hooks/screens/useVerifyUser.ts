import { useCallback, useMemo } from 'react';
import type { VerifiableUserAttributeKey } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import type { FieldSpec, FormValues } from '../fields.js';
import { useRoute } from './useRoute.js';
import { useScreenForm, type FormScreen } from './useScreenForm.js';

export interface VerifyUserScreen extends FormScreen {
  /** The contacts to choose from, with their values. */
  contacts: { attribute: VerifiableUserAttributeKey; value: string }[];
  skip: () => void;
}

/** After sign-in, with no verified contact: which one to verify (it is what lets the user reset a password). */
export function useVerifyUser(): VerifyUserScreen {
  const { engine, translate } = useAuthenticatorContext();
  const { unverified } = useRoute('verifyUser');
  const contacts = useMemo(
    () =>
      (['email', 'phone_number'] as const).flatMap((attribute) => {
        const value = unverified[attribute];
        return value === undefined ? [] : [{ attribute, value }];
      }),
    [unverified],
  );
  const fields = useMemo<FieldSpec[]>(
    () => [{ name: 'attribute', kind: 'text', label: translate('verifyUser.legend'), required: true, autoComplete: 'off', ...(contacts[0] ? { defaultValue: contacts[0].attribute } : {}) }],
    [contacts, translate],
  );
  const submit = useCallback((values: FormValues) => engine.sendVerificationCode(values.attribute === 'phone_number' ? 'phone_number' : 'email'), [engine]);
  const form = useScreenForm({ route: 'verifyUser', fields, submit });
  return { ...form, contacts, skip: engine.skipAccountStep };
}
