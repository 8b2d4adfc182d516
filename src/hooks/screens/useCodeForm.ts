import { useCallback, useMemo } from 'react';
import type { CodeDeliveryDetails } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import { codeField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { applyFormFields } from '../form-fields-config.js';
import type { FormScreenName } from '../options.js';
import { checkFields } from '../validation.js';
import { useScreenForm, type FormScreen } from './useScreenForm.js';

/** A screen whose form is a code sent somewhere (or shown by an app), with a way to get a new one where there is one. */
export interface CodeScreen extends FormScreen {
  /** Where the code went, when the backend said. */
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
  /** Sends a new code; undefined where none can be sent (an authenticator app's code, an MFA code). */
  resendCode: (() => void) | undefined;
}

export interface CodeFormOptions {
  confirm: (code: string) => Promise<boolean>;
  resend: (() => Promise<boolean>) | undefined;
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
}

export function useCodeForm(screen: FormScreenName, { confirm, resend, codeDeliveryDetails }: CodeFormOptions): CodeScreen {
  const { translate, options } = useAuthenticatorContext();
  const overrides = options.formFields;
  const fields = useMemo<FieldSpec[]>(() => applyFormFields(screen, [codeField(translate)], overrides), [screen, translate, overrides]);
  const validate = useCallback((values: FormValues) => checkFields(fields, values), [fields]);
  const submit = useCallback((values: FormValues) => confirm(submittedValues(fields, values).confirmation_code ?? ''), [confirm, fields]);
  const form = useScreenForm({ route: screen, fields, validate, submit });
  return { ...form, codeDeliveryDetails, resendCode: resend && (() => void resend()) };
}
