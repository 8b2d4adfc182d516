import type { ReactNode } from 'react';
import { Button, ScreenLayout } from '../components/index.js';
import { useTranslate } from '../hooks/context.js';
import type { CodeScreen } from '../hooks/screens/useCodeScreens.js';
import { BackToSignIn } from './shared/BackToSignIn.js';
import { CodeDelivery } from './shared/CodeDelivery.js';
import { FormFields } from './shared/FormFields.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import type { ScreenProps } from './types.js';

interface CodeScreenViewProps extends ScreenProps {
  screen: CodeScreen;
  heading: string;
  submitLabel: string;
  pendingLabel: string;
  /** Instead of "we sent a code to…". */
  description?: ReactNode;
  after?: Partial<Record<string, ReactNode>>;
  /** Extra actions under the form (skip…). */
  actions?: ReactNode;
}

/** The layout every "enter the code we sent" screen shares. */
export function CodeScreenView({ screen, heading, submitLabel, pendingLabel, description, after, actions, header, footer }: CodeScreenViewProps) {
  const translate = useTranslate();
  const headingRef = useHeadingFocus();
  return (
    <ScreenLayout heading={heading} headingRef={headingRef} header={header} footer={footer} description={description ?? <CodeDelivery details={screen.codeDeliveryDetails} />}>
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <form className="gh-form" onSubmit={screen.onSubmit} noValidate>
        <FormFields form={screen} {...(after === undefined ? {} : { after })} />
        <Button type="submit" fullWidth isPending={screen.isPending} pendingLabel={pendingLabel}>
          {submitLabel}
        </Button>
      </form>
      <div className="gh-actions">
        {screen.resendCode && (
          <Button variant="link" onClick={screen.resendCode} disabled={screen.isPending}>
            {translate('common.resendCode')}
          </Button>
        )}
        {actions}
        <BackToSignIn />
      </div>
    </ScreenLayout>
  );
}
