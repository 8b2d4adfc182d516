import { useCallback } from 'react';
import type { MfaCodeType } from '../../core/routes.js';
import { useAuthenticatorContext } from '../context.js';
import { useStep } from '../useAuthenticator.js';
import { useCodeScreen, type CodeScreen } from './useCodeScreens.js';

export interface ConfirmSignInScreen extends CodeScreen {
  /** SMS and EMAIL: a code was sent (see codeDeliveryDetails); TOTP: the authenticator app shows it. */
  mfaType: MfaCodeType;
}

/** The one-time code of MFA or of a passwordless sign-in. A new code can be asked for only when signing in without a password. */
export function useConfirmSignIn(): ConfirmSignInScreen {
  const { controller } = useAuthenticatorContext();
  const { step } = useStep();
  const mfaType = step.name === 'confirmSignIn' ? step.mfaType : 'TOTP';
  const confirm = useCallback((code: string) => controller.confirmSignIn(code), [controller]);
  const resend = useCallback(() => controller.resendSignInCode(), [controller]);
  const screen = useCodeScreen('confirmSignIn', confirm, mfaType !== 'TOTP' && controller.canResendSignInCode() ? resend : undefined);
  return { ...screen, mfaType };
}
