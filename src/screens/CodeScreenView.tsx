import { Button } from '../components/index.js';
import { useTranslate } from '../hooks/context.js';
import type { CodeScreen } from '../hooks/screens/useCodeForm.js';
import { FormScreenView, type FormScreenViewProps } from './FormScreenView.js';
import { CodeDelivery } from './shared/CodeDelivery.js';

interface CodeScreenViewProps extends Omit<FormScreenViewProps, 'screen'> {
  screen: CodeScreen;
}

/** Every "enter the code we sent" screen: where the code went, and a way to get a new one. */
export function CodeScreenView({ screen, description, actions, ...props }: CodeScreenViewProps) {
  const translate = useTranslate();
  return (
    <FormScreenView
      {...props}
      screen={screen}
      description={description ?? <CodeDelivery details={screen.codeDeliveryDetails} />}
      actions={
        <>
          {screen.resendCode && (
            <Button variant="link" onClick={screen.resendCode} disabled={screen.isPending}>
              {translate('common.resendCode')}
            </Button>
          )}
          {actions}
        </>
      }
    />
  );
}
