import { useCallback, useEffect, useMemo, useState, type BaseSyntheticEvent } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { MfaEnforcement, MfaPreferenceValue, MfaType, TotpSetupDetails, UpdateMfaPreferenceInput } from '../../client/types.js';
import { isOneTimeCode } from '../../core/validation.js';
import type { FormValues } from '../fields.js';
import type { ScreenError } from '../screens/screen-state.js';
import { useAccountAction, type AccountNotice, type AccountSectionState } from './action.js';
import { useAccount } from './context.js';
import { markField, useAccountForm, type FieldMessages } from './form.js';
import { useAttributes, useMfaPreference, useReadNow, useReread } from './queries.js';

/** One second step the pool allows, as this account has it. */
export interface MfaFactor {
  type: MfaType;
  /** "Text message", "Authenticator app", "Email". */
  label: string;
  enabled: boolean;
  preferred: boolean;
  /** Why it cannot be turned on now (no verified phone number or email), translated; undefined when it can. */
  cannotTurnOn: string | undefined;
  /** Why it cannot be turned off (the last one while the pool requires one), translated; undefined when it can. */
  cannotTurnOff: string | undefined;
}

/** Adding an authenticator app: the QR code's URI, the key, then the first code. */
export interface TotpSetup {
  setupUri: string;
  sharedSecret: string;
  issuer: string;
  accountName: string;
  register: UseFormRegister<FormValues>;
  fieldErrors: FieldMessages;
  onSubmit: (event?: BaseSyntheticEvent) => void;
  cancel: () => void;
  isPending: boolean;
  error: ScreenError | undefined;
}

export interface TwoStepVerificationSection extends AccountSectionState {
  isLoading: boolean;
  loadError: ScreenError | undefined;
  retry: () => void;
  /** The pool's rule: `ON` (required), `OPTIONAL` or `OFF`. */
  enforcement: MfaEnforcement;
  factors: MfaFactor[];
  /** SMS and email turn on at once; the authenticator app starts its setup (`totpSetup`). */
  turnOn: (type: MfaType) => void;
  turnOff: (type: MfaType) => void;
  prefer: (type: MfaType) => void;
  totpSetup: TotpSetup | undefined;
  /** The factor a change is under way for. */
  pendingFactor: MfaType | undefined;
}

const PREFERENCE_KEYS: Readonly<Record<MfaType, keyof UpdateMfaPreferenceInput>> = { SMS: 'sms', TOTP: 'totp', EMAIL: 'email' };

function preference(type: MfaType, value: MfaPreferenceValue): UpdateMfaPreferenceInput {
  return { [PREFERENCE_KEYS[type]]: value };
}

type MfaNoticeKey = 'account.mfa.turnedOn' | 'account.mfa.turnedOff' | 'account.mfa.nowPreferred';

/** Two-step verification: each factor the pool allows, on or off, and the preferred one. */
export function useTwoStepVerification(): TwoStepVerificationSection {
  const { client, backend, translate, emit, totpIssuer, totpAccountName } = useAccount();
  const read = useMfaPreference();
  const attributes = useAttributes();
  const reread = useReread();
  const readNow = useReadNow();
  const [notice, setNotice] = useState<AccountNotice>();
  const [pendingFactor, setPendingFactor] = useState<MfaType>();
  const [totp, setTotp] = useState<TotpSetupDetails>();
  const enforcement = backend.mfa?.enforcement ?? 'OFF';
  const labelOf = useCallback((type: MfaType) => translate(`mfa.${type}`), [translate]);

  const factors = useMemo<MfaFactor[]>(() => {
    const enabled = read.data?.enabled ?? [];
    const allowed = [...new Set([...(backend.mfa?.types ?? []), ...enabled])];
    const verified = (attribute: 'email' | 'phone_number') => attributes.data?.[`${attribute}_verified`] === 'true';
    return allowed.map((type) => {
      const on = enabled.includes(type);
      const needs = type === 'SMS' && !verified('phone_number') ? 'account.mfa.needsPhone' : type === 'EMAIL' && !verified('email') ? 'account.mfa.needsEmail' : undefined;
      const last = enforcement === 'ON' && on && enabled.length <= 1;
      return {
        type,
        label: labelOf(type),
        enabled: on,
        preferred: read.data?.preferred === type,
        cannotTurnOn: on || needs === undefined ? undefined : translate(needs),
        cannotTurnOff: last ? translate('account.mfa.lastRequired') : undefined,
      };
    });
  }, [read.data, attributes.data, backend.mfa, enforcement, labelOf, translate]);

  /** After a change: what the service now says, then the event with it. */
  const reported = useCallback(async () => {
    await reread('mfa');
    const now = readNow('mfa');
    emit({ type: 'mfaChanged', enabled: now?.enabled ?? [], preferred: now?.preferred });
  }, [reread, readNow, emit]);

  const update = useAccountAction('mfa', (input: UpdateMfaPreferenceInput) => client.updateMFAPreference(input), reported);
  const { run: runUpdate } = update;
  const change = useCallback(
    (type: MfaType, value: MfaPreferenceValue, done: MfaNoticeKey) => {
      setNotice(undefined);
      setPendingFactor(type);
      void runUpdate(preference(type, value)).then((ok) => {
        if (ok === undefined) return;
        setPendingFactor(undefined);
        if (ok) setNotice({ message: translate(done, { method: labelOf(type) }) });
      });
    },
    [runUpdate, translate, labelOf],
  );
  // The first factor turned on becomes the preferred one: with one factor there is nothing to choose.
  const firstValue: MfaPreferenceValue = (read.data?.enabled ?? []).length === 0 ? 'PREFERRED' : 'ENABLED';

  const setUp = useAccountAction('setUpTotp', () => client.setUpTOTP(), (details) => {
    setTotp(details);
  });
  const { run: runSetUp, reset: resetSetUp } = setUp;

  const validateCode = useCallback(
    (values: FormValues): FieldMessages => {
      const code = (values.confirmation_code ?? '').replace(/\s/g, '');
      if (code === '') return { confirmation_code: translate('validation.required') };
      return isOneTimeCode(code) ? {} : { confirmation_code: translate('validation.code') };
    },
    [translate],
  );
  const { form: codeForm, fieldErrors: codeErrors } = useAccountForm({ confirmation_code: '' }, validateCode);
  const verify = useAccountAction(
    'setUpTotp',
    async (input: { code: string; value: MfaPreferenceValue }) => {
      await client.verifyTOTPSetup({ code: input.code });
      await client.updateMFAPreference({ totp: input.value });
    },
    reported,
  );
  const { run: runVerify, reset: resetVerify } = verify;

  const turnOn = useCallback(
    (type: MfaType) => {
      const factor = factors.find((f) => f.type === type);
      if (factor === undefined || factor.enabled || factor.cannotTurnOn !== undefined) return;
      if (type !== 'TOTP') {
        change(type, firstValue, 'account.mfa.turnedOn');
        return;
      }
      setNotice(undefined);
      setPendingFactor('TOTP');
      void runSetUp(undefined).then((started) => {
        if (started !== undefined) setPendingFactor(undefined);
      });
    },
    [factors, change, runSetUp, firstValue],
  );

  const totpSetup = useMemo<TotpSetup | undefined>(() => {
    if (totp === undefined) return undefined;
    const cancel = () => {
      codeForm.reset({ confirmation_code: '' });
      resetVerify();
      resetSetUp();
      setTotp(undefined);
    };
    return {
      setupUri: totp.getSetupUri(totpIssuer, totpAccountName).toString(),
      sharedSecret: totp.sharedSecret,
      issuer: totpIssuer,
      accountName: totpAccountName,
      register: codeForm.register,
      fieldErrors: codeErrors,
      onSubmit: (event) => {
        void codeForm.handleSubmit(async (values) => {
          const code = (values.confirmation_code ?? '').replace(/\s/g, '');
          const value = firstValue;
          if (await runVerify({ code, value })) {
            cancel();
            setNotice({ message: translate('account.mfa.turnedOn', { method: labelOf('TOTP') }) });
          }
        })(event);
      },
      cancel,
      isPending: verify.isPending,
      error: verify.error,
    };
  }, [totp, totpIssuer, totpAccountName, codeForm, codeErrors, runVerify, resetVerify, resetSetUp, firstValue, translate, labelOf, verify.isPending, verify.error]);

  // A wrong code is cleared and focused for the next try; the key stays on screen.
  const verifyFailure = verify.authError;
  useEffect(() => {
    if (verifyFailure === undefined || verify.error === undefined) return;
    codeForm.setValue('confirmation_code', '');
    markField(codeForm, 'confirmation_code', verify.error.message);
    // Once per failure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [verifyFailure]);

  return {
    isPending: update.isPending || setUp.isPending,
    error: update.error ?? setUp.error,
    notice,
    isLoading: read.isLoading || attributes.isLoading,
    loadError: read.error ?? attributes.error,
    retry: () => {
      read.retry();
      attributes.retry();
    },
    enforcement,
    factors,
    turnOn,
    turnOff: (type) => {
      const factor = factors.find((f) => f.type === type);
      if (factor?.enabled === true && factor.cannotTurnOff === undefined) change(type, 'DISABLED', 'account.mfa.turnedOff');
    },
    prefer: (type) => {
      const factor = factors.find((f) => f.type === type);
      if (factor?.enabled === true && !factor.preferred) change(type, 'PREFERRED', 'account.mfa.nowPreferred');
    },
    totpSetup,
    pendingFactor,
  };
}
