import { useCallback, useMemo } from 'react';
import type { CodeDeliveryDetails } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import { applyFormFields, codeField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import type { FormScreenName } from '../options.js';
import { useScreenForm, type ScreenForm } from '../useScreenForm.js';
import { checkFields } from '../validation.js';

export interface CodeScreen extends ScreenForm {
  /** Where the code went, when the backend said. */
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
  resendCode: (() => void) | undefined;
}

/** Where the step's code went, on any route that says. */
export function deliveryOf(step: ScreenForm['authenticator']['step']): CodeDeliveryDetails | undefined {
  return 'codeDeliveryDetails' in step ? step.codeDeliveryDetails : undefined;
}

/** A screen whose form is one code, sent somewhere, with a way to get a new one. */
export function useCodeScreen(screen: FormScreenName, confirm: (code: string) => Promise<boolean>, resend: (() => Promise<boolean>) | undefined): CodeScreen {
  const { translate, options } = useAuthenticatorContext();
  const fields = useMemo<FieldSpec[]>(() => applyFormFields(screen, [codeField(translate)], options.formFields?.[screen]), [screen, translate, options.formFields]);
  const validate = useCallback((values: FormValues) => checkFields(fields, values), [fields]);
  const submit = useCallback((values: FormValues) => confirm(submittedValues(fields, values).confirmation_code ?? ''), [confirm, fields]);
  const form = useScreenForm({ fields, validate, submit });
  return {
    ...form,
    codeDeliveryDetails: deliveryOf(form.authenticator.step),
    resendCode: resend && (() => void resend()),
  };
}

export function useConfirmSignUp(): CodeScreen {
  const { controller } = useAuthenticatorContext();
  const confirm = useCallback((code: string) => controller.confirmSignUp(code), [controller]);
  const resend = useCallback(() => controller.resendSignUpCode(), [controller]);
  return useCodeScreen('confirmSignUp', confirm, resend);
}

export function useConfirmVerifyUser(): CodeScreen & { skip: () => void } {
  const { controller } = useAuthenticatorContext();
  const confirm = useCallback((code: string) => controller.confirmVerification(code), [controller]);
  const screen = useCodeScreen('confirmVerifyUser', confirm, undefined);
  return { ...screen, skip: screen.authenticator.skipVerification };
}
