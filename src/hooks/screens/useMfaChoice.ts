import { useCallback, useMemo } from 'react';
import type { MfaType } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import type { FieldSpec, FormValues } from '../fields.js';
import { useScreenForm, type FormScreen } from './useScreenForm.js';

/** A choice among exactly the MFA types the backend allows, in its order. */
export interface MfaChoiceScreen extends FormScreen {
  types: MfaType[];
}

export function useMfaChoice(route: 'selectMfaType' | 'selectMfaSetupType', types: MfaType[]): MfaChoiceScreen {
  const { engine, translate } = useAuthenticatorContext();
  const fields = useMemo<FieldSpec[]>(
    () => [{ name: 'mfaType', kind: 'text', label: translate('mfa.legend'), required: true, autoComplete: 'off', ...(types[0] === undefined ? {} : { defaultValue: types[0] }) }],
    [types, translate],
  );
  const submit = useCallback((values: FormValues) => engine.confirmSignIn(values.mfaType ?? ''), [engine]);
  const form = useScreenForm({ route, fields, submit });
  return { ...form, types };
}
