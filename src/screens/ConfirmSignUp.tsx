import { useTranslate } from '../hooks/context.js';
import { useConfirmSignUp } from '../hooks/screens/useConfirmSignUp.js';
import { CodeScreenView } from './CodeScreenView.js';
import type { ScreenProps } from './types.js';

export function ConfirmSignUp(props: ScreenProps) {
  const translate = useTranslate();
  return (
    <CodeScreenView
      {...props}
      screen={useConfirmSignUp()}
      heading={translate('confirmSignUp.heading')}
      submitLabel={translate('confirmSignUp.submit')}
      pendingLabel={translate('confirmSignUp.pending')}
    />
  );
}

export { useConfirmSignUp } from '../hooks/screens/useConfirmSignUp.js';
