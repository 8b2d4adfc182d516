import { useAuthenticatorContext } from '../context.js';
import { useCodeForm, type CodeScreen } from './useCodeForm.js';
import { useRoute } from './useRoute.js';

export type ConfirmSignUpScreen = CodeScreen;

/** The code that confirms a new account; a new one can be sent. */
export function useConfirmSignUp(): ConfirmSignUpScreen {
  const { engine } = useAuthenticatorContext();
  const route = useRoute('confirmSignUp');
  return useCodeForm('confirmSignUp', { confirm: engine.confirmSignUp, resend: engine.resendSignUpCode, codeDeliveryDetails: route.codeDeliveryDetails });
}
