import { useTranslate } from '../hooks/context.js';
import { useSignInPassword } from '../hooks/screens/useSignInPassword.js';
import { FormScreenView } from './FormScreenView.js';
import type { ScreenProps } from './types.js';

export function SignInPassword(props: ScreenProps) {
  const translate = useTranslate();
  return (
    <FormScreenView
      {...props}
      screen={useSignInPassword()}
      heading={translate('signInPassword.heading')}
      submitLabel={translate('signInPassword.submit')}
      pendingLabel={translate('signIn.pending')}
    />
  );
}

export { useSignInPassword } from '../hooks/screens/useSignInPassword.js';
