import { useCallback, useEffect, useMemo, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import type { CodeDeliveryDetails, UserAttributeKey, UserAttributes, VerifiableUserAttributeKey } from '../../client/types.js';
import { attributeProblem, profileAttributes } from '../../core/profile.js';
import { isOneTimeCode } from '../../core/validation.js';
import { attributeField, type FormValues } from '../fields.js';
import { useAccountAction, type AccountNotice } from './action.js';
import { useAccount } from './context.js';
import { markField, useAccountForm, type FieldMessages } from './form.js';
import type { ProfileContact, ProfileField, ProfileOptions, ProfileSection, ProfileVerification } from './profile-types.js';
import { CONTACTS, changed, defaultsOf, pendingCodes, sentValue, type ProfileChange, type ProfileValues } from './profile-values.js';
import { useAttributes, useReadNow, useReread } from './queries.js';

export type { ProfileContact, ProfileField, ProfileOptions, ProfileSection, ProfileVerification } from './profile-types.js';
export type { ProfileValues } from './profile-values.js';

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
