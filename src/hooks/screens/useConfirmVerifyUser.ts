import { useAuthenticatorContext } from '../context.js';
import { useCodeForm, type CodeScreen } from './useCodeForm.js';
import { useRoute } from './useRoute.js';

export interface ConfirmVerifyUserScreen extends CodeScreen {
  skip: () => void;
}

/** The code that verifies a contact after sign-in; skipping goes on to the app. */
export function useConfirmVerifyUser(): ConfirmVerifyUserScreen {
  const { engine } = useAuthenticatorContext();
  const route = useRoute('confirmVerifyUser');
  const screen = useCodeForm('confirmVerifyUser', { confirm: engine.confirmVerification, resend: undefined, codeDeliveryDetails: route.codeDeliveryDetails });
  return { ...screen, skip: engine.skipAccountStep };
}
