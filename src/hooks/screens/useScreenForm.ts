import { useCallback, useEffect, useMemo, useRef, type BaseSyntheticEvent, type FocusEvent, type RefObject, type SyntheticEvent } from 'react';
import type { Control, FieldErrors as FormErrors, Resolver, UseFormRegister } from 'react-hook-form';
import type { RouteName } from '../../core/route.js';
import type { FieldError } from '../../core/validation.js';
import { useAuthenticatorContext } from '../context.js';
import { describeError, fieldOfError } from '../errors.js';
import { defaultValues, dialCodeName, type FieldSpec, type FormValues } from '../fields.js';
import type { CustomValidationErrors } from '../services.js';
import { controlValue, extraValues } from './form-inputs.js';
import { useScreenStateAndError, type ScreenState } from './screen-state.js';
import { useFormControl } from './useFormControl.js';

export interface ScreenFormOptions {
  /** The route the form belongs to, for Amplify UI's `submitForm` / `updateForm`. */
  route: RouteName;
  fields: readonly FieldSpec[];
  /** Field checks before anything is sent: message keys from the core's validation. */
  validate?: (values: FormValues) => readonly FieldError[];
  /** The app's own checks (`services.validateCustomSignUp`…), before anything is sent. */
  validateAsync?: (values: FormValues, touched: Readonly<Record<string, boolean>>) => Promise<CustomValidationErrors | undefined>;
  /** Runs the app's own checks as the form is filled in too (Amplify UI does on sign-up), for `validationErrors`. */
  validateLive?: boolean;
  submit: (values: FormValues) => Promise<boolean>;
}

/** What the screen's `<form>` element takes: submit, and what an app's own controls in it need to take part. */
export interface FormElementProps {
  ref: RefObject<HTMLFormElement | null>;
  onSubmit: (event: SyntheticEvent<HTMLFormElement>) => void;
  onChange: (event: SyntheticEvent<HTMLFormElement>) => void;
  onBlur: (event: FocusEvent<HTMLFormElement>) => void;
  noValidate: true;
}

/** Everything a form screen needs to render; a replacement screen gets exactly this too. */
export interface FormScreen extends ScreenState {
  fields: readonly FieldSpec[];
  register: UseFormRegister<FormValues>;
  control: Control<FormValues>;
  /** Translated messages by field name. */
  fieldErrors: Partial<Record<string, string>>;
  onSubmit: (event?: BaseSyntheticEvent) => void;
  /** Spread on the `<form>`: an app's own inputs in it (a terms checkbox) then reach its sign-up rules. */
  formProps: FormElementProps;
  /** Validates the form like a submit, then sends it with another action (a second submit button). */
  handleSubmitWith: (submit: (values: FormValues) => Promise<boolean>) => void;
}

/** The app's controls that hold something (an unchecked checkbox holds nothing). */
function definedValues(values: Readonly<Record<string, string | undefined>>): FormValues {
  const defined: FormValues = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined) defined[name] = value;
  return defined;
}

function messageOf(message: string | string[]): string {
  return Array.isArray(message) ? message.join(' ') : message;
}

/**
 * A screen's react-hook-form form: uncontrolled inputs (typing re-renders nothing), validation before
 * anything is sent, the service's error put on the field it is about (focused; a wrong code is cleared for
 * a new try), and what the user typed kept. Inputs the screen does not own (an app's, in a FormFields slot)
 * take part through the form element's own events, as in Amplify UI.
 */
export function useScreenForm({ route, fields, validate, validateAsync, validateLive = false, submit }: ScreenFormOptions): FormScreen {
  const { engine, translate, backend } = useAuthenticatorContext();
  const { state, authError } = useScreenStateAndError();
  const element = useRef<HTMLFormElement | null>(null);
  // What the app's own controls hold, and which controls were left: Amplify UI's formValues and touched.
  const extras = useRef<Record<string, string | undefined>>({});
  const touched = useRef<Record<string, boolean>>({});
  const known = useMemo(() => new Set(fields.flatMap((field) => (field.kind === 'phone' ? [field.name, dialCodeName(field.name)] : [field.name]))), [fields]);
  const resolver = useCallback<Resolver<FormValues>>(
    async (values) => {
      const errors: FormErrors<FormValues> = {};
      for (const { field, message, values: named } of validate?.(values) ?? []) {
        errors[field] ??= { type: 'validate', message: translate(message, named) };
      }
      if (Object.keys(errors).length === 0 && validateAsync) {
        // The app's rules see its own controls too (a terms checkbox): react-hook-form's values are the screen's fields only.
        const custom = (await validateAsync({ ...definedValues(extras.current), ...values }, touched.current)) ?? {};
        engine.setValidationErrors(custom);
        for (const [field, message] of Object.entries(custom)) if (messageOf(message) !== '') errors[field] = { type: 'custom', message: messageOf(message) };
      }
      return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
    },
    [validate, validateAsync, translate, engine],
  );
  const initialValues = useMemo(() => defaultValues(fields), [fields]);
  // Errors change only on submit: one cleared on blur would move the submit button away from the
  // pointer between mousedown and mouseup, and the click would be lost.
  const { form, errors } = useFormControl(initialValues, resolver);
  const { setError, setValue, setFocus, getValues } = form;

  /** Every value the form holds: its own fields' and the app's controls'. */
  const allValues = useCallback((): FormValues => ({ ...getValues(), ...definedValues(extras.current) }), [getValues]);

  const checkLive = useCallback(() => {
    if (!validateLive || !validateAsync) return;
    void validateAsync(allValues(), touched.current).then((errors) => {
      engine.setValidationErrors(errors);
    });
  }, [validateLive, validateAsync, allValues, engine]);

  // Amplify UI runs the app's sign-up rules as the screen opens, then at every change and blur. The first run
  // waits for the end of the commit: the Authenticator hands the engine the app's services in its own effect,
  // which runs after this screen's (the rule checked at mount was the default one, which finds nothing).
  useEffect(() => {
    let mounted = true;
    queueMicrotask(() => {
      if (mounted) checkLive();
    });
    return () => {
      mounted = false;
    };
  }, [checkLive]);

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

  const send = useCallback(
    (other: (values: FormValues) => Promise<boolean>, event?: BaseSyntheticEvent) => {
      // The app's controls as they stand (one never changed keeps its default), then the form's own fields.
      Object.assign(extras.current, extraValues(element.current, known));
      void form.handleSubmit(async (values) => {
        await other({ ...allValues(), ...values });
      })(event);
    },
    [form, known, allValues],
  );
  const onSubmit = useCallback((event?: BaseSyntheticEvent) => {
    send(submit, event);
  }, [send, submit]);
  const handleSubmitWith = useCallback((other: (values: FormValues) => Promise<boolean>) => {
    send(other);
  }, [send]);

  const update = useCallback(
    (name: string, value: unknown) => {
      const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
      if (known.has(name)) setValue(name, text ?? '');
      else extras.current[name] = text;
      checkLive();
    },
    [known, setValue, checkLive],
  );
  const blur = useCallback(
    (name: string) => {
      touched.current[name] = true;
      checkLive();
    },
    [checkLive],
  );

  useEffect(
    () =>
      engine.attachForm({
        route,
        fields,
        submit: (values) => {
          for (const [name, value] of Object.entries(values ?? {})) update(name, value);
          send(submit);
        },
        update,
        blur,
      }),
    [engine, route, fields, update, blur, send, submit],
  );

  const formProps = useMemo<FormElementProps>(
    () => ({
      ref: element,
      onSubmit,
      // The screen's own fields are react-hook-form's; the app's controls are tracked here, as Amplify UI tracks them.
      onChange: (event) => {
        const changed = controlValue(event.target);
        if (changed && !known.has(changed.name)) update(changed.name, changed.value);
        else checkLive();
      },
      onBlur: (event) => {
        const left = controlValue(event.target);
        if (left) blur(left.name);
      },
      noValidate: true,
    }),
    [onSubmit, known, update, blur, checkLive],
  );

  const fieldErrors: Partial<Record<string, string>> = {};
  for (const [name, error] of Object.entries(errors)) {
    if (typeof error?.message === 'string') fieldErrors[name] = error.message;
  }
  return { ...state, fields, register: form.register, control: form.control, fieldErrors, onSubmit, formProps, handleSubmitWith };
}
