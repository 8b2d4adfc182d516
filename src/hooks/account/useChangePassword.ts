import { useCallback, useEffect, useRef, useState, type BaseSyntheticEvent, type ChangeEvent, type FocusEvent } from 'react';
import type { Control, UseFormRegister } from 'react-hook-form';
import type { PasswordPolicy } from '../../client/types.js';
import { validateNewPassword } from '../../core/validation.js';
import type { FormValues } from '../fields.js';
import { useAccountAction, type AccountNotice, type AccountSectionState } from './action.js';
import { useAccount } from './context.js';
import { markField, useAccountForm, type FieldMessages } from './form.js';

/** Amplify UI's validator shape (`@aws-amplify/ui`'s `ValidatorOptions`), for `validators`. */
export interface ValidatorOptions {
  /** `onBlur`: checked when the field loses focus; `onChange`: as it is typed; `onTouched`: from its first blur on. */
  validationMode: 'onBlur' | 'onChange' | 'onTouched';
  validator: (value: string) => boolean;
  message: string;
}

export interface ChangePasswordOptions {
  /** Called once the password is changed. */
  onSuccess?: () => void;
  /** Called with the failure (an `AuthError`). */
  onError?: (error: Error) => void;
  /** Rules for the new password in place of the backend's policy (Amplify UI's `validators`). */
  validators?: readonly ValidatorOptions[];
}

/** The fields of the form: `current_password`, `password` (the new one) and `confirm_password`. */
export type ChangePasswordField = 'current_password' | 'password' | 'confirm_password';

export interface ChangePasswordSection extends AccountSectionState {
  register: UseFormRegister<FormValues>;
  control: Control<FormValues>;
  /** Translated messages by field. */
  fieldErrors: Partial<Record<ChangePasswordField, string>>;
  /** The custom `validators`' messages as they fire (Amplify UI's `fieldValidationErrors`). */
  validationErrors: Partial<Record<'password' | 'confirm_password', string[]>>;
  /** The policy the checklist shows; undefined with custom validators, or when the backend does not say. */
  passwordPolicy: PasswordPolicy | undefined;
  /** Spread on an input besides `register(name)`, for validators that check as the user types or leaves. */
  liveValidation: { onChange: (event: ChangeEvent<HTMLInputElement>) => void; onBlur: (event: FocusEvent<HTMLInputElement>) => void };
  onSubmit: (event?: BaseSyntheticEvent) => void;
}

const EMPTY: FormValues = { current_password: '', password: '', confirm_password: '' };

type EventType = 'blur' | 'change';

function runValidators(validators: readonly ValidatorOptions[], value: string, event: EventType | 'submit', blurred: boolean): string[] {
  if (value === '') return [];
  return validators
    .filter(({ validationMode }) => event === 'submit' || (validationMode === 'onBlur' ? event === 'blur' : validationMode === 'onChange' ? event === 'change' : event === 'blur' || blurred))
    .filter(({ validator }) => !validator(value))
    .map(({ message }) => message);
}

function sameMessages(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return (a ?? []).length === b.length && b.every((message, index) => a?.[index] === message);
}

/** Changing the password: the current one, a new one that meets the policy, and its confirmation. */
export function useChangePassword({ onSuccess, onError, validators }: ChangePasswordOptions = {}): ChangePasswordSection {
  const { client, backend, translate, emit } = useAccount();
  const policy = validators === undefined ? backend.passwordPolicy : undefined;
  const [notice, setNotice] = useState<AccountNotice>();
  const [validationErrors, setValidationErrors] = useState<ChangePasswordSection['validationErrors']>({});
  const blurred = useRef(new Set<string>());

  const validate = useCallback(
    (values: FormValues): FieldMessages => {
      const messages: FieldMessages = {};
      if ((values.current_password ?? '') === '') messages.current_password = translate('validation.required');
      for (const { field, message } of validateNewPassword(values.password ?? '', values.confirm_password ?? '', policy)) {
        messages[field] ??= translate(message);
      }
      if (validators !== undefined && messages.password === undefined) {
        const failed = runValidators(validators, values.password ?? '', 'submit', true);
        if (failed.length > 0) messages.password = failed.join(' ');
      }
      return messages;
    },
    [translate, policy, validators],
  );
  const { form, fieldErrors } = useAccountForm(EMPTY, validate);

  const action = useAccountAction(
    'changePassword',
    (values: FormValues) => client.updatePassword({ oldPassword: values.current_password ?? '', newPassword: values.password ?? '' }),
    () => {
      emit({ type: 'passwordChanged' });
    },
  );

  const { run } = action;
  const onSubmit = useCallback(
    (event?: BaseSyntheticEvent) => {
      void form.handleSubmit(async (values) => {
        setNotice(undefined);
        if (await run(values)) {
          // Passwords are not left in the page once they have done their work.
          form.reset(EMPTY);
          setValidationErrors({});
          blurred.current.clear();
          setNotice({ message: translate('account.password.changed') });
          onSuccess?.();
        }
      })(event);
    },
    [form, run, translate, onSuccess],
  );

  // A failure goes on the field it is about (focused); what was typed stays for the next try.
  const { authError, error } = action;
  useEffect(() => {
    if (authError === undefined || error === undefined) return;
    if (authError.name === 'InvalidPasswordException') markField(form, 'password', error.message);
    else if (authError.name === 'NotAuthorizedException' && authError.reason === undefined) markField(form, 'current_password', error.message);
    onError?.(authError);
    // Once per failure: the message changing with the language is not a new failure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [authError]);

  const live = useCallback(
    (name: string, event: EventType) => {
      if (validators === undefined || (name !== 'password' && name !== 'confirm_password')) return;
      if (event === 'blur') blurred.current.add(name);
      const values = form.getValues();
      const passwordMessages = runValidators(validators, values.password ?? '', event, blurred.current.has('password'));
      const matches: ValidatorOptions = { validationMode: 'onTouched', validator: (confirm) => confirm === (values.password ?? ''), message: translate('validation.passwordMismatch') };
      const confirmMessages = runValidators([matches], values.confirm_password ?? '', event, blurred.current.has('confirm_password'));
      setValidationErrors((shown) =>
        sameMessages(shown.password, passwordMessages) && sameMessages(shown.confirm_password, confirmMessages) ? shown : { password: passwordMessages, confirm_password: confirmMessages },
      );
    },
    [validators, form, translate],
  );
  const liveValidation = {
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      live(event.target.name, 'change');
    },
    onBlur: (event: FocusEvent<HTMLInputElement>) => {
      live(event.target.name, 'blur');
    },
  };

  return {
    isPending: action.isPending,
    error: action.error,
    notice,
    register: form.register,
    control: form.control,
    fieldErrors,
    validationErrors,
    passwordPolicy: policy,
    liveValidation,
    onSubmit,
  };
}
