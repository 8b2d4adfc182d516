import { Button } from '../components/index.js';
import { useTranslate } from '../hooks/context.js';
import { useConfirmVerifyUser } from '../hooks/screens/useConfirmVerifyUser.js';
import { CodeScreenView } from './CodeScreenView.js';
import type { ScreenProps } from './types.js';

export function ConfirmVerifyUser(props: ScreenProps) {
  const translate = useTranslate();
  const screen = useConfirmVerifyUser();
  return (
    <CodeScreenView
      {...props}
      screen={screen}
      heading={translate('confirmVerifyUser.heading')}
      submitLabel={translate('confirmVerifyUser.submit')}
      pendingLabel={translate('common.pleaseWait')}
      actions={
        <Button variant="link" onClick={screen.skip} disabled={screen.isPending}>
          {translate('common.skip')}
        </Button>
      }
    />
  );
}

export { useConfirmVerifyUser } from '../hooks/screens/useConfirmVerifyUser.js';
