import { useTranslate } from '../hooks/context.js';
import { useSetupEmail } from '../hooks/screens/useSetupEmail.js';
import { FormScreenView } from './FormScreenView.js';
import type { ScreenProps } from './types.js';

export function SetupEmail(props: ScreenProps) {
  const translate = useTranslate();
  return (
    <FormScreenView
      {...props}
      screen={useSetupEmail()}
      heading={translate('setupEmail.heading')}
      description={translate('setupEmail.description')}
      submitLabel={translate('setupEmail.submit')}
      pendingLabel={translate('common.pleaseWait')}
    />
  );
}

export { useSetupEmail } from '../hooks/screens/useSetupEmail.js';
