import { useTranslate } from '../hooks/context.js';
import { useConfirmSignIn } from '../hooks/screens/useConfirmSignIn.js';
import { CodeScreenView } from './CodeScreenView.js';
import { RememberDevice } from './shared/RememberDevice.js';
import type { ScreenProps } from './types.js';

export function ConfirmSignIn(props: ScreenProps) {
  const translate = useTranslate();
  const screen = useConfirmSignIn();
  return (
    <CodeScreenView
      {...props}
      screen={screen}
      heading={translate('confirmSignIn.heading')}
      submitLabel={translate('confirmSignIn.submit')}
      pendingLabel={translate('confirmSignIn.pending')}
      {...(screen.mfaType === 'TOTP' ? { description: translate('confirmSignIn.totp') } : {})}
      {...(screen.rememberDevice ? { after: { confirmation_code: <RememberDevice choice={screen.rememberDevice} disabled={screen.isPending} /> } } : {})}
    />
  );
}

export { useConfirmSignIn } from '../hooks/screens/useConfirmSignIn.js';
