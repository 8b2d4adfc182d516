import { useCallback, useMemo } from 'react';
import { useAuthenticatorContext } from '../context.js';
import { applyFormFields, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { useStep } from '../useAuthenticator.js';
import { useScreenForm, type ScreenForm } from '../useScreenForm.js';
import { checkFields } from '../validation.js';

export interface CustomChallengeScreen extends ScreenForm {
  /** What the challenge says to the user (`additionalInfo.hint`, or its first parameter). */
  prompt: string | undefined;
  additionalInfo: Record<string, string>;
}

export function useCustomChallenge(): CustomChallengeScreen {
  const { controller, translate, options } = useAuthenticatorContext();
  const { step } = useStep();
  const additionalInfo = useMemo(() => (step.name === 'customChallenge' ? step.additionalInfo : {}), [step]);
  const prompt = additionalInfo.hint ?? additionalInfo.prompt ?? additionalInfo.question ?? Object.values(additionalInfo)[0];
  const fields = useMemo<FieldSpec[]>(
    () => applyFormFields('customChallenge', [{ name: 'answer', kind: 'text', label: translate('field.answer'), required: true, autoComplete: 'off' }], options.formFields?.customChallenge),
    [translate, options.formFields?.customChallenge],
  );
  const validate = useCallback((values: FormValues) => checkFields(fields, values), [fields]);
  const submit = useCallback((values: FormValues) => controller.confirmSignIn(submittedValues(fields, values).answer ?? ''), [controller, fields]);
  const form = useScreenForm({ fields, validate, submit });
  return { ...form, prompt, additionalInfo };
}
