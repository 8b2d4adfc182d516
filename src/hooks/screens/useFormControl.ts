import { useLayoutEffect, useRef, useState } from 'react';
import { createFormControl, type FieldErrors, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { FormValues } from '../fields.js';

/** Same fields with the same messages: a submit that starts or ends with nothing new to show re-renders nothing. */
function sameErrors(a: FieldErrors<FormValues>, b: FieldErrors<FormValues>): boolean {
  const names = Object.keys(b);
  return Object.keys(a).length === names.length && names.every((name) => a[name]?.message === b[name]?.message && a[name]?.type === b[name]?.type);
}

export type FormControl = Omit<UseFormReturn<FormValues>, 'formState'>;

/**
 * A react-hook-form form for one screen, made with `createFormControl` rather than `useForm`: `useForm` sets
 * `isReady` in a layout effect at mount, which re-renders the screen before the first paint (a second React
 * commit for every screen that opens). Here the screen re-renders only when its errors change, the one part of
 * the form state it shows. The values are the defaults the screen opened with; the resolver is always the
 * latest one.
 */
export function useFormControl(defaultValues: FormValues, resolver: Resolver<FormValues>): { form: FormControl; errors: FieldErrors<FormValues> } {
  const latest = useRef(resolver);
  useLayoutEffect(() => {
    latest.current = resolver;
  }, [resolver]);
  // eslint-disable-next-line react-hooks/refs -- the resolver reads the ref when the form validates, never while rendering
  const [form] = useState(() =>
    createFormControl<FormValues>({
      defaultValues,
      resolver: (values, context, options) => latest.current(values, context, options),
      mode: 'onSubmit',
      reValidateMode: 'onSubmit',
      shouldFocusError: true,
    }),
  );
  const [errors, setErrors] = useState<FieldErrors<FormValues>>({});
  // Subscribing marks the form mounted (its values, not its defaults, are then read); a layout effect, so that
  // happens before anyone can type into the form. react-hook-form changes its errors object in place: what is
  // shown is a copy.
  useLayoutEffect(
    () =>
      form.subscribe({
        formState: { errors: true },
        callback: ({ errors: next = {} }) => {
          setErrors((shown) => (sameErrors(shown, next) ? shown : { ...next }));
        },
      }),
    [form],
  );
  return { form, errors };
}
