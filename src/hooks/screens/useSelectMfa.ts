import { useCallback, useMemo } from 'react';
import type { MfaType } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import type { FieldSpec, FormValues } from '../fields.js';
import { useStep } from '../useAuthenticator.js';
import { useScreenForm, type ScreenForm } from '../useScreenForm.js';

export interface SelectMfaScreen extends ScreenForm {
  /** Exactly the types the backend allows, in its order. */
  types: MfaType[];
  purpose: 'signIn' | 'setup';
}

/** The choice of an MFA type: to sign in with (selectMfaType), or to set up (selectMfaSetupType). */
export function useSelectMfa(): SelectMfaScreen {
  const { controller, translate } = useAuthenticatorContext();
  const { step } = useStep();
  const types = useMemo(() => (step.name === 'selectMfaType' || step.name === 'selectMfaSetupType' ? step.allowedMfaTypes : []), [step]);
  const fields = useMemo<FieldSpec[]>(
    () => [{ name: 'mfaType', kind: 'text', label: translate('mfa.legend'), required: true, autoComplete: 'off', ...(types[0] === undefined ? {} : { defaultValue: types[0] }) }],
    [types, translate],
  );
  const submit = useCallback((values: FormValues) => controller.confirmSignIn(values.mfaType ?? ''), [controller]);
  const form = useScreenForm({ fields, submit });
  return { ...form, types, purpose: step.name === 'selectMfaSetupType' ? 'setup' : 'signIn' };
}
