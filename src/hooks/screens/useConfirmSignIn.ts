import { useState } from 'react';
import type { MfaCodeType } from '../../core/route.js';
import { useAuthenticatorContext } from '../context.js';
import { useCodeForm, type CodeScreen } from './useCodeForm.js';
import { useRoute } from './useRoute.js';

/** The "Remember this device" choice of an MFA code screen. */
export interface RememberDeviceChoice {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export interface ConfirmSignInScreen extends CodeScreen {
  /** SMS and EMAIL: a code was sent (see codeDeliveryDetails); TOTP: the authenticator app shows it. */
  mfaType: MfaCodeType;
  /**
   * Offered when the pool tracks devices by the user's choice (`deviceTracking: 'userOptIn'`) and the code is a
   * second factor: a remembered device skips MFA on later sign-ins. Undefined where it is not offered.
   */
  rememberDevice: RememberDeviceChoice | undefined;
}

/** The one-time code of MFA or of a passwordless sign-in. A new code can be asked for only when signing in without a password. */
export function useConfirmSignIn(): ConfirmSignInScreen {
  const { engine, backend } = useAuthenticatorContext();
  const route = useRoute('confirmSignIn');
  const passwordless = engine.canResendSignInCode();
  const resendable = route.mfaType !== 'TOTP' && passwordless;
  const screen = useCodeForm('confirmSignIn', { confirm: engine.confirmSignIn, resend: resendable ? engine.resendSignInCode : undefined, codeDeliveryDetails: route.codeDeliveryDetails });
  const [remember, setRemember] = useState(false);
  const rememberDevice =
    backend.deviceTracking === 'userOptIn' && !passwordless
      ? {
          checked: remember,
          onChange: (checked: boolean) => {
            setRemember(checked);
            engine.rememberDevice(checked);
          },
        }
      : undefined;
  return { ...screen, mfaType: route.mfaType, rememberDevice };
}
