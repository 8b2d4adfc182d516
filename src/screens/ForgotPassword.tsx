import { useTranslate } from '../hooks/context.js';
import { useForgotPassword } from '../hooks/screens/useForgotPassword.js';
import { FormScreenView } from './FormScreenView.js';
import type { ScreenProps } from './types.js';

export function ForgotPassword(props: ScreenProps) {
  const translate = useTranslate();
  return (
    <FormScreenView
      {...props}
      screen={useForgotPassword()}
      heading={translate('forgotPassword.heading')}
      description={translate('forgotPassword.description')}
      submitLabel={translate('forgotPassword.submit')}
      pendingLabel={translate('forgotPassword.pending')}
    />
  );
}

export { useForgotPassword } from '../hooks/screens/useForgotPassword.js';
