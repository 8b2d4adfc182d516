import { useCallback } from 'react';
import { useForm, type FieldErrors, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { FormValues } from '../fields.js';

/** Field name → translated message, for the fields that have a problem. */
export type FieldMessages = Partial<Record<string, string>>;

export interface AccountForm {
  form: UseFormReturn<FormValues>;
  fieldErrors: FieldMessages;
}

/**
 * A section's react-hook-form form, as the screens have theirs: uncontrolled inputs (typing re-renders
 * nothing), every check before anything is sent, errors shown from a submit on, the first bad field focused.
 */
export function useAccountForm(defaultValues: FormValues, validate: (values: FormValues) => FieldMessages): AccountForm {
  const resolver = useCallback<Resolver<FormValues>>(
    (values) => {
      const errors: FieldErrors<FormValues> = {};
      for (const [field, message] of Object.entries(validate(values))) {
        if (message !== undefined) errors[field] = { type: 'validate', message };
      }
      return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
    },
    [validate],
  );
  const form = useForm<FormValues>({ defaultValues, resolver, mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: true });
  const fieldErrors: FieldMessages = {};
  for (const [name, error] of Object.entries(form.formState.errors)) {
    if (typeof error?.message === 'string') fieldErrors[name] = error.message;
  }
  return { form, fieldErrors };
}

/** Puts a service's error on the field it is about and moves the focus there; what was typed stays. */
export function markField(form: UseFormReturn<FormValues>, field: string, message: string): void {
  form.setError(field, { type: 'server', message });
  form.setFocus(field);
}
