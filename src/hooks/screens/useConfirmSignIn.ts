import type { MfaCodeType } from '../../core/route.js';
import { useAuthenticatorContext } from '../context.js';
import { useCodeForm, type CodeScreen } from './useCodeForm.js';
import { useRoute } from './useRoute.js';

export interface ConfirmSignInScreen extends CodeScreen {
  /** SMS and EMAIL: a code was sent (see codeDeliveryDetails); TOTP: the authenticator app shows it. */
  mfaType: MfaCodeType;
}

/** The one-time code of MFA or of a passwordless sign-in. A new code can be asked for only when signing in without a password. */
export function useConfirmSignIn(): ConfirmSignInScreen {
  const { engine } = useAuthenticatorContext();
  const route = useRoute('confirmSignIn');
  const resendable = route.mfaType !== 'TOTP' && engine.canResendSignInCode();
  const screen = useCodeForm('confirmSignIn', { confirm: engine.confirmSignIn, resend: resendable ? engine.resendSignInCode : undefined, codeDeliveryDetails: route.codeDeliveryDetails });
  return { ...screen, mfaType: route.mfaType };
}
