import { useCallback, useMemo } from 'react';
import { useAuthenticatorContext } from '../context.js';
import { submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { applyFormFields } from '../form-fields-config.js';
import { checkFields } from '../validation.js';
import { useRoute } from './useRoute.js';
import { useScreenForm, type FormScreen } from './useScreenForm.js';

export interface CustomChallengeScreen extends FormScreen {
  /** What the challenge says to the user (`additionalInfo.hint`, or its first parameter). */
  prompt: string | undefined;
  additionalInfo: Record<string, string>;
}

/** The answer to a custom challenge (Cognito's CUSTOM_CHALLENGE, defined by the pool's Lambda triggers). */
export function useCustomChallenge(): CustomChallengeScreen {
  const { engine, translate, options } = useAuthenticatorContext();
  const { additionalInfo } = useRoute('customChallenge');
  const prompt = additionalInfo.hint ?? additionalInfo.prompt ?? additionalInfo.question ?? Object.values(additionalInfo)[0];
  const overrides = options.formFields;
  const fields = useMemo<FieldSpec[]>(
    () => applyFormFields('customChallenge', [{ name: 'answer', kind: 'text', label: translate('field.answer'), required: true, autoComplete: 'off' }], overrides),
    [translate, overrides],
  );
  const validate = useCallback((values: FormValues) => checkFields(fields, values), [fields]);
  const submit = useCallback((values: FormValues) => engine.confirmSignIn(submittedValues(fields, values).answer ?? ''), [engine, fields]);
  const form = useScreenForm({ route: 'customChallenge', fields, validate, submit });
  return { ...form, prompt, additionalInfo };
}
