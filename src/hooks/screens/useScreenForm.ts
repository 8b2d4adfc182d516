import { useCallback, useEffect, useMemo, useRef, type BaseSyntheticEvent } from 'react';
import { useForm, type Control, type FieldErrors as FormErrors, type Resolver, type UseFormRegister } from 'react-hook-form';
import type { FieldError } from '../../core/validation.js';
import { useAuthenticatorContext } from '../context.js';
import { describeError, fieldOfError } from '../errors.js';
import { defaultValues, type FieldSpec, type FormValues } from '../fields.js';
import type { CustomValidationErrors } from '../services.js';
import { useAuthenticator, type UseAuthenticator } from '../useAuthenticator.js';
import { useScreenState, type ScreenState } from './screen-state.js';

export interface ScreenFormOptions {
  fields: readonly FieldSpec[];
  /** Field checks before anything is sent: message keys from the core's validation. */
  validate?: (values: FormValues) => readonly FieldError[];
  /** The app's own checks (`services.validateCustomSignUp`): messages as the app words them. */
  validateAsync?: (values: FormValues) => Promise<CustomValidationErrors | undefined>;
  submit: (values: FormValues) => Promise<boolean>;
}

/** Everything a form screen needs to render; a replacement screen gets exactly this too. */
export interface FormScreen extends ScreenState {
  fields: readonly FieldSpec[];
  register: UseFormRegister<FormValues>;
  control: Control<FormValues>;
  /** Translated messages by field name. */
  fieldErrors: Partial<Record<string, string>>;
  onSubmit: (event?: BaseSyntheticEvent) => void;
  /** Validates the form like a submit, then sends it with another action (a second submit button). */
  handleSubmitWith: (submit: (values: FormValues) => Promise<boolean>) => void;
}

const pickError = (context: UseAuthenticator) => [context.authError];

/**
 * A screen's react-hook-form form: uncontrolled inputs (typing re-renders nothing), validation before
 * anything is sent, the service's error put on the field it is about (focused; a wrong code is cleared for
 * a new try), and what the user typed kept.
 */
export function useScreenForm({ fields, validate, validateAsync, submit }: ScreenFormOptions): FormScreen {
  const { translate, backend } = useAuthenticatorContext();
  const state = useScreenState();
  const { authError } = useAuthenticator(pickError);
  const resolver = useCallback<Resolver<FormValues>>(
    async (values) => {
      const errors: FormErrors<FormValues> = {};
      for (const { field, message } of validate?.(values) ?? []) {
        errors[field] ??= { type: 'validate', message: translate(message) };
      }
      if (Object.keys(errors).length === 0 && validateAsync) {
        for (const [field, message] of Object.entries((await validateAsync(values)) ?? {})) {
          const text = Array.isArray(message) ? message.join(' ') : message;
          if (text !== '') errors[field] = { type: 'custom', message: text };
        }
      }
      return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
    },
    [validate, validateAsync, translate],
  );
  const initialValues = useMemo(() => defaultValues(fields), [fields]);
  // Errors change only on submit: one cleared on blur would move the submit button away from the
  // pointer between mousedown and mouseup, and the click would be lost.
  const form = useForm<FormValues>({ defaultValues: initialValues, resolver, mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: true });
  const { setError, setValue, setFocus, formState } = form;

  // Each error is put on its field once: a later re-render (new formFields from the app) must not clear the field again.
  const handled = useRef<typeof authError>(undefined);
  useEffect(() => {
    if (!authError || handled.current === authError) return;
    handled.current = authError;
    const field = fieldOfError(authError);
    if (field === undefined || !fields.some((f) => f.name === field)) return;
    // A wrong code or answer is cleared for the next try.
    if (field === 'confirmation_code' || field === 'answer') setValue(field, '');
    setError(field, { type: 'server', message: describeError(authError, translate, backend.passwordPolicy?.minLength ?? 8).message });
    setFocus(field);
  }, [authError, fields, setError, setValue, setFocus, translate, backend]);

  const onSubmit = useCallback(
    (event?: BaseSyntheticEvent) => {
      void form.handleSubmit(async (values) => {
        await submit(values);
      })(event);
    },
    [form, submit],
  );

  const handleSubmitWith = useCallback(
    (other: (values: FormValues) => Promise<boolean>) => {
      void form.handleSubmit(async (values) => {
        await other(values);
      })();
    },
    [form],
  );

  const fieldErrors: Partial<Record<string, string>> = {};
  for (const [name, error] of Object.entries(formState.errors)) {
    if (typeof error?.message === 'string') fieldErrors[name] = error.message;
  }
  return { ...state, fields, register: form.register, control: form.control, fieldErrors, onSubmit, handleSubmitWith };
}
