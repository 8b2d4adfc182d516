import { useCallback, useEffect, useMemo, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type FieldErrors, type Resolver, type UseFormRegister } from 'react-hook-form';
import type { CodeDeliveryDetails, UpdateUserAttributesOutput, UserAttributeKey, UserAttributes, VerifiableUserAttributeKey } from '../../client/types.js';
import { attributeProblem, profileAttributes, type ProfileAttribute } from '../../core/profile.js';
import { isOneTimeCode } from '../../core/validation.js';
import { attributeField, type FormValues } from '../fields.js';
import type { ScreenError } from '../screens/screen-state.js';
import { useAccountAction, type AccountNotice, type AccountSectionState } from './action.js';
import { useAccount } from './context.js';
import { markField, useAccountForm, type FieldMessages } from './form.js';
import { useAttributes, useReadNow, useReread } from './queries.js';

export interface ProfileOptions {
  /** The attributes to show, in this order (default: the pool's, or the user's own when the backend has no schema). */
  attributes?: readonly UserAttributeKey[];
}

/** One field of the profile form. */
export interface ProfileField extends ProfileAttribute {
  label: string;
  autoComplete: string;
  /** The value the account has now (a Boolean as 'true'/'false'), or undefined. */
  value: string | undefined;
  /** Optional, set and changeable: `removeAttribute` deletes it. */
  removable: boolean;
}

/** An email address or phone number of the account, and whether it is verified. */
export interface ProfileContact {
  attribute: VerifiableUserAttributeKey;
  label: string;
  value: string;
  verified: boolean;
}

/** A code sent to a contact (after a change, or on request), waiting to be entered. */
export interface ProfileVerification {
  attribute: VerifiableUserAttributeKey;
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
  register: UseFormRegister<FormValues>;
  fieldErrors: FieldMessages;
  onSubmit: (event?: BaseSyntheticEvent) => void;
  resendCode: () => void;
  cancel: () => void;
  isPending: boolean;
  error: ScreenError | undefined;
  notice: AccountNotice | undefined;
}

export interface ProfileSection extends AccountSectionState {
  /** The attributes are being read for the first time. */
  isLoading: boolean;
  /** Reading them failed; `retry` reads again. */
  loadError: ScreenError | undefined;
  retry: () => void;
  fields: ProfileField[];
  /** react-hook-form's register for the fields (a Boolean is a checkbox: its value is checked or not). */
  register: UseFormRegister<ProfileValues>;
  fieldErrors: FieldMessages;
  onSubmit: (event?: BaseSyntheticEvent) => void;
  removeAttribute: (name: UserAttributeKey) => void;
  contacts: ProfileContact[];
  /** Sends a code to an unverified contact. */
  verifyContact: (attribute: VerifiableUserAttributeKey) => void;
  verification: ProfileVerification | undefined;
}

export type ProfileValues = Record<string, string | boolean>;

const CONTACTS: readonly VerifiableUserAttributeKey[] = ['email', 'phone_number'];

/** `datetime-local`'s value for an instant, in the browser's time zone. */
function toLocalDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** What the form shows for the account's value. */
function formValue(field: ProfileAttribute, value: string | undefined): string | boolean {
  if (field.input === 'checkbox') return value === 'true';
  if (field.input === 'datetime') return value === undefined ? '' : toLocalDateTime(value);
  return value ?? '';
}

/** What is sent for what the form holds: trimmed, a phone number without spaces, an instant as ISO 8601. */
function sentValue(field: ProfileAttribute, raw: string | boolean | undefined): string {
  if (field.input === 'checkbox') return raw === true ? 'true' : 'false';
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (field.input === 'tel') return text.replace(/[\s\-().]/g, '');
  if (field.input === 'datetime' && text !== '') {
    const time = Date.parse(text);
    return Number.isNaN(time) ? text : new Date(time).toISOString();
  }
  return text;
}

function defaultsOf(fields: readonly ProfileAttribute[], attributes: UserAttributes): ProfileValues {
  return Object.fromEntries(fields.map((field) => [field.name, formValue(field, attributes[field.name])]));
}

/** Whether the value differs from the account's (a checkbox left unticked on an unset Boolean is no change). */
function changed(field: ProfileAttribute, sent: string, current: string | undefined): boolean {
  if (field.input === 'checkbox') return sent !== (current ?? 'false');
  return sent !== (current ?? '');
}

interface ProfileChange {
  updates: UserAttributes;
  removals: UserAttributeKey[];
}

function pendingCodes(output: UpdateUserAttributesOutput): { attribute: VerifiableUserAttributeKey; codeDeliveryDetails: CodeDeliveryDetails }[] {
  return CONTACTS.flatMap((attribute) => {
    const step = output[attribute]?.nextStep;
    return step?.updateAttributeStep === 'CONFIRM_ATTRIBUTE_WITH_CODE' ? [{ attribute, codeDeliveryDetails: step.codeDeliveryDetails }] : [];
  });
}

/** The profile: the pool's attributes with typed inputs, the contacts and their verification. */
export function useProfile({ attributes: only }: ProfileOptions = {}): ProfileSection {
  const { client, backend, translate, emit } = useAccount();
  const read = useAttributes();
  const reread = useReread();
  const readNow = useReadNow();
  const current = read.data;
  const [notice, setNotice] = useState<AccountNotice>();

  const attributes = useMemo(() => (current === undefined ? [] : profileAttributes(backend, current, only)), [backend, current, only]);
  const labelOf = useCallback((name: UserAttributeKey) => attributeField(name, translate, false).label, [translate]);

  const fields = useMemo<ProfileField[]>(
    () =>
      attributes.map((attribute) => {
        const value = current?.[attribute.name];
        const { autoComplete } = attributeField(attribute.name, translate, attribute.required);
        return {
          ...attribute,
          label: labelOf(attribute.name),
          autoComplete: attribute.input === 'tel' ? 'tel' : autoComplete,
          value,
          removable: !attribute.required && attribute.mutable && value !== undefined && value !== '',
        };
      }),
    [attributes, current, translate, labelOf],
  );

  // ---- The profile form ----------------------------------------------------------------------------------
  const resolver = useCallback<Resolver<ProfileValues>>(
    (values) => {
      const errors: FieldErrors<ProfileValues> = {};
      for (const field of attributes) {
        if (!field.mutable) continue;
        const problem = attributeProblem(field, sentValue(field, values[field.name]));
        if (problem) errors[field.name] = { type: 'validate', message: translate(problem.key, problem.values) };
      }
      return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
    },
    [attributes, translate],
  );
  const form = useForm<ProfileValues>({ resolver, mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: true });
  const { reset: resetForm } = form;
  // The form starts from the account's values once they are read; later reads (after a save) reset it too.
  const loadedFrom = useRef<UserAttributes | undefined>(undefined);
  useEffect(() => {
    if (current === undefined || loadedFrom.current === current) return;
    const first = loadedFrom.current === undefined;
    loadedFrom.current = current;
    if (first) resetForm(defaultsOf(attributes, current));
  }, [current, attributes, resetForm]);

  const fieldErrors: FieldMessages = {};
  for (const [name, error] of Object.entries(form.formState.errors)) {
    if (typeof error?.message === 'string') fieldErrors[name] = error.message;
  }

  const [verifying, setVerifying] = useState<{ attribute: VerifiableUserAttributeKey; codeDeliveryDetails: CodeDeliveryDetails | undefined }>();

  const save = useAccountAction(
    'updateAttributes',
    async ({ updates, removals }: ProfileChange) => {
      const output = Object.keys(updates).length > 0 ? await client.updateUserAttributes({ userAttributes: updates }) : {};
      const [first, ...rest] = removals;
      if (first !== undefined) await client.deleteUserAttributes({ userAttributeKeys: [first, ...rest] });
      return output;
    },
    async (output, { updates, removals }) => {
      await reread('attributes');
      // A new email or phone number that needs a code opens the code step for it (the first, when both do).
      const [pending] = pendingCodes(output);
      if (pending) setVerifying(pending);
      const updated = Object.keys(updates) as UserAttributeKey[];
      if (updated.length > 0) emit({ type: 'attributeUpdated', attributes: updated, change: 'updated' });
      if (removals.length > 0) emit({ type: 'attributeUpdated', attributes: removals, change: 'removed' });
    },
  );

  const { run: runSave } = save;
  const onSubmit = useCallback(
    (event?: BaseSyntheticEvent) => {
      void form.handleSubmit(async (values) => {
        setNotice(undefined);
        const change: ProfileChange = { updates: {}, removals: [] };
        for (const field of attributes) {
          if (!field.mutable) continue;
          const sent = sentValue(field, values[field.name]);
          if (!changed(field, sent, current?.[field.name])) continue;
          if (sent === '') change.removals.push(field.name);
          else change.updates[field.name] = sent;
        }
        if (Object.keys(change.updates).length === 0 && change.removals.length === 0) {
          setNotice({ message: translate('account.profile.unchanged') });
          return;
        }
        if (await runSave(change)) {
          const latest = readNow('attributes');
          if (latest) resetForm(defaultsOf(attributes, latest));
          setNotice({ message: translate('account.profile.saved') });
        }
      })(event);
    },
    [form, attributes, current, translate, runSave, readNow, resetForm],
  );

  const remove = useAccountAction(
    'deleteAttributes',
    (name: UserAttributeKey) => client.deleteUserAttributes({ userAttributeKeys: [name] }),
    async (_output, name) => {
      await reread('attributes');
      emit({ type: 'attributeUpdated', attributes: [name], change: 'removed' });
    },
  );
  const { run: runRemove } = remove;
  const removeAttribute = useCallback(
    (name: UserAttributeKey) => {
      setNotice(undefined);
      void runRemove(name).then((removed) => {
        if (!removed) return;
        form.setValue(name, '');
        setNotice({ message: translate('account.profile.removed', { attribute: labelOf(name) }) });
      });
    },
    [runRemove, form, translate, labelOf],
  );

  // ---- Contacts and their codes --------------------------------------------------------------------------
  const contacts = useMemo<ProfileContact[]>(
    () =>
      CONTACTS.flatMap((attribute) => {
        const value = current?.[attribute];
        if (value === undefined || value === '') return [];
        return [{ attribute, label: labelOf(attribute), value, verified: current?.[`${attribute}_verified`] === 'true' }];
      }),
    [current, labelOf],
  );

  const [codeNotice, setCodeNotice] = useState<AccountNotice>();
  const sendCode = useAccountAction(
    'sendCode',
    (attribute: VerifiableUserAttributeKey) => client.sendUserAttributeVerificationCode({ userAttributeKey: attribute }),
    (codeDeliveryDetails, attribute) => {
      setVerifying({ attribute, codeDeliveryDetails });
    },
  );
  const { run: runSendCode } = sendCode;
  const verifyContact = useCallback(
    (attribute: VerifiableUserAttributeKey) => {
      setNotice(undefined);
      setCodeNotice(undefined);
      void runSendCode(attribute);
    },
    [runSendCode],
  );

  const validateCode = useCallback(
    (values: FormValues): FieldMessages => {
      const code = (values.confirmation_code ?? '').replace(/\s/g, '');
      if (code === '') return { confirmation_code: translate('validation.required') };
      return isOneTimeCode(code) ? {} : { confirmation_code: translate('validation.code') };
    },
    [translate],
  );
  const { form: codeForm, fieldErrors: codeErrors } = useAccountForm({ confirmation_code: '' }, validateCode);

  const confirm = useAccountAction(
    'verifyAttribute',
    (input: { attribute: VerifiableUserAttributeKey; code: string }) => client.confirmUserAttribute({ userAttributeKey: input.attribute, confirmationCode: input.code }),
    async (_output, { attribute }) => {
      await reread('attributes');
      emit({ type: 'attributeUpdated', attributes: [attribute], change: 'verified' });
    },
  );
  const { run: runConfirm, reset: resetConfirm } = confirm;
  const { reset: resetSendCode } = sendCode;

  // A wrong or expired code is cleared and focused for the next try, as on the sign-in screens.
  const confirmError = confirm.authError;
  useEffect(() => {
    if (confirmError === undefined || confirm.error === undefined) return;
    if (confirmError.name === 'CodeMismatchException' || confirmError.name === 'ExpiredCodeException') {
      codeForm.setValue('confirmation_code', '');
      markField(codeForm, 'confirmation_code', confirm.error.message);
    }
    // Once per failure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [confirmError]);

  const verification = useMemo<ProfileVerification | undefined>(() => {
    if (verifying === undefined) return undefined;
    const { attribute } = verifying;
    return {
      attribute,
      codeDeliveryDetails: verifying.codeDeliveryDetails,
      register: codeForm.register,
      fieldErrors: codeErrors,
      onSubmit: (event) => {
        void codeForm.handleSubmit(async (values) => {
          setCodeNotice(undefined);
          const code = (values.confirmation_code ?? '').replace(/\s/g, '');
          if (await runConfirm({ attribute, code })) {
            codeForm.reset({ confirmation_code: '' });
            setVerifying(undefined);
            setNotice({ message: translate(`account.contact.${attribute}.verified`) });
          }
        })(event);
      },
      resendCode: () => {
        setCodeNotice(undefined);
        void runSendCode(attribute).then((sent) => {
          if (sent) setCodeNotice({ message: translate('common.codeResent') });
        });
      },
      cancel: () => {
        codeForm.reset({ confirmation_code: '' });
        resetConfirm();
        resetSendCode();
        setCodeNotice(undefined);
        setVerifying(undefined);
      },
      isPending: confirm.isPending || sendCode.isPending,
      error: confirm.error ?? sendCode.error,
      notice: codeNotice,
    };
  }, [verifying, codeForm, codeErrors, runConfirm, runSendCode, translate, resetConfirm, resetSendCode, confirm.isPending, confirm.error, sendCode.isPending, sendCode.error, codeNotice]);

  return {
    isPending: save.isPending || remove.isPending || (verification === undefined && sendCode.isPending),
    error: save.error ?? remove.error ?? (verification === undefined ? sendCode.error : undefined),
    notice,
    isLoading: read.isLoading,
    loadError: read.error,
    retry: read.retry,
    fields,
    register: form.register,
    fieldErrors,
    onSubmit,
    removeAttribute,
    contacts,
    verifyContact,
    verification,
  };
}
